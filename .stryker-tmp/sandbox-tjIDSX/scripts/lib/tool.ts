// @ts-nocheck
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './paths.ts';

export interface ToolResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Environment for every tool we run: no telemetry, no update checks, no colour codes in output. */
export const quietEnv: NodeJS.ProcessEnv = {
  ...process.env,
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
};

// Redocly CLI 2 prints a boxed "Node.js 20 support is ending" banner on every run; it says nothing
// about our spec, so it is dropped from what we show.
const bannerLine = /^\s*[╔║╚].*$\n?/gm;

/**
 * Runs a binary from the workspace's node_modules/.bin and collects its output.
 * Never throws for a non-zero exit: the caller decides what a failure means.
 */
export function runTool(bin: string, args: readonly string[], timeoutMs = 120_000): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(repoRoot, 'node_modules', '.bin', bin), args, {
      cwd: repoRoot,
      env: quietEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => reject(new Error(`could not run ${bin}: ${error.message}`)));
    child.on('close', (code, signal) => {
      const cleanErr = stderr.replace(bannerLine, '').trim();
      if (signal) resolve({ code: 1, stdout, stderr: `${bin} was stopped by ${signal} after ${timeoutMs} ms\n${cleanErr}` });
      else resolve({ code: code ?? 1, stdout: stdout.replace(bannerLine, '').trim(), stderr: cleanErr });
    });
  });
}

/** Runs a tool and throws an error carrying its own output when it fails. */
export async function mustRun(bin: string, args: readonly string[]): Promise<ToolResult> {
  const result = await runTool(bin, args);
  if (result.code !== 0) {
    throw new Error(`${bin} ${args.join(' ')} failed (exit ${result.code}):\n${result.stdout}\n${result.stderr}`.trim());
  }
  return result;
}

/** Prints a script's error without a stack trace and exits non-zero: the message says what failed. */
export function exitOnError(error: unknown): never {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
