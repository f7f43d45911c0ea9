/** `pnpm lint`: the lint gate on the hand-written spec. Spectral (spectral:oas, OWASP, Cantila's rules) and Redocly. */
import { formatFinding, lintSpec } from '../spec/lint/lint.ts';
import { redoclyLint } from '../spec/lint/redocly.ts';
import { specRoot } from './lib/paths.ts';
import { exitOnError } from './lib/tool.ts';

async function main(): Promise<void> {
  const [findings, redocly] = await Promise.all([lintSpec(specRoot), redoclyLint(specRoot)]);
  for (const finding of findings) console.log(formatFinding(finding));
  console.log(`spectral: ${findings.length === 0 ? 'no findings' : `${findings.length} finding${findings.length > 1 ? 's' : ''}`}`);
  if (!redocly.passed) console.log(redocly.output);
  console.log(`redocly: ${redocly.passed ? 'passed' : 'failed'}`);
  if (findings.length > 0 || !redocly.passed) process.exit(1);
}

main().catch(exitOnError);
