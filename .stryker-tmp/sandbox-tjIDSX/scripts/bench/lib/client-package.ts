/**
 * @cantila/client as the benchmarks use it: built by its own tsdown config (what a consumer installs),
 * but into a private directory under packages/client/node_modules/.cache, so the benchmark always
 * measures the current sources and never rewrites the dist/ that others build and test.
 */
// @ts-nocheck

import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../../lib/paths.ts';
import { runCommand } from './processes.ts';

export const clientDir = join(repoRoot, 'packages/client');
/** openapi-fetch as @cantila/client resolves it: the same copy the client wraps. */
export const openapiFetchDir = join(clientDir, 'node_modules/openapi-fetch');
/** Inside the package's node_modules, so the build's `import 'openapi-fetch'` resolves as it does from dist/. */
const outDir = join(clientDir, 'node_modules/.cache/cantila-bench/dist');

/** The built files: the ESM entry and its declarations (the package's `publishConfig.exports['.'].import`). */
export const clientBuild = { dir: outDir, entry: join(outDir, 'index.js'), types: join(outDir, 'index.d.ts') };

let built: Promise<void> | undefined;

/** Builds the client once per process with its tsdown config. */
export function ensureClientBuilt(): Promise<void> {
  built ??= (async () => {
    await rm(outDir, { recursive: true, force: true });
    const run = await runCommand(join(repoRoot, 'node_modules/.bin/tsdown'), ['--out-dir', outDir, '--logLevel', 'error'], {
      cwd: clientDir,
      timeoutMs: 120_000,
    });
    if (run.code !== 0) throw new Error(`building @cantila/client with tsdown failed (exit ${run.code}):\n${run.output}`);
  })();
  return built;
}

/** The built @cantila/client module, typed from its sources. */
export async function loadClient(): Promise<typeof import('../../../packages/client/src/index.ts')> {
  await ensureClientBuilt();
  return import(pathToFileURL(clientBuild.entry).href);
}
