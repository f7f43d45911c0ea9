// @ts-nocheck
import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lintFile } from './lint.ts';
import { customRules } from './ruleset.ts';

const fixture = (rule: string) => new URL(`./fixtures/${rule}.yaml`, import.meta.url).pathname;

describe('every custom lint rule fires on its bad fixture with a message naming what to fix', () => {
  it.each(Object.keys(customRules))('%s', async (rule) => {
    const expected: string[] = [parse(await readFile(fixture(rule), 'utf8'))['x-lint-expect']].flat();
    const messages = (await lintFile(fixture(rule))).filter((f) => f.rule === rule).map((f) => f.message);
    for (const text of expected)
      expect(
        messages.some((m) => m.includes(text)),
        `expected "${text}" among:\n${messages.join('\n')}`,
      ).toBe(true);
  });

  it('has each rule in the file named after its id, and no file without a rule', async () => {
    const files = (await readdir(new URL('./rules/', import.meta.url))).map((name) => name.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(Object.keys(customRules).sort());
  });

  it("lists every rule in the README's lint table, and no other", async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const table = readme.slice(readme.indexOf('### The lint gate'));
    const listed = [...table.matchAll(/^\| `(cantila-[a-z-]+)` \|/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(Object.keys(customRules).sort());
  });

  it('has no fixture without a rule', async () => {
    const fixtures = (await readdir(new URL('./fixtures/', import.meta.url))).map((name) => name.replace(/\.yaml$/, ''));
    expect(fixtures.sort()).toEqual(Object.keys(customRules).sort());
  });
});
