import { readdirSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import type { RulesetDefinition } from '@stoplight/spectral-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { byPath, lintFile } from './lint.ts';
import { customRules, onlyRules, ruleset } from './ruleset.ts';

/** A finding as `pnpm lint` shows it: where (the JSON path) and what it says. */
interface Expected {
  at: string;
  message: string;
}

const fixtures = new URL('./fixtures/', import.meta.url);
/** `<rule>.yaml`, and `<rule>.<case>.yaml` for a case that needs a document of its own. */
const fixtureFiles = readdirSync(fixtures).sort();
const ruleOf = (file: string): string => file.slice(0, file.indexOf('.'));
const inOrder = (a: Expected, b: Expected): number => a.at.localeCompare(b.at) || a.message.localeCompare(b.message);
const expectations = async (file: string): Promise<Expected[]> =>
  (parse(await readFile(new URL(file, fixtures), 'utf8'))['x-lint-expect'] ?? []).sort(inOrder);
/** The findings of the fixture's rule when `rules` lint it. */
async function findings(file: string, rules: RulesetDefinition): Promise<Expected[]> {
  const all = await lintFile(new URL(file, fixtures).pathname, { locate: byPath, rules });
  return all
    .filter((f) => f.rule === ruleOf(file))
    .map(({ where, message }) => ({ at: where, message }))
    .sort(inOrder);
}

describe('each custom lint rule reports exactly the findings its fixture lists in x-lint-expect, where they are, and nothing else', () => {
  it.each(fixtureFiles)('%s', async (file) => {
    expect(await findings(file, onlyRules([ruleOf(file) as keyof typeof customRules]))).toEqual(await expectations(file));
  });

  it('reports the same with the whole ruleset pnpm lint runs, which fails on no fixture: no rule fails on documents written for others', async () => {
    for (const file of fixtureFiles) expect(await findings(file, ruleset), file).toEqual(await expectations(file));
  });

  it('has for each rule a fixture named after it on which it fires, and no fixture without a rule', async () => {
    for (const rule of Object.keys(customRules)) expect((await expectations(`${rule}.yaml`)).length, rule).toBeGreaterThan(0);
    expect(fixtureFiles.map(ruleOf).filter((rule) => !(rule in customRules))).toEqual([]);
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
});
