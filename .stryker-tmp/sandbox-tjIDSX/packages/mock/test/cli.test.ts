/** `cantila-mock` and `pnpm mock` as a frontend developer runs them: flags, the start-up banner, clean stops, no credential printed. */
// @ts-nocheck

import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { send } from './support/http.ts';
import { exitOf, start } from './support/spawned.ts';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const bin = fileURLToPath(new URL('../bin/cantila-mock.js', import.meta.url));

const startMock = (command: string, args: string[], options: { detached?: boolean } = {}) =>
  start(command, args, { cwd: repoRoot, ...options });

/** Whether `port` on 127.0.0.1 can be listened on again, i.e. nothing holds it any more. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

describe('cantila-mock', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'prints its URL and the demo credentials, and stops cleanly on %s without printing a credential it received',
    async (signal) => {
      const mock = await startMock(process.execPath, [bin, '--port', '0']);
      expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
      for (const line of [
        'Bearer sk_test_read_demo',
        'Bearer sk_test_deploy_demo',
        'Bearer sk_test_admin_demo',
        'Cookie: cantila_session=demo',
        'client-acme',
      ]) {
        expect(mock.output()).toContain(line);
      }
      const printed = /Authorization: Bearer (sk_test_read_\w+)/.exec(mock.output())![1]!;
      const me = await send(`${mock.url}/me`, { headers: { authorization: `Bearer ${printed}` } });
      expect(me.body.key.scope).toBe('read');
      await send(`${mock.url}/projects`, {
        headers: { authorization: 'Bearer sk_live_ReceivedSecret1', cookie: 'cantila_session=ReceivedCookie2' },
      });
      await send(`${mock.url}/projects`, {
        method: 'POST',
        headers: { authorization: 'Bearer sk_live_ReceivedSecret1', 'content-type': 'application/json' },
        body: '{',
      });

      mock.child.kill(signal);
      expect(await exitOf(mock.child)).toBe(0);
      expect(mock.output()).not.toMatch(/ReceivedSecret1|ReceivedCookie2/);
      await expect(fetch(`${mock.url}/health`)).rejects.toThrow();
    },
  );

  it.each([
    ['SIGTERM to pnpm alone, as a process manager sends it', (child: ChildProcess) => process.kill(child.pid!, 'SIGTERM')],
    ["SIGINT to pnpm's whole process group, as a terminal's Ctrl-C sends it", (child: ChildProcess) => process.kill(-child.pid!, 'SIGINT')],
  ])('passes --port through `pnpm mock`, serves there, and stops on %s, freeing the port without a pnpm error', async (_, stop) => {
    const mock = await startMock('pnpm', ['mock', '--port', '0', '--host', '127.0.0.1'], { detached: true });
    try {
      expect((await send(`${mock.url}/health`)).status).toBe(200);
    } finally {
      stop(mock.child);
    }
    expect(await exitOf(mock.child)).toBe(0);
    await expect(portIsFree(Number(new URL(mock.url).port))).resolves.toBe(true);
    expect(mock.output()).toContain('Stopping');
    expect(mock.output()).not.toMatch(/ELIFECYCLE|ERR_PNPM/);
  });

  it('refuses a bad flag with a message saying which', async () => {
    const child = spawn(process.execPath, [bin, '--port', 'abc'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await exitOf(child)).toBe(1);
    expect(stderr).toContain('--port must be an integer from 0 to 65535, got "abc"');
  });

  it('--proxy URL serves the validating proxy under /v1, and refuses a URL that is not one', async () => {
    const proxy = await startMock(process.execPath, [bin, '--proxy', 'http://127.0.0.1:9/v1', '--port', '0']);
    try {
      expect(proxy.output()).toContain('forwarding to http://127.0.0.1:9/v1');
      expect((await send(`${proxy.url}/health`)).status).toBe(502);
    } finally {
      proxy.child.kill('SIGTERM');
    }
    expect(await exitOf(proxy.child)).toBe(0);

    const child = spawn(process.execPath, [bin, '--proxy', 'staging.example/v1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await exitOf(child)).toBe(1);
    expect(stderr).toContain("--proxy must be the backend's absolute URL");
  });
});
