// @ts-nocheck
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSpec } from './bundle.ts';
import { renderGenerated } from './generate.ts';
import { bundledJson, bundledYaml, repoRoot } from './lib/paths.ts';

const committed = (path: string) => readFile(path, 'utf8').catch(() => '(missing)');
const stale = (path: string) => `${relative(repoRoot, path)} is stale: run \`pnpm build\` and commit the result`;

describe('generated files are committed and match the spec', () => {
  it('docs/openapi.yaml and docs/openapi.json are the bundle of spec/', async () => {
    const fresh = await bundleSpec();
    expect(await committed(bundledYaml), stale(bundledYaml)).toBe(fresh.yaml);
    expect(await committed(bundledJson), stale(bundledJson)).toBe(fresh.json);
  });

  it("the client's generated types and operation map are those of the bundled spec", async () => {
    for (const [path, text] of await renderGenerated()) {
      expect(await committed(path), stale(path)).toBe(text);
    }
  });
});
