/**
 * `pnpm diff [--base <file or git ref>]`: the spec (bundled afresh from spec/) against the released
 * baseline, or against another bundle — a file (JSON or YAML) or a git ref's docs/openapi.json. Prints
 * every change by class, in plain words; exits 1 when the gate fails (a breaking change not accepted).
 */
// @ts-nocheck

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { bundleSpec } from '../bundle.ts';
import { repoRoot } from '../lib/paths.ts';
import { exitOnError } from '../lib/tool.ts';
import { releaseClass, runGate } from './gate.ts';
import { type Change, type ChangeClass, describeChange, type Spec } from './model.ts';

const headings: Record<ChangeClass, string> = { breaking: 'Breaking', 'non-breaking': 'Non-breaking', docs: 'Docs only' };

async function loadBase(base: string): Promise<Spec> {
  if (existsSync(base)) return parse(await readFile(base, 'utf8'));
  if (!/^[\w./~^@{}-]+$/.test(base) || base.startsWith('-')) throw new Error(`--base ${base}: neither a file nor a git ref`);
  try {
    const { stdout } = await promisify(execFile)('git', ['show', `${base}:docs/openapi.json`], { cwd: repoRoot, maxBuffer: 64 << 20 });
    return JSON.parse(stdout);
  } catch {
    throw new Error(`--base ${base}: neither a file nor a git ref with docs/openapi.json`);
  }
}

export function report(changes: readonly Change[], accepted: ReadonlyMap<string, string>): string {
  const sections = (Object.keys(headings) as ChangeClass[]).flatMap((kind) => {
    const lines = changes
      .filter((change) => change.class === kind)
      .map((change) => {
        const reason = accepted.get(describeChange(change));
        return `  ${describeChange(change)}${reason ? `  (accepted: ${reason})` : ''}`;
      });
    return lines.length > 0 ? [`${headings[kind]} (${lines.length}):`, ...lines, ''] : [];
  });
  const release = releaseClass(changes);
  return [...sections, release ? `This calls for a ${release} release.` : 'No change.'].join('\n');
}

async function main(args: string[]): Promise<number> {
  const flag = args.indexOf('--base');
  const unknown = args.filter((_arg, index) => index !== flag && index !== flag + 1);
  if (unknown.length > 0 || (flag >= 0 && !args[flag + 1]))
    throw new Error(`usage: pnpm diff [--base <file or git ref>] (unexpected: ${args.join(' ')})`);
  const base = flag >= 0 ? await loadBase(String(args[flag + 1])) : undefined;
  const current = parse((await bundleSpec()).yaml);
  const { changes, accepted, problems } = await runGate(current, base);
  console.log(report(changes, accepted));
  if (problems.length === 0) return 0;
  console.error(`\nThe breaking-change gate fails:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  return 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2))
    .then((code) => process.exit(code))
    .catch(exitOnError);
}
