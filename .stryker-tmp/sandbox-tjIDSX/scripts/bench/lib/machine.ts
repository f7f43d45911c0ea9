/** The machine and tool versions a benchmark run happened on, for the report's header. */
// @ts-nocheck

import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../lib/paths.ts';
import { table } from './report.ts';

type Manifest = { dependencies?: Record<string, string>; devDependencies?: Record<string, string>; packageManager?: string };
const manifest = (path: string): Manifest => JSON.parse(readFileSync(join(repoRoot, path), 'utf8')) as Manifest;

/** The tools the benchmarks run, with the version package.json pins. */
const tools: readonly [string, string][] = [
  ['package.json', 'typescript'],
  ['package.json', 'esbuild'],
  ['package.json', 'autocannon'],
  ['package.json', 'axios'],
  ['package.json', 'tsx'],
  ['package.json', 'tsdown'],
  ['package.json', 'vitest'],
  ['package.json', '@redocly/cli'],
  ['package.json', '@stoplight/spectral-cli'],
  ['package.json', 'openapi-typescript'],
  ['packages/client/package.json', 'openapi-fetch'],
  ['packages/mock/package.json', '@stoplight/prism-cli'],
];

/** The 1, 5 and 15-minute load averages, as `/proc/loadavg` shows them. */
export const loadAverages = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

/** A Markdown description of the machine and the pinned tool versions. */
export function describeMachine(): string {
  const cores = cpus();
  const pnpm = manifest('package.json').packageManager ?? 'pnpm (unpinned)';
  const versions = tools.map(([file, name]) => {
    const pinned = manifest(file);
    return `${name} ${pinned.devDependencies?.[name] ?? pinned.dependencies?.[name] ?? `(not in ${file})`}`;
  });
  return table(
    ['what', 'value'],
    [
      ['CPU', `${cores.length} × ${cores[0]?.model.trim() ?? 'unknown'}`],
      ['memory', `${(totalmem() / 2 ** 30).toFixed(1)} GiB`],
      ['OS', `${type()} ${release()}`],
      ['Node.js', process.version],
      ['package manager', pnpm.replace('@', ' ')],
      ['tools (pinned in package.json)', versions.join(', ')],
    ],
  );
}
