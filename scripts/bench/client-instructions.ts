/**
 * The client's own work per call, counted in machine instructions: the client-overhead benchmark's
 * times swing with whatever else the shared machine runs, instruction counts do not.
 * `pnpm tsx scripts/bench/client-instructions.ts` (needs valgrind: `apt install valgrind`).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { clientBuild, ensureClientBuilt } from './lib/client-package.ts';
import { type Kind, kinds } from './lib/contenders.ts';
import { runCommand } from './lib/processes.ts';
import { num, runWhenMain, table, times, type Section } from './lib/report.ts';

const settings = {
  /** Calls in the short and the long run of each contender; the difference is what is counted. */
  calls: [1_000, 7_000] as const,
  /** The most the client's own code may add to openapi-fetch + timeout + Idempotency-Key (at bd87627, before issue 14: 1.09× GET, 1.02× POST). */
  target: 1.2,
};

const contenders = [
  ['fetch', 'raw fetch (stubbed)'],
  ['openapi-fetch', 'openapi-fetch + timeout + Idempotency-Key on POST'],
  ['client', '@cantila/client'],
] as const;

/** Instructions valgrind's callgrind counts for one child process. */
async function instructions(child: string, contender: string, kind: Kind, calls: number): Promise<number> {
  const args = [
    '--tool=callgrind',
    '--callgrind-out-file=/dev/null',
    '--smc-check=all-non-file',
    process.execPath,
    '--single-threaded',
    child,
    contender,
    kind,
    String(calls),
    clientBuild.entry,
  ];
  const run = await runCommand('valgrind', args, { timeoutMs: 1_200_000 });
  const collected = /Collected : (\d+)/.exec(run.output)?.[1];
  if (run.code !== 0 || !collected)
    throw new Error(`valgrind ${contender} ${kind} ${calls} calls failed (exit ${run.code}):\n${run.output.slice(-2_000)}`);
  return Number(collected);
}

/** Runs the benchmark and returns its report section. */
export async function clientInstructions(): Promise<Section> {
  const valgrind = await runCommand('valgrind', ['--version']).catch(() => undefined);
  if (valgrind?.code !== 0)
    throw new Error('valgrind is not installed (apt install valgrind); it counts the instructions this benchmark compares.');
  await ensureClientBuilt();
  const dir = await mkdtemp(join(tmpdir(), 'cantila-instructions-'));
  const perCall = new Map<string, number>();
  try {
    const child = join(dir, 'child.mjs');
    await build({
      entryPoints: [fileURLToPath(new URL('./instructions-child.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: child,
      logLevel: 'error',
    });
    const [short, long] = settings.calls;
    for (const kind of kinds)
      for (const [contender] of contenders) {
        // The two runs side by side (the machine has two cores): a count does not depend on what else runs.
        const [longRun, shortRun] = await Promise.all([
          instructions(child, contender, kind, long),
          instructions(child, contender, kind, short),
        ]);
        perCall.set(`${kind} ${contender}`, (longRun - shortRun) / (long - short));
      }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const of = (kind: Kind, contender: string): number => perCall.get(`${kind} ${contender}`)!;
  const own = (kind: Kind): number => of(kind, 'client') / of(kind, 'openapi-fetch');
  const rows = contenders.map(([contender, name]) => [
    name,
    ...kinds.flatMap((kind) => [num(of(kind, contender)), times(of(kind, contender) / of(kind, 'fetch'))]),
  ]);
  return {
    title: "The client's own work per call, in instructions",
    method:
      'Each contender makes the same request again and again in a Node process of its own under valgrind (callgrind), which counts the machine instructions the process executes: the JavaScript, the JIT compiler and the garbage collector included. ' +
      'Node runs with `--single-threaded` (V8 compiles and collects garbage on the main thread), so that two runs of the same count agree to within about 1%. ' +
      "fetch is replaced by a function that answers the fixture body (as the client-overhead benchmark's server does, with Content-Length and X-Request-Id) at once, so no network and no server is counted. " +
      `Each contender runs ${num(settings.calls[0])} calls and, in another process, ${num(settings.calls[1])}; the difference over ${num(settings.calls[1] - settings.calls[0])} is its count per call, which leaves out start-up and warm-up. ` +
      'Unlike time, an instruction count does not grow when other processes share the machine, so this is the measure to compare across runs and commits; it weighs every instruction alike (a cache miss or a slow one counts once). ' +
      "The contenders are those of the client-overhead benchmark's last rows: raw fetch, openapi-fetch set up as the client sets it up with a cancelling timeout (and an Idempotency-Key on the POST), and the built @cantila/client.",
    results: table(['contender', 'GET instructions per call', 'GET vs raw fetch', 'POST instructions per call', 'POST vs raw fetch'], rows),
    verdicts: kinds.map((kind) => ({
      target: `${kind}: @cantila/client ≤ ${times(settings.target)} the instructions of openapi-fetch + timeout${kind === 'POST' ? ' + Idempotency-Key' : ''} (its own code: auth, act-as, retries, checks, error mapping)`,
      measured: times(own(kind)),
      met: own(kind) <= settings.target,
    })),
  };
}

runWhenMain(import.meta.url, clientInstructions);
