/**
 * `pnpm bench [name…]`: every benchmark, one after another, then docs/benchmarks.md with what this run
 * measured; with names (`pnpm bench client-overhead`), only those, replacing their sections of the
 * file and keeping the rest. Each benchmark also runs alone: `pnpm tsx scripts/bench/<name>.ts` prints its section.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../lib/paths.ts';
import { exitOnError } from '../lib/tool.ts';
import { runCommand } from './lib/processes.ts';
import { clientInstructions } from './client-instructions.ts';
import { clientOverhead } from './client-overhead.ts';
import { clientSize } from './client-size.ts';
import { checkFullReport, type Outcome, renderDocument, replaceSections } from './lib/document.ts';
import { describeMachine, loadAverages } from './lib/machine.ts';
import { mockThroughput } from './mock-throughput.ts';
import { pipeline } from './pipeline.ts';
import { scale } from './scale.ts';
import { num, type Section } from './lib/report.ts';
import { typecheckCost } from './typecheck-cost.ts';

const reportPath = join(repoRoot, 'docs/benchmarks.md');

// The heavy ones (scale: every step at three sizes; pipeline: two full test runs) go last so they cannot slow the others down.
const benchmarks: readonly [string, () => Promise<Section>][] = [
  ['client-size', clientSize],
  ['typecheck-cost', typecheckCost],
  ['client-overhead', clientOverhead],
  ['client-instructions', clientInstructions],
  ['mock-throughput', mockThroughput],
  ['scale', () => scale()],
  ['pipeline', pipeline],
];

async function main(): Promise<void> {
  const names = process.argv.slice(2);
  const unknown = names.filter((name) => !benchmarks.some(([file]) => file === name));
  if (unknown.length > 0)
    throw new Error(`no benchmark ${unknown.join(', ')}; the benchmarks are ${benchmarks.map(([file]) => file).join(', ')}.`);
  // Checked before anything is measured, so that no measurement is lost to a report that cannot take it.
  const previous = names.length > 0 ? await readFile(reportPath, 'utf8').catch(() => '') : '';
  if (names.length > 0) checkFullReport(previous);
  const started = new Date();
  const loadBefore = loadAverages();
  const commit = (await runCommand('git', ['rev-parse', '--short', 'HEAD'])).output.trim();
  const uncommitted = (await runCommand('git', ['status', '--porcelain', '--untracked-files=no'])).output.trim() !== '';
  const outcomes: Outcome[] = [];
  for (const [file, run] of benchmarks.filter(([file]) => names.length === 0 || names.includes(file))) {
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
  const run = {
    started: started.toISOString().slice(0, 16).replace('T', ' '),
    commit,
    uncommitted,
    loadBefore,
    loadAfter: loadAverages(),
    cores: availableParallelism(),
    machine: describeMachine(),
  };
  await writeFile(reportPath, names.length > 0 ? replaceSections(previous, outcomes, run) : renderDocument(outcomes, run));
  const verdicts = outcomes.flatMap((o) => o.section?.verdicts ?? []);
  console.log(`bench: wrote docs/benchmarks.md (${verdicts.filter((v) => v.met).length} of ${verdicts.length} targets met in this run)`);
  if (outcomes.some((o) => o.error)) process.exit(1);
}

main().catch(exitOnError);
