/**
 * The shape of the code: areas (scripts, each spec/ folder, each package) import one another in one
 * direction only, and a package's code reaches another package by its name, never by a relative path.
 */
// @ts-nocheck

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from './lib/paths.ts';

const sources = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.js'], {
  cwd: repoRoot,
  encoding: 'utf8',
})
  .split('\n')
  // A file another test creates and removes meanwhile (a scratch file) is gone by the time it would be read.
  .filter((file) => file && !file.includes('/generated/') && !file.startsWith('docs/') && existsSync(join(repoRoot, file)));

/** The area a file belongs to: `packages/mock`, `spec/lint`, `scripts`, … */
function areaOf(file: string): string {
  const [top, second] = file.split('/');
  if (top === 'packages' || (top === 'spec' && second && !second.includes('.'))) return `${top}/${second}`;
  return top!;
}

/** Every relative import of every file, resolved to the file it names. */
const imports = sources.flatMap((file) => {
  const text = readFileSync(join(repoRoot, file), 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => ({
    from: file,
    to: normalize(join(dirname(file), m[1]!)),
  }));
});

it('has no import cycle between areas', () => {
  const edges = new Map<string, Set<string>>();
  for (const { from, to } of imports) {
    const [a, b] = [areaOf(from), areaOf(to)];
    if (a !== b) edges.set(a, (edges.get(a) ?? new Set()).add(b));
  }
  const cycles: string[] = [];
  const visit = (area: string, trail: string[]): void => {
    if (trail.includes(area)) {
      cycles.push([...trail.slice(trail.indexOf(area)), area].join(' → '));
      return;
    }
    for (const next of edges.get(area) ?? []) visit(next, [...trail, area]);
  };
  for (const area of edges.keys()) visit(area, []);
  expect(cycles).toEqual([]);
});

it('reaches another package by its name, never by a relative path out of its own', () => {
  const crossing = imports
    .filter(({ from, to }) => from.startsWith('packages/') && areaOf(from) !== areaOf(to))
    .map(({ from, to }) => `${from} imports ${to}`);
  expect(crossing).toEqual([]);
});
