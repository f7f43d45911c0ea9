/** Bundles the hand-written spec into one file per format: docs/openapi.yaml and docs/openapi.json. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledJson, bundledYaml, specRoot } from './lib/paths.ts';
import { exitOnError, mustRun } from './lib/tool.ts';

export interface Bundle {
  yaml: string;
  json: string;
}

/** Runs `redocly bundle` on spec/openapi.yaml (or `source`) and returns both artifacts' text, writing nothing. */
export async function bundleSpec(source = specRoot): Promise<Bundle> {
  const dir = await mkdtemp(join(tmpdir(), 'cantila-bundle-'));
  try {
    const yamlOut = join(dir, 'openapi.yaml');
    const jsonOut = join(dir, 'openapi.json');
    await mustRun('redocly', ['bundle', source, '-o', yamlOut]);
    await mustRun('redocly', ['bundle', source, '-o', jsonOut]);
    const json = `${JSON.stringify(JSON.parse(await readFile(jsonOut, 'utf8')), null, 2)}\n`;
    return { yaml: await readFile(yamlOut, 'utf8'), json };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  bundleSpec()
    .then(async ({ yaml, json }) => {
      await writeFile(bundledYaml, yaml);
      await writeFile(bundledJson, json);
      console.log('bundled spec/openapi.yaml → docs/openapi.yaml, docs/openapi.json');
    })
    .catch(exitOnError);
}
