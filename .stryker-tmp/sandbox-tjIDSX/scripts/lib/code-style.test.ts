// @ts-nocheck
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { checkCodeStyle } from './code-style.ts';
import { repoRoot } from './paths.ts';

it('every hand-written file is formatted and passes the linter (pnpm format fixes the formatting)', async () => {
  const result = await checkCodeStyle();
  expect(result.output).not.toMatch(/error|warning/i);
  expect(result.passed).toBe(true);
});

// Inside the repository (Biome checks only files under its root), removed after the test.
const scratch = await mkdtemp(join(repoRoot, '.code-style-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

it('fails on an unformatted file and on a lint finding, naming the file and the rule', async () => {
  const file = join(scratch, 'bad.ts');
  await writeFile(file, 'export const  answer = (value: any)=>value\n');
  const result = await checkCodeStyle([file]);
  expect(result.passed).toBe(false);
  expect(result.output).toMatch(/bad\.ts format/);
  expect(result.output).toMatch(/bad\.ts:1:\d+ lint\/suspicious\/noExplicitAny/);
});
