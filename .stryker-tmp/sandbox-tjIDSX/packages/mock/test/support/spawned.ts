/** The mock as a child process: started until its banner names its URL, and stopped. */
// @ts-nocheck

import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { once } from 'node:events';

export interface Started {
  child: ChildProcess;
  /** The API's base URL the banner printed, ending in `/v1`. */
  url: string;
  /** Everything it printed so far, stdout and stderr. */
  output: () => string;
}

/** Spawns `command` and waits (60 s at most) for the banner's URL. */
export async function start(command: string, args: string[], options: SpawnOptions): Promise<Started> {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 60_000;
  while (!/listening on (http:\S+\/v1)/.test(output)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`cantila-mock did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { child, url: /listening on (http:\S+\/v1)/.exec(output)![1]!, output: () => output };
}

/** Its exit code once it has exited (SIGKILL after 10 s). */
export async function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  const [code] = await once(child, 'exit');
  clearTimeout(timer);
  return code as number | null;
}
