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

  it('has no fixture without a rule', async () => {
    const fixtures = (await readdir(new URL('./fixtures/', import.meta.url))).map((name) => name.replace(/\.yaml$/, ''));
    expect(fixtures.sort()).toEqual(Object.keys(customRules).sort());
  });
});
