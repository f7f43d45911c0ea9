/**
 * Pipeline: wall time of each step of `pnpm build` (as its script lists them: lint, bundle, generate, …)
 * and of `pnpm test`, cold and warm, in a fresh clone of the committed HEAD with a fresh install.
 * `pnpm tsx scripts/bench/pipeline.ts`
 */
// @ts-nocheck

import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../lib/paths.ts';
import { quietEnv } from '../lib/tool.ts';
import { runCommand, type CommandRun } from './lib/processes.ts';
import { num, runWhenMain, table, type Section } from './lib/report.ts';

const stepTimeoutMs = 300_000;
const testStep = 'pnpm run test';
type Pass = 'cold' | 'warm';
const passes: readonly Pass[] = ['cold', 'warm'];

const seconds = (run: CommandRun): string => `${num(run.ms / 1000, 1)}${run.code === 0 ? '' : ` (exit ${run.code})`}`;

/** What says why a step failed: vitest's FAIL lines and the first lines of each error, else the output's last lines. */
function failureSummary(output: string): string {
  const lines = output.trim().split('\n');
  const failed = lines.filter((line) => /^\s*(?:[+-]\s+)?(FAIL|×|AssertionError|Error:|\S+\.ts\(\d+,\d+\): error)/.test(line));
  return [...new Set(failed.length > 0 ? failed : lines.slice(-15))].slice(0, 20).join('\n');
}

/** The commands of the `build` script in `dir`'s package.json, in order (`a && b && c`). */
async function buildStepsOf(dir: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const script = manifest.scripts?.build;
  if (!script) throw new Error(`pipeline benchmark: ${dir}/package.json has no build script`);
  return script.split('&&').map((step) => step.trim());
}

/** Runs `command`, throwing with its output when it fails: for set-up steps whose failure voids the benchmark. */
async function mustSucceed(
  what: string,
  command: string,
  args: readonly string[],
  options: Parameters<typeof runCommand>[2],
): Promise<CommandRun> {
  const run = await runCommand(command, args, options);
  if (run.code !== 0) throw new Error(`pipeline benchmark: ${what} failed (exit ${run.code}):\n${run.output}`);
  return run;
}

interface Install {
  run: CommandRun;
  /** Set when HEAD's lockfile did not match its package.json files and the install had to update it. */
  lockfileOutdated: boolean;
}

/** `pnpm install --frozen-lockfile` from the local store; when HEAD's lockfile is out of date, an install that updates it, so the steps can still be timed. */
async function installClone(clone: string, env: NodeJS.ProcessEnv): Promise<Install> {
  const options = { cwd: clone, env, timeoutMs: stepTimeoutMs };
  const frozen = await runCommand('pnpm', ['install', '--frozen-lockfile', '--offline'], options);
  if (frozen.code === 0) return { run: frozen, lockfileOutdated: false };
  if (!frozen.output.includes('ERR_PNPM_OUTDATED_LOCKFILE'))
    throw new Error(`pipeline benchmark: pnpm install failed (exit ${frozen.code}):\n${frozen.output}`);
  return {
    run: await mustSucceed('pnpm install --no-frozen-lockfile', 'pnpm', ['install', '--no-frozen-lockfile', '--offline'], options),
    lockfileOutdated: true,
  };
}

/** Runs the benchmark and returns its report section. */
export async function pipeline(): Promise<Section> {
  const root = await mkdtemp(join(tmpdir(), 'cantila-pipeline-'));
  const clone = join(root, 'repo');
  const ownTmp = join(root, 'tmp');
  try {
    await mkdir(ownTmp);
    const env = { ...quietEnv, TMPDIR: ownTmp };
    const head = (await mustSucceed('git rev-parse', 'git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot })).output.trim();
    await mustSucceed('git clone', 'git', ['clone', '--quiet', repoRoot, clone], { cwd: root });
    const install = await installClone(clone, env);
    const buildSteps = await buildStepsOf(clone);
    const steps = [...buildSteps, testStep];
    const runs: Record<Pass, Map<string, CommandRun>> = { cold: new Map(), warm: new Map() };
    for (const pass of passes) {
      for (const step of steps) runs[pass].set(step, await runCommand('sh', ['-c', step], { cwd: clone, env, timeoutMs: stepTimeoutMs }));
    }
    const run = (pass: Pass, step: string): CommandRun => runs[pass].get(step)!;
    const failures = steps.flatMap((step) =>
      passes
        .filter((pass) => run(pass, step).code !== 0)
        .map(
          (pass) => `\`${step}\` (${pass}) exited ${run(pass, step).code}:\n\n\`\`\`\n${failureSummary(run(pass, step).output)}\n\`\`\``,
        ),
    );
    const build = (pass: Pass): number => buildSteps.reduce((sum, step) => sum + run(pass, step).ms, 0);
    const rows = steps.map((step) => [
      `\`${step}\``,
      seconds(run('cold', step)),
      seconds(run('warm', step)),
      `${num(run('cold', step).ms / run('warm', step).ms, 2)}×`,
    ]);
    rows.splice(buildSteps.length, 0, [
      'all of `pnpm build` (the steps above)',
      num(build('cold') / 1000, 1),
      num(build('warm') / 1000, 1),
      `${num(build('cold') / build('warm'), 2)}×`,
    ]);
    return {
      title: 'Pipeline steps',
      method:
        `A fresh \`git clone\` of the committed HEAD (${head}) into a temporary directory, then \`pnpm install --frozen-lockfile --offline\` from the local pnpm store ` +
        `(${num(install.run.ms / 1000, 1)} s${install.lockfileOutdated ? "; **HEAD's pnpm-lock.yaml did not match its package.json files**, so this run installed with `--no-frozen-lockfile` instead" : ''}). **Cold** is the first run of each step in that clone: no node_modules caches (vitest/vite) yet, and \`TMPDIR\` pointing at a new empty directory, so tsx's transform cache is empty too. ` +
        "**Warm** is the second run of the same step in the same clone, right after the cold pass, with every cache the first pass left. The operating system's file cache is not dropped (the machine is shared), and the installed packages are hard links into the pnpm store, so their files are usually already in memory. " +
        `The steps are the commands of the clone's \`build\` script, in its order, then \`${testStep}\`; the cold pass runs them all, then the warm pass. Each time is the wall time of one command as the script writes it, pnpm's own start-up included, stopped after ${stepTimeoutMs / 60_000} minutes at most.`,
      results: [table(['step', 'cold (s)', 'warm (s)', 'cold ÷ warm'], rows), ...failures].join('\n\n'),
      verdicts: [],
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

runWhenMain(import.meta.url, pipeline);
