/** Servers the benchmarks start as child processes on 127.0.0.1, and stop again by their own pid. */
// @ts-nocheck

import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { repoRoot } from '../../lib/paths.ts';
import { quietEnv } from '../../lib/tool.ts';

/** A started server. */
export interface Server {
  /** `http://127.0.0.1:PORT`. */
  origin: string;
  /** Stops the process (SIGTERM, then SIGKILL after 3 s) and waits for it to exit. */
  stop(): Promise<void>;
}

/** A TCP port that was free on 127.0.0.1 a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const gone = await Promise.race([exited(child).then(() => true), sleep(3_000).then(() => false)]);
  if (!gone) {
    child.kill('SIGKILL');
    await exited(child);
  }
}

/**
 * Starts `command args…` (cwd: the repository), then polls `readyPath` on `origin` until it answers
 * (any status) or `timeoutMs` passes. Throws with the process's own output when it exits or never answers.
 */
export async function startServer(
  name: string,
  command: string,
  args: readonly string[],
  origin: string,
  readyPath: string,
  timeoutMs = 20_000,
): Promise<Server> {
  const child = spawn(command, args, { cwd: repoRoot, env: quietEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-4_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const server: Server = { origin, stop: () => stopChild(child) };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) break;
    try {
      await fetch(new URL(readyPath, origin), { signal: AbortSignal.timeout(1_000) }).then((r) => r.arrayBuffer());
      return server;
    } catch {
      await sleep(100);
    }
  }
  await server.stop();
  throw new Error(`${name} (${command} ${args.join(' ')}) did not answer ${origin}${readyPath} within ${timeoutMs} ms:\n${output.trim()}`);
}

/** `node` with tsx's loader, to run one of the repository's TypeScript files as a child process. */
export function tsNode(file: string, args: readonly string[] = []): [string, string[]] {
  return [process.execPath, ['--import', 'tsx', file, ...args]];
}

/** How a command went. */
export interface CommandRun {
  code: number;
  /** Wall time from spawn to exit, in ms. */
  ms: number;
  /** stdout and stderr together (the last 1 MB of it). */
  output: string;
}

const keptOutput = 1_000_000;

/** Runs a command to its end (killed after `timeoutMs`) and times it; never throws for a non-zero exit. */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd ?? repoRoot,
      env: options.env ?? quietEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 300_000,
    });
    let output = '';
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString()).slice(-keptOutput);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => reject(new Error(`could not run ${command}: ${error.message}`)));
    child.on('close', (code, signal) =>
      resolve({ code: code ?? 1, ms: performance.now() - started, output: signal ? `${output}\n(stopped by ${signal})` : output }),
    );
  });
}
