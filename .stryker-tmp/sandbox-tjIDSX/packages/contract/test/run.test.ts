/**
 * `pnpm contract` proven both ways: no violation against the mock, and every fault planted in a broken
 * server reported on the operation it breaks — with no other operation blamed. The key is never shown.
 */
// @ts-nocheck

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMock, type RunningMock } from '@cantila/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runContract, type CheckResult } from '../src/run.ts';
import { operations } from '../src/spec.ts';
import { readTarget, type Target } from '../src/target.ts';
import { plantedFaults, startBrokenServer, type BrokenServer, type Fault } from './support/broken-server.ts';

const bin = fileURLToPath(new URL('../bin/cantila-contract.js', import.meta.url));
const apiKey = `sk_test_admin_${Math.random().toString(36).slice(2)}secret`;
const keyFlags = ['--api-key', apiKey, '--read-key', 'sk_test_read_contract', '--deploy-key', 'sk_test_deploy_contract'];

let mock: RunningMock;
let broken: BrokenServer;
beforeAll(async () => {
  mock = await startMock({ port: 0 });
  broken = await startBrokenServer(mock.url);
});
afterAll(async () => {
  await broken?.close();
  await mock?.close();
});

const targetFor = (baseUrl: string, ...flags: string[]): Target =>
  readTarget(['--base-url', baseUrl, ...keyFlags, '--rate', '1000', ...flags]) as Target;
/** The run's clean-up: its last requests, all DELETEs (the checks send DELETEs too, but earlier, between other requests). */
const cleanUpOf = (requests: string[]): string[] => requests.slice(requests.map((r) => r.startsWith('DELETE ')).lastIndexOf(false) + 1);
const failures = (results: CheckResult[]): CheckResult[] => results.filter((r) => r.verdict === 'fail');

