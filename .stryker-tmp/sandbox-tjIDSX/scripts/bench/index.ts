/**
 * `pnpm bench`: every benchmark, one after another, then docs/benchmarks.md with what this run measured.
 * Each benchmark also runs alone: `pnpm tsx scripts/bench/<name>.ts` prints its section.
 */
// @ts-nocheck

import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../lib/paths.ts';
import { exitOnError } from '../lib/tool.ts';
import { runCommand } from './lib/processes.ts';
import { clientOverhead } from './client-overhead.ts';
import { clientSize } from './client-size.ts';
import { describeMachine, loadAverages } from './lib/machine.ts';
import { mockThroughput } from './mock-throughput.ts';
import { pipeline } from './pipeline.ts';
import { scale } from './scale.ts';
import { num, renderSection, table, type Section } from './lib/report.ts';
import { typecheckCost } from './typecheck-cost.ts';

const reportPath = join(repoRoot, 'docs/benchmarks.md');

// The heavy ones (scale: every step at three sizes; pipeline: two full test runs) go last so they cannot slow the others down.
const benchmarks: readonly [string, () => Promise<Section>][] = [
  ['client-size', clientSize],
  ['typecheck-cost', typecheckCost],
  ['client-overhead', clientOverhead],
  ['mock-throughput', mockThroughput],
  ['scale', () => scale()],
  ['pipeline', pipeline],
];

interface Outcome {
  file: string;
  seconds: number;
  section: Section | undefined;
  error: string | undefined;
}

async function main(): Promise<void> {
  const started = new Date();
  const loadBefore = loadAverages();
  const head = (await runCommand('git', ['rev-parse', '--short', 'HEAD'])).output.trim();
  const uncommitted = (await runCommand('git', ['status', '--porcelain', '--untracked-files=no'])).output.trim() !== '';
  const outcomes: Outcome[] = [];
  for (const [file, run] of benchmarks) {
    console.log(`bench: ${file} …`);
    const t0 = performance.now();
    try {
      const section = await run();
      outcomes.push({ file, seconds: (performance.now() - t0) / 1000, section, error: undefined });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`bench: ${file} failed: ${message}`);
      outcomes.push({ file, seconds: (performance.now() - t0) / 1000, section: undefined, error: message });
    }
    console.log(`bench: ${file} done in ${num(outcomes.at(-1)!.seconds, 1)} s`);
  }
  const loadAfter = loadAverages();
  const totalSeconds = outcomes.reduce((sum, o) => sum + o.seconds, 0);

  const targets = outcomes.flatMap((o) =>
    (o.section?.verdicts ?? []).map((v) => [o.section!.title, v.target, v.measured, v.met ? 'met' : '**missed**']),
  );
  const sections = outcomes.map((o) =>
    o.section ? renderSection(o.section) : `## ${o.file}\n\n**This benchmark failed** and measured nothing:\n\n\`\`\`\n${o.error}\n\`\`\``,
  );
  const report = [
    '# Benchmarks',
    `Written by \`pnpm bench\` (scripts/bench/index.ts) on ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC at commit ${head}${uncommitted ? ' with uncommitted changes in the working tree (the benchmarks read the working tree; the pipeline section alone measures a clean clone of the commit)' : ''}; the whole run took ${num(totalSeconds, 0)} s. ` +
      'Each benchmark is a script under scripts/bench/ that also runs alone, e.g. `pnpm tsx scripts/bench/client-overhead.ts` (it prints its section instead of writing this file).',
    '**Read the ratios, not the absolute numbers.** The machine is shared with other engineers and CI, so absolute times and req/s drift from run to run (by a factor of two or more under load); ' +
      'every ratio below compares contenders measured side by side in the same run, interleaved or alternated round by round after a warm-up, so load that comes and goes hits them alike. ' +
      `Load average (1 / 5 / 15 min) at the start of this run: ${loadBefore}; at the end: ${loadAfter} (on ${availableParallelism()} cores).`,
    '## Machine',
    describeMachine(),
    '## Targets',
    table(['benchmark', 'target', 'measured', ''], targets),
    ...sections,
    '## Per benchmark',
    table(
      ['script', 'wall time (s)', 'outcome'],
      outcomes.map((o) => [`scripts/bench/${o.file}.ts`, num(o.seconds, 1), o.error ? 'failed' : 'ok']),
    ),
  ].join('\n\n');
  await writeFile(reportPath, `${report}\n`);
  console.log(`bench: wrote docs/benchmarks.md (${targets.filter((t) => t[3] === 'met').length} of ${targets.length} targets met)`);
  if (outcomes.some((o) => o.error)) process.exit(1);
}

main().catch(exitOnError);
