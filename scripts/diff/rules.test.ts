import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { diffDocuments } from './diff.ts';
import { describeChange } from './model.ts';
import { rules } from './rules/index.ts';

interface Fixture {
  expect: string[];
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

const fixtures = new URL('./fixtures/', import.meta.url);
const load = async (name: string): Promise<Fixture> => parse(await readFile(new URL(name, fixtures), 'utf8'));

describe('every diff rule fires on its before/after fixture, with its class and a message naming the operation and where', () => {
  it.each(rules.map((rule) => [rule.id, rule] as const))('%s', async (id, rule) => {
    const fixture = await load(`${id}.yaml`);
    const fired = diffDocuments(fixture.before, fixture.after).filter((change) => change.rule === id);
    expect(fired.map(describeChange).sort()).toEqual([...fixture.expect].sort());
    expect(new Set(fired.map((change) => change.class))).toEqual(new Set([rule.class]));
  });

  it('has no fixture without a rule', async () => {
    const names = (await readdir(fixtures)).filter((name) => name.endsWith('.yaml')).map((name) => name.replace(/\.yaml$/, ''));
    expect(names.sort()).toEqual(rules.map((rule) => rule.id).sort());
  });
});

describe('harmless changes are not breaking', () => {
  it.each(['description', 'optional-property', 'new-operation', 'widened-bound', 'scope-lowered'])('%s', async (name) => {
    const fixture = await load(`harmless/${name}.yaml`);
    const changes = diffDocuments(fixture.before, fixture.after);
    expect(changes.map(describeChange).sort()).toEqual([...fixture.expect].sort());
    expect(changes.filter((change) => change.class === 'breaking')).toEqual([]);
  });
});

describe('the diff of a document with itself', () => {
  it('is empty, on the real bundle', async () => {
    const bundle = JSON.parse(await readFile(new URL('../../docs/openapi.json', import.meta.url), 'utf8'));
    expect(diffDocuments(bundle, structuredClone(bundle))).toEqual([]);
  });
});

describe("the README's table of diff rules", () => {
  it('lists every rule with its class and summary', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    for (const rule of rules) expect(readme).toContain(`| \`${rule.id}\` | ${rule.class} | ${rule.summary} |`);
  });
});
