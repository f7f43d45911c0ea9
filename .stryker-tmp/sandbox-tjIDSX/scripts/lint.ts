/** `pnpm lint`: the lint gate. Spectral (spectral:oas, OWASP, Cantila's rules) and Redocly on the spec; Biome on the code. */
// @ts-nocheck

import { formatFinding } from '../spec/lint/lint.ts';
import { redoclyLint } from './lib/redocly-lint.ts';
import { lintSpec } from './lib/spectral-lint.ts';
import { checkCodeStyle } from './lib/code-style.ts';
import { specRoot } from './lib/paths.ts';
import { exitOnError } from './lib/tool.ts';

async function main(): Promise<void> {
  const [findings, redocly, codeStyle] = await Promise.all([lintSpec(specRoot), redoclyLint(specRoot), checkCodeStyle()]);
  for (const finding of findings) console.log(formatFinding(finding));
  console.log(`spectral: ${findings.length === 0 ? 'no findings' : `${findings.length} finding${findings.length > 1 ? 's' : ''}`}`);
  if (!redocly.passed) console.log(redocly.output);
  console.log(`redocly: ${redocly.passed ? 'passed' : 'failed'}`);
  if (!codeStyle.passed) console.log(codeStyle.output);
  console.log(`biome: ${codeStyle.passed ? 'passed' : 'failed (pnpm format fixes the formatting; lint findings name their rule)'}`);
  if (findings.length > 0 || !redocly.passed || !codeStyle.passed) process.exit(1);
}

main().catch(exitOnError);
