/** Bundles the hand-written spec into one file per format: docs/openapi.yaml and docs/openapi.json, and their OpenAPI 3.0 copy. */
// @ts-nocheck

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { bundledJson, bundledJson30, bundledYaml, bundledYaml30, specRoot } from './lib/paths.ts';
import { exitOnError, mustRun } from './lib/tool.ts';
import { renderOpenApi30 } from './openapi30.ts';

export interface Bundle {
  yaml: string;
  json: string;
}

/**
 * Runs `redocly bundle` on spec/openapi.yaml (or `source`) and returns both artifacts' text, writing
 * nothing. The JSON is the YAML bundle re-serialised: one Redocly run (and one run of the code-samples
 * decorator) instead of two, with the same content.
 */
export async function bundleSpec(source = specRoot): Promise<Bundle> {
  const dir = await mkdtemp(join(tmpdir(), 'cantila-bundle-'));
  try {
    const yamlOut = join(dir, 'openapi.yaml');
    await mustRun('redocly', ['bundle', source, '-o', yamlOut]);
    const yaml = await readFile(yamlOut, 'utf8');
    return { yaml, json: `${JSON.stringify(parse(yaml), null, 2)}\n` };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  bundleSpec()
    .then(async ({ yaml, json }) => {
      await writeFile(bundledYaml, yaml);
      await writeFile(bundledJson, json);
      const openApi30 = await renderOpenApi30(JSON.parse(json));
      await writeFile(bundledYaml30, openApi30.yaml);
      await writeFile(bundledJson30, openApi30.json);
      console.log(
        'bundled spec/openapi.yaml → docs/openapi.yaml, docs/openapi.json; OpenAPI 3.0: docs/openapi.3.0.yaml, docs/openapi.3.0.json',
      );
    })
    .catch(exitOnError);
}
