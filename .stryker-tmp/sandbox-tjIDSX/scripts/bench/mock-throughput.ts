/**
 * Mock throughput and latency: @cantila/mock (Prism's engine behind the policy layer) vs bare Prism
 * (`prism mock`) on the same bundled spec, with autocannon on loopback.
 * `pnpm tsx scripts/bench/mock-throughput.ts`
 */
// @ts-nocheck

import { join } from 'node:path';
import autocannon from 'autocannon';
import { bundledJson, repoRoot } from '../lib/paths.ts';
import { loadSpecModel } from '@cantila/spec-model';
import { freePort, startServer, type Server } from './lib/processes.ts';
import { num, runWhenMain, table, times, type Section, type Verdict } from './lib/report.ts';
import { median, range } from './lib/stats.ts';

const settings = { connections: 10, warmupSeconds: 2, seconds: 3, rounds: 3, target: 0.85 };
const prismLogLevel = 'error';

const mockDir = join(repoRoot, 'packages/mock');

/** One logical request, with the path as the spec writes it (no `/v1`). */
interface Scenario {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

function scenarios(): Scenario[] {
  const example = loadSpecModel().operation('POST /projects')?.requestBody?.examples[0]?.value;
  if (!example) throw new Error('docs/openapi.json: POST /projects has no request body example to send');
  return [
    { name: 'GET /health (public)', method: 'GET', path: '/health', headers: {} },
    {
      name: 'GET /projects/{project} (path parameter, read key)',
      method: 'GET',
      path: '/projects/web-shop',
      headers: { Authorization: 'Bearer sk_test_read_bench' },
    },
    {
      name: 'POST /projects (JSON body, admin key, Idempotency-Key)',
      method: 'POST',
      path: '/projects',
      headers: { Authorization: 'Bearer sk_test_admin_bench', 'Content-Type': 'application/json', 'Idempotency-Key': 'bench-0001' },
      body: JSON.stringify(example),
    },
  ];
}

interface Contender {
  name: string;
  server: Server;
  /** `/v1` for the mock; empty for bare Prism, which serves without it. */
  prefix: string;
}

async function startContenders(): Promise<Contender[]> {
  const started: Contender[] = [];
  try {
    const prismPort = await freePort();
    const prism = await startServer(
      'prism',
      join(mockDir, 'node_modules/.bin/prism'),
      ['mock', '-h', '127.0.0.1', '-p', String(prismPort), '-v', prismLogLevel, bundledJson],
      `http://127.0.0.1:${prismPort}`,
      '/health',
    );
    started.push({ name: 'bare Prism', server: prism, prefix: '' });
    const mockPort = await freePort();
    const mock = await startServer(
      '@cantila/mock',
      process.execPath,
      [join(mockDir, 'bin/cantila-mock.js'), '--host', '127.0.0.1', '--port', String(mockPort), '--spec', bundledJson],
      `http://127.0.0.1:${mockPort}`,
      '/v1/health',
    );
    started.push({ name: '@cantila/mock', server: mock, prefix: '/v1' });
    return started;
  } catch (error) {
    await Promise.all(started.map((c) => c.server.stop()));
    throw error;
  }
}

interface Run {
  rps: number;
  p50: number;
  p99: number;
}

async function load(contender: Contender, scenario: Scenario, seconds: number): Promise<Run> {
  const running = autocannon({
    url: `${contender.server.origin}${contender.prefix}${scenario.path}`,
    method: scenario.method,
    headers: scenario.headers,
    ...(scenario.body === undefined ? {} : { body: scenario.body }),
    connections: settings.connections,
    duration: seconds,
    timeout: 10,
  });
  const errors = new Map<string, number>();
  running.on('reqError', (error) => errors.set(error.code ?? error.message, (errors.get(error.code ?? error.message) ?? 0) + 1));
  const result = await running;
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0) {
    const kinds = [...errors].map(([kind, count]) => `${count}× ${kind}`).join(', ');
    throw new Error(
      `${contender.name}, ${scenario.name}: ${result.non2xx} non-2xx responses, ${result.errors} errors${kinds ? ` (${kinds})` : ''}, ${result.timeouts} timeouts out of ${result.requests.total}; the comparison needs every request to succeed`,
    );
  }
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

/** Sends one request with fetch and checks both servers answer it with the same 2xx status. */
async function preflight(contenders: readonly Contender[], scenario: Scenario): Promise<number> {
  const statuses = await Promise.all(
    contenders.map(async (c) => {
      const response = await fetch(`${c.server.origin}${c.prefix}${scenario.path}`, {
        method: scenario.method,
        headers: scenario.headers,
        ...(scenario.body === undefined ? {} : { body: scenario.body }),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${c.name} answered ${scenario.name} with ${response.status}: ${text.slice(0, 300)}`);
      return response.status;
    }),
  );
  if (new Set(statuses).size !== 1) throw new Error(`${scenario.name}: the servers answered differently (${statuses.join(' vs ')})`);
  return statuses[0]!;
}

/** Runs the benchmark and returns its report section. */
export async function mockThroughput(): Promise<Section> {
  const list = scenarios();
  const contenders = await startContenders();
  const runs = new Map<string, Run[]>();
  const statuses: number[] = [];
  try {
    for (const scenario of list) {
      statuses.push(await preflight(contenders, scenario));
      for (const contender of contenders) await load(contender, scenario, settings.warmupSeconds);
      for (let round = 0; round < settings.rounds; round++) {
        for (const contender of round % 2 === 0 ? contenders : [...contenders].reverse()) {
          const key = `${scenario.name} ${contender.name}`;
          runs.set(key, [...(runs.get(key) ?? []), await load(contender, scenario, settings.seconds)]);
        }
      }
    }
  } finally {
    await Promise.all(contenders.map((c) => c.server.stop()));
  }
  const verdicts: Verdict[] = [];
  const rows = list.flatMap((scenario, i) => {
    const prism = runs.get(`${scenario.name} bare Prism`)!;
    return contenders.map((contender) => {
      const mine = runs.get(`${scenario.name} ${contender.name}`)!;
      const ratio = median(mine.map((r) => r.rps)) / median(prism.map((r) => r.rps));
      const perRound = range(mine.map((r, round) => r.rps / prism[round]!.rps));
      if (contender.name !== 'bare Prism') {
        verdicts.push({
          target: `${scenario.name}: mock req/s ≥ ${times(settings.target)} bare Prism`,
          measured: times(ratio),
          met: ratio >= settings.target,
        });
      }
      return [
        scenario.name,
        String(statuses[i]),
        contender.name,
        num(median(mine.map((r) => r.rps))),
        times(ratio),
        `${num(perRound.min, 2)}–${num(perRound.max, 2)}`,
        num(median(mine.map((r) => r.p50)), 1),
        num(median(mine.map((r) => r.p99)), 1),
      ];
    });
  });
  return {
    title: 'Mock throughput and latency',
    method:
      `Both servers load the same bundled spec (docs/openapi.json) in their own process on 127.0.0.1: bare Prism as \`prism mock -v ${prismLogLevel}\` (static examples; it validates requests and responses, checks only that a credential is present, and serves without \`/v1\`), ` +
      "and `@cantila/mock` through its `cantila-mock` bin (the policy layer — routing, credentials and scopes, act-as, error shapes, rate-limit and request-id headers — in front of Prism's engine embedded in-process, static examples, Prism's logger silent). " +
      'Both get the same logical requests with the same headers, the mock under `/v1`; a valid read or admin key is sent where the operation needs one. ' +
      `Before measuring, one request per scenario checks both answer with the same 2xx status. autocannon ${settings.connections} connections, in the benchmark's own process: ` +
      `${settings.warmupSeconds} s warm-up per server and scenario, then ${settings.rounds} rounds of ${settings.seconds} s per server, alternating which server goes first. ` +
      "Any non-2xx response, error or timeout stops the benchmark. req/s is autocannon's mean per-second count; the table shows the median over rounds, the ratio of medians to bare Prism, the per-round ratio range, and the median over rounds of autocannon's p50 and p99 latency.",
    results: table(['scenario', 'status', 'server', 'req/s', 'vs bare Prism', 'per-round', 'p50 ms', 'p99 ms'], rows),
    verdicts,
  };
}

runWhenMain(import.meta.url, mockThroughput);
