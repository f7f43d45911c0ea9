/** A newcomer finds a path's file in one guess: `/projects/{project}/restarts/{restartId}` is `spec/paths/projects/projects_{project}_restarts_{restartId}.yaml`. */
// @ts-nocheck

import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parse } from 'yaml';

const root = parse(readFileSync(new URL('./openapi.yaml', import.meta.url), 'utf8'));
const fileOf = (path: string): string => `paths/${path.split('/')[1]}/${path.slice(1).replaceAll('/', '_')}.yaml`;

it('keeps each path item in the file named after its URL, under the folder of its first segment', () => {
  const misplaced = Object.entries<{ $ref?: string }>(root.paths)
    .filter(([path, item]) => item.$ref !== fileOf(path))
    .map(([path, item]) => `${path} is in ${item.$ref}, expected ${fileOf(path)}`);
  expect(misplaced).toEqual([]);
});

it('has no path file that spec/openapi.yaml does not use', () => {
  const files = readdirSync(new URL('./paths/', import.meta.url), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath.slice(entry.parentPath.indexOf('paths/'))}/${entry.name}`.replace('paths//', 'paths/'));
  const used = Object.values<{ $ref?: string }>(root.paths).map((item) => item.$ref);
  expect(files.filter((file) => !used.includes(file))).toEqual([]);
});
