/** @cantila/client as the benchmarks use it: its built entry (what a consumer installs), built when missing or stale. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../../lib/paths.ts';
import { runCommand } from './processes.ts';

export const clientDir = join(repoRoot, 'packages/client');
/** The published ESM entry (package.json `publishConfig.exports['.'].import`). */
export const clientDistEntry = join(clientDir, 'dist/index.js');
/** openapi-fetch as @cantila/client resolves it: the same copy the client wraps. */
export const openapiFetchDir = join(clientDir, 'node_modules/openapi-fetch');

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
  }
  return newest;
}

let built: Promise<void> | undefined;

/** Runs the client's `build` script (tsdown) unless dist/index.js is newer than every file in src/. */
export function ensureClientBuilt(): Promise<void> {
  built ??= (async () => {
    const distTime = await stat(clientDistEntry).then((s) => s.mtimeMs, () => 0);
    if (distTime > (await newestMtime(join(clientDir, 'src')))) return;
    const run = await runCommand('pnpm', ['--filter', '@cantila/client', 'build']);
    if (run.code !== 0) throw new Error(`pnpm --filter @cantila/client build failed (exit ${run.code}):\n${run.output}`);
  })();
  return built;
}

/** The built @cantila/client module, typed from its sources. */
export async function loadClient(): Promise<typeof import('../../../packages/client/src/index.ts')> {
  await ensureClientBuilt();
  return import(pathToFileURL(clientDistEntry).href);
}
