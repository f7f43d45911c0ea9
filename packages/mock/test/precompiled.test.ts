// The precompiled Prism table: packed so repeated schemas are written once, used only for the spec it was made from.
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledSpecPath } from '@cantila/spec-model';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPrismSpec, type PrecompiledPrismSpec, precompile, precompiledSuffix } from '../src/precompiled.ts';
import { pack, unpack } from '../src/shared-json.ts';

const roundTrip = (value: unknown): unknown => unpack(JSON.parse(JSON.stringify(pack(value))));

describe('packed JSON', () => {
  it('gives back any JSON value, keys that start with NUL included', () => {
    const key = fc.oneof(fc.string(), fc.constantFrom('\u0000', '\u0000\u0000', '\u00000', 'description', '$ref', '__proto__'));
    const { json } = fc.letrec((tie) => ({
      json: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom(null, true, false, 0, -1.5, '', '\u0000'),
        fc.string(),
        fc.array(tie('json')),
        fc.dictionary(key, tie('json')),
      ),
    }));
    // The same subtree twice, so some of it is shared.
    fc.assert(
      fc.property(json, (value) => {
        const doubled = { a: value, b: value, c: [value, { value }] };
        expect(roundTrip(doubled)).toEqual(doubled);
      }),
    );
  });

  it('writes a repeated subtree once and gives back one object for it', () => {
    const schema = { type: 'object', description: 'An error. '.repeat(20), properties: { error: { type: 'string' } } };
    const packed = pack({ responses: [{ schema }, { schema: structuredClone(schema) }, { schema: structuredClone(schema) }] });
    expect(JSON.stringify(packed).split('An error.').length - 1).toBe(20);
    const value = unpack(packed) as { responses: { schema: unknown }[] };
    expect(value.responses[0]!.schema).toEqual(schema);
    expect(value.responses[1]!.schema).toBe(value.responses[0]!.schema);
  });

  it('names what is wrong with a damaged one', () => {
    expect(() => unpack({ shared: [], value: { '\u0000': 4 } })).toThrow('packed JSON refers to shared subtree 4, which it lacks');
    expect(() => unpack({ shared: null, value: 1 } as never)).toThrow('packed JSON has no list of shared subtrees');
  });
});

describe("the mock's precompiled Prism table", () => {
  let dir: string;
  let specPath: string;
  let table: PrecompiledPrismSpec;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cantila-precompiled-'));
    specPath = join(dir, 'openapi.json');
    await copyFile(bundledSpecPath, specPath);
    table = await precompile(specPath, await readFile(specPath));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  const tablePath = () => join(dir, `openapi${precompiledSuffix}`);

  it('gives Prism the same operations as compiling the spec, in a fraction of the bytes', async () => {
    const compiled = await loadPrismSpec(specPath);
    await writeFile(tablePath(), JSON.stringify(table));
    expect(await loadPrismSpec(specPath)).toEqual(compiled);
    expect(JSON.stringify(table).length).toBeLessThan(JSON.stringify(compiled).length / 3);
  });

  it('is used only for the very spec it was made from, and a damaged one is ignored', async () => {
    const marked = (fakerOptions: object) => ({
      ...table,
      prism: { ...table.prism, value: { ...(table.prism.value as object), fakerOptions } },
    });
    await writeFile(tablePath(), JSON.stringify(marked({ marker: 'precompiled' })));
    expect((await loadPrismSpec(specPath)).fakerOptions).toEqual({ marker: 'precompiled' });
    await writeFile(tablePath(), JSON.stringify({ ...marked({ marker: 'stale' }), specSha256: '0'.repeat(64) }));
    expect((await loadPrismSpec(specPath)).fakerOptions).not.toEqual({ marker: 'stale' });
    await writeFile(tablePath(), JSON.stringify({ ...table, prism: { shared: [], value: { '\u0000': 9 } } }));
    expect((await loadPrismSpec(specPath)).operations.length).toBeGreaterThan(70);
  });
});
