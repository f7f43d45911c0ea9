import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { diffDocuments } from './diff.ts';
import { type Change, describeChange } from './model.ts';
import { rules } from './rules/index.ts';

interface Fixture {
  expect: string[];
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

const fixtures = new URL('./fixtures/', import.meta.url);
const load = async (name: string): Promise<Fixture> => parse(await readFile(new URL(name, fixtures), 'utf8'));

/** Every change the diff reports on the fixture, checked against the fixture's `expect`. */
async function expectChanges(name: string): Promise<Change[]> {
  const fixture = await load(name);
  const changes = diffDocuments(fixture.before, fixture.after);
  expect(changes.map(describeChange).sort()).toEqual([...fixture.expect].sort());
  return changes;
}

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
    const changes = await expectChanges(`harmless/${name}.yaml`);
    expect(changes.filter((change) => change.class === 'breaking')).toEqual([]);
  });
});

describe('a document with no Scope enum to rank scopes by: any scope not asked for before is raised', () => {
  it.each(['no-components', 'no-schemas', 'no-scope-schema'])('%s', async (name) => {
    await expectChanges(`no-scope-order/${name}.yaml`);
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