function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { env: { ...process.env, CANTILA_API_KEY: '' } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

describe('against the mock', () => {
  it('finds no violation in reads and writes, and checks every operation', async () => {
    const results = await runContract(targetFor(mock.url, '--include-writes'));
    expect(failures(results)).toEqual([]);
    expect(new Set(results.map((r) => r.operation)).size).toBe(mock.spec.operations.length);
    expect(results.filter((r) => r.verdict === 'pass').length).toBeGreaterThan(200);
  });

  it('reports each check it could not run as not checked, saying why', async () => {
    const results = await runContract(readTarget(['--base-url', mock.url, '--api-key', apiKey, '--rate', '1000']) as Target);
    expect(failures(results)).toEqual(results.filter((r) => r.check === 'unknown id → 404' && r.verdict === 'fail'));
    expect(results).toContainEqual({
      operation: 'GET /keys',
      check: 'deploy key → 403',
      verdict: 'not checked',
      detail: 'no --deploy-key given',
    });
    expect(results).toContainEqual({
      operation: 'POST /projects',
      check: 'writes',
      verdict: 'not checked',
      detail: 'a write: pass --include-writes',
    });
  });
});

describe('against a broken server', () => {
  let results: CheckResult[];
  beforeAll(async () => {
    results = await runContract(targetFor(broken.url, '--include-writes'));
  });

  it.each(plantedFaults.map((f) => [f.operation, f.fault, f]))('reports %s: %s', (_, __, fault) => {
    const found = failures(results).filter((r) => r.operation === fault.operation && r.check === fault.caughtBy!.check);
    expect(found, JSON.stringify(failures(results).filter((r) => r.operation === fault.operation))).toHaveLength(1);
    expect(found[0]!.detail).toMatch(fault.caughtBy!.detail);
  });

  it('blames no operation it did not break', () => {
    expect([...new Set(failures(results).map((r) => r.operation))].sort()).toEqual(plantedFaults.map((f) => f.operation).sort());
  });

  it('deletes every resource it created, named contract-…, though checks failed', () => {
    const created = broken.requests.filter((r) => r.startsWith('POST '));
    expect(created.length).toBeGreaterThan(0);
    const deletes = cleanUpOf(broken.requests);
    for (const path of ['/v1/keys/key_', '/v1/projects/prj_', '/v1/agents/agt_', '/v1/alerts/alr_']) {
      expect(
        deletes.some((r) => r.startsWith(`DELETE ${path}`)),
        path,
      ).toBe(true);
    }
    // Writes touch only what the run created: creating POSTs, and requests inside what they created.
    const creating = operations.filter(
      (op) => op.method === 'post' && operations.some((o) => o.method === 'delete' && o.path.startsWith(`${op.path}/{`)),
    );
    const writes = broken.requests.filter((r) => !r.startsWith('GET ')).map((r) => r.replace(/\?.*$/, ''));
    const outside = writes.filter(
      (r) => !creating.some((op) => r === `POST /v1${op.path}` || r.split(' ')[1]!.startsWith(`/v1${op.path}/`)),
    );
    expect(outside).toEqual([]);
    expect(writes.some((r) => r.includes('web-shop'))).toBe(false);
  });
});

it('deletes what it created when interrupted mid-run, and reports the interruption', async () => {
  const from = broken.requests.length;
  const interrupt = new AbortController();
  // Interrupt once the run writes inside a project (writes go only to what it created): the project must still be deleted.
  const insideProject = /^POST \/v1\/projects\/(prj_\w+)\//;
  const watch = setInterval(() => {
    if (broken.requests.slice(from).some((r) => insideProject.test(r))) interrupt.abort();
  }, 5);
  const results = await runContract(targetFor(broken.url, '--include-writes'), interrupt.signal).finally(() => clearInterval(watch));
  expect(results).toContainEqual(expect.objectContaining({ operation: '(run)', check: 'interrupted', verdict: 'fail' }));
  const requests = broken.requests.slice(from);
  const project = insideProject.exec(requests.find((r) => insideProject.test(r)) ?? '')?.[1];
  expect(project).toBeDefined();
  const cleanUp = cleanUpOf(requests);
  expect(cleanUp).toContain(`DELETE /v1/projects/${project}`);
  expect(cleanUp.some((r) => r.startsWith('DELETE /v1/keys/key_'))).toBe(true);
  expect(requests.some((r) => r.startsWith('GET /v1/agents'))).toBe(false);
});

it("waits out a server's 429 as its Retry-After asks, then checks the answer", async () => {
  let limited = false;
  const once: Fault = {
    operation: 'GET /regions',
    fault: 'the first request rate-limited',
    answer: (answer) => {
      if (limited) return answer;
      limited = true;
      answer.headers.set('retry-after', '1');
      return {
        ...answer,
        status: 429,
        body: JSON.stringify({ error: 'rate_limited', message: 'Slow down.', request_id: answer.headers.get('x-request-id') }),
      };
    },
  };
  const limiting = await startBrokenServer(mock.url, [once]);
  try {
    const results = await runContract(targetFor(limiting.url));
    expect(failures(results)).toEqual([]);
    const checks = results.filter((r) => r.operation === 'GET /regions' && r.verdict === 'pass').length;
    expect(limiting.requests.filter((r) => r === 'GET /v1/regions')).toHaveLength(checks + 1);
  } finally {
    await limiting.close();
  }
});

describe('the command', () => {
  it('prints a table, writes JUnit, exits 1 on violations, and never shows the key', async () => {
    const junit = join(mkdtempSync(join(tmpdir(), 'cantila-contract-')), 'contract.xml');
    const { code, stdout, stderr } = await runCli([
      '--base-url',
      broken.url,
      ...keyFlags,
      '--include-writes',
      '--rate',
      '1000',
      '--junit',
      junit,
    ]);
    const xml = readFileSync(junit, 'utf8');
    expect(code).toBe(1);
    for (const fault of plantedFaults) {
      expect(stdout).toMatch(new RegExp(`^${fault.operation.replace(/[{}/]/g, '\\$&')}\\n(?:  .*\\n)*  FAIL`, 'm'));
      expect(xml).toContain(`<testsuite name="${fault.operation}"`);
    }
    expect(xml).toMatch(/<testsuites name="cantila contract" tests="\d+" failures="[1-9]\d*"/);
    for (const output of [stdout, stderr, xml]) expect(output).not.toContain(apiKey.slice('sk_test_admin_'.length));
  });

  it('exits 0 against the mock', async () => {
    const { code, stdout } = await runCli(['--base-url', mock.url, ...keyFlags, '--rate', '1000']);
    expect(stdout).toMatch(/\d+ checks: \d+ passed, 0 violations, \d+ not checked\n$/);
    expect(code).toBe(0);
  });

  it('stops at the time limit and says so, as a violation', async () => {
    const { code, stdout } = await runCli(['--base-url', mock.url, ...keyFlags, '--rate', '10', '--time-limit', '0.5']);
    expect(stdout).toContain('(run)\n  FAIL         time limit');
    expect(code).toBe(1);
  });

  it('refuses a base URL that is not loopback without --allow-remote, before any request', async () => {
    const { code, stderr } = await runCli(['--base-url', 'https://api.cantila.app/v1', '--api-key', apiKey]);
    expect(code).toBe(2);
    expect(stderr).toContain('--base-url api.cantila.app is not loopback');
    expect(stderr).toContain('--allow-remote');
    expect(stderr).not.toContain(apiKey);
  });
});
