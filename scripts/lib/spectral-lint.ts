/** The Spectral half of the lint gate on the hand-written spec (Cantila's ruleset: spec/lint/ruleset.ts). */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { byPath, type Finding, lintFile } from '../../spec/lint/lint.ts';
import { bundleSpec } from '../bundle.ts';

/**
 * Lints the hand-written spec as its tools see it: bundled by Redocly into one document (with the
 * Markdown guides inlined), since Spectral resolves `$ref`s across many files unreliably. Findings
 * name the operation and the JSON path, which lead to the source file in one step.
 */
export async function lintSpec(specPath: string): Promise<Finding[]> {
  const dir = await mkdtemp(join(tmpdir(), 'cantila-lint-'));
  try {
    const bundled = join(dir, 'openapi.yaml');
    await writeFile(bundled, (await bundleSpec(specPath)).yaml);
    return await lintFile(bundled, { locate: byPath });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
