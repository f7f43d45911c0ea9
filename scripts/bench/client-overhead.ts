/**
 * Client overhead per request: @cantila/client (its full default stack: API key, act-as, timeout and
 * retry wrapper, error mapping) vs raw fetch vs plain openapi-fetch vs axios, all against the same
 * node:http server (scripts/bench/fixture-server.ts, its own process) returning a fixed JSON body.
 * `pnpm tsx scripts/bench/client-overhead.ts`
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import axios from 'axios';
import createFetchClient from 'openapi-fetch';
import type { paths } from '../../packages/client/src/generated/schema.ts';
import { fixtureBody } from './fixture-server.ts';
import { clientBuild, loadClient } from './lib/client-package.ts';
import { freePort, startServer, tsNode } from './lib/processes.ts';
import { num, runWhenMain, table, times, type Section, type Verdict } from './lib/report.ts';
import { boundedLoop, median, p99, range, rotation } from './lib/stats.ts';

const settings = {
  warmup: 200,
  rounds: 6,
  /** Requests per contender, request kind and round, one after another. */
  sequential: 200,
  /** Requests per contender, request kind and round, with `concurrency` in flight. */
  concurrent: 500,
  concurrency: 16,
  /** Upper bound of one contender's batch; a batch that hits it is reported with fewer requests. */
  batchBudgetMs: 15_000,
  target: 1.1,
};

const apiKey = 'sk_test_bench0000000000000000';
const actAs = 'client-acme';
const headers = { Accept: 'application/json', Authorization: `Bearer ${apiKey}`, 'X-Cantila-Act-As': actAs };
const newProject = { name: 'web-shop', region: 'fra1', source: { type: 'git', repo: 'https://github.com/acme/web-shop', branch: 'main' } } as const;

type Kind = 'GET' | 'POST';
const kinds: readonly Kind[] = ['GET', 'POST'];
const requestOf: Record<Kind, string> = {
  GET: 'GET /v1/projects/{project}',
  POST: 'POST /v1/projects with a JSON body (the client adds an Idempotency-Key)',
};

/** One way of making the same two logical requests; each resolves to the parsed body. */
interface Contender {
  name: string;
  GET(): Promise<unknown>;
  POST(): Promise<unknown>;
}

const requestFor = (baseUrl: string, kind: Kind): [string, RequestInit] =>
  kind === 'GET'
    ? [`${baseUrl}/projects/web-shop`, { headers }]
    : [`${baseUrl}/projects`, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(newProject) }];

const rawFetch = (baseUrl: string): Contender => ({
  name: 'raw fetch',
  GET: () => fetch(...requestFor(baseUrl, 'GET')).then((r) => r.json()),
  POST: () => fetch(...requestFor(baseUrl, 'POST')).then((r) => r.json()),
});

/**
 * Raw fetch plus, row by row, one more of the fetch building blocks a wrapper may use, each kept from
 * the row before: a Request object (openapi-fetch builds one), a copy of it per attempt (so a retry can
 * resend the body), a Request bound to a per-attempt AbortController and timer (the timeout), and a
 * copy of the response read in full before the caller parses it (so the timeout covers the body).
 */
function buildingBlocks(baseUrl: string): Contender[] {
  const layers = ['+ a Request object: fetch(new Request(url, init))', '+ request.clone() per attempt', '+ new Request(copy, { signal }) with an AbortController and a timer', '+ response.clone().arrayBuffer() before .json()'];
  const send = async (kind: Kind, depth: number): Promise<unknown> => {
    let request = new Request(...requestFor(baseUrl, kind));
    if (depth >= 2) request = request.clone();
    const controller = new AbortController();
    const timer = depth >= 3 ? setTimeout(() => controller.abort(), 30_000) : undefined;
    try {
      const response = await fetch(depth >= 3 ? new Request(request, { signal: controller.signal }) : request);
      if (depth >= 4) await response.clone().arrayBuffer();
      return await response.json();
    } finally {
      clearTimeout(timer);
    }
  };
  return [rawFetch(baseUrl), ...layers.map((name, i) => ({ name, GET: () => send('GET', i + 1), POST: () => send('POST', i + 1) }))];
}

/** The building blocks (rows of `buildingBlocks`) that the built client's code visibly uses, by the row's name. */
async function blocksInClient(): Promise<string[]> {
  const code = await readFile(clientBuild.entry, 'utf8');
  const uses: [RegExp, string][] = [
    [/\brequest\.clone\(\)/, 'a copy of the request per attempt'],
    [/new Request\(\s*\w+\s*,\s*\{\s*signal/, 'a new Request per attempt to attach the timeout signal'],
    [/\.clone\(\)\.arrayBuffer\(\)/, 'a full read of a clone of each response before openapi-fetch parses the original'],
  ];
  return uses.filter(([pattern]) => pattern.test(code)).map(([, what]) => what);
}

async function contenders(baseUrl: string): Promise<Contender[]> {
  const { createClient } = await loadClient();
  const cantila = createClient({ apiKey, baseUrl, actAs });
  const plain = createFetchClient<paths>({ baseUrl, headers });
  const http = axios.create({ baseURL: baseUrl, headers });
  const project = { params: { path: { project: 'web-shop' } } };
  const unwrap = <T>(result: { data?: T; error?: unknown }): T => {
    if (result.error !== undefined || result.data === undefined) throw new Error(`request failed: ${String(result.error)}`);
    return result.data;
  };
  return [
    rawFetch(baseUrl),
    { name: 'openapi-fetch', GET: () => plain.GET('/projects/{project}', project).then(unwrap), POST: () => plain.POST('/projects', { body: newProject }).then(unwrap) },
    { name: 'axios', GET: () => http.get('/projects/web-shop').then((r) => r.data), POST: () => http.post('/projects', newProject).then((r) => r.data) },
    { name: '@cantila/client', GET: () => cantila.GET('/projects/{project}', project).then(unwrap), POST: () => cantila.POST('/projects', { body: newProject }).then(unwrap) },
  ];
}

interface Samples {
  /** Per-request latency in ms, all rounds pooled. */
  latencies: number[];
  /** Per round: the batch's median latency (sequential) or its req/s (concurrent). */
  perRound: number[];
}

type Mode = 'sequential' | 'concurrent';
const key = (mode: Mode, kind: Kind, contender: string): string => `${mode} ${kind} ${contender}`;

/** One contender's batch: `total` requests of one kind, `inFlight` at a time; returns latencies and req/s. */
async function batch(send: () => Promise<unknown>, total: number, inFlight: number): Promise<{ latencies: number[]; rps: number }> {
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + settings.batchBudgetMs;
  let issued = 0;
  const worker = async (): Promise<void> => {
    while (issued < total && performance.now() < deadline) {
      issued++;
      const t0 = performance.now();
      await send();
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return { latencies, rps: (latencies.length * 1000) / (performance.now() - started) };
}

/** Warms every contender up, then runs the rounds in `modes`; samples are keyed by `key(mode, kind, name)`. */
async function measure(list: readonly Contender[], modes: readonly Mode[]): Promise<Map<string, Samples>> {
  for (const contender of list) {
    const body = await contender.GET();
    if (JSON.stringify(body) !== JSON.stringify(fixtureBody)) throw new Error(`${contender.name} did not return the fixture body: ${JSON.stringify(body)}`);
    for (const kind of kinds) await boundedLoop(settings.warmup, settings.batchBudgetMs, () => contender[kind]().then(() => undefined));
    if (modes.includes('concurrent')) await batch(() => contender.GET(), settings.warmup, settings.concurrency);
  }
  const samples = new Map<string, Samples>();
  const add = (name: string, latencies: number[], roundValue: number): void => {
    const entry = samples.get(name) ?? { latencies: [], perRound: [] };
    entry.latencies.push(...latencies);
    entry.perRound.push(roundValue);
    samples.set(name, entry);
  };
  for (let round = 0; round < settings.rounds; round++) {
    for (const kind of kinds) {
      for (const contender of rotation(list, round)) {
        const sequential = await batch(() => contender[kind](), settings.sequential, 1);
        add(key('sequential', kind, contender.name), sequential.latencies, median(sequential.latencies));
      }
      if (!modes.includes('concurrent')) continue;
      for (const contender of rotation(list, round + 1)) {
        const concurrent = await batch(() => contender[kind](), settings.concurrent, settings.concurrency);
        add(key('concurrent', kind, contender.name), concurrent.latencies, concurrent.rps);
      }
    }
  }
  return samples;
}

/** Per-round ratios of a contender's value to raw fetch's value, as `min–max`. */
function roundSpread(mine: readonly number[], fetchRounds: readonly number[], invert: boolean): string {
  const ratios = mine.map((value, i) => (invert ? fetchRounds[i]! / value : value / fetchRounds[i]!));
  const { min, max } = range(ratios);
  return `${num(min, 2)}–${num(max, 2)}`;
}

/** Runs the benchmark and returns its report section. */
export async function clientOverhead(): Promise<Section> {
  const port = await freePort();
  const [command, args] = tsNode(fileURLToPath(new URL('./fixture-server.ts', import.meta.url)), [String(port)]);
  const server = await startServer('fixture server', command, args, `http://127.0.0.1:${port}`, '/v1/projects/web-shop');
  let samples: Map<string, Samples>;
  let blockSamples: Map<string, Samples>;
  let list: Contender[];
  const blocks = buildingBlocks(`${server.origin}/v1`);
  try {
    list = await contenders(`${server.origin}/v1`);
    samples = await measure(list, ['sequential', 'concurrent']);
    blockSamples = await measure(blocks, ['sequential']);
  } finally {
    await server.stop();
  }
  const get = (mode: Mode, kind: Kind, name: string): Samples => samples.get(key(mode, kind, name))!;
  const verdicts: Verdict[] = [];
  const tables: string[] = [];
  const inClient = await blocksInClient();
  for (const kind of kinds) {
    const seqFetch = get('sequential', kind, 'raw fetch');
    const conFetch = get('concurrent', kind, 'raw fetch');
    const rows = list.map(({ name }) => {
      const seq = get('sequential', kind, name);
      const con = get('concurrent', kind, name);
      return [
        name,
        num(median(seq.latencies) * 1000),
        num(p99(seq.latencies) * 1000),
        times(median(seq.latencies) / median(seqFetch.latencies)),
        roundSpread(seq.perRound, seqFetch.perRound, false),
        num(median(con.perRound)),
        num(median(con.latencies) * 1000),
        num(p99(con.latencies) * 1000),
        times(median(conFetch.perRound) / median(con.perRound)),
        roundSpread(con.perRound, conFetch.perRound, true),
      ];
    });
    tables.push(
      `**${requestOf[kind]}**\n\n` +
        table(
          ['contender', 'seq. median µs', 'seq. p99 µs', 'seq. median vs fetch', 'per-round', `c=${settings.concurrency} req/s`, `c=${settings.concurrency} median µs`, `c=${settings.concurrency} p99 µs`, 'cost vs fetch (fetch req/s ÷ req/s)', 'per-round'],
          rows,
        ),
    );
    const client = get('sequential', kind, '@cantila/client');
    const seqRatio = median(client.latencies) / median(seqFetch.latencies);
    const conRatio = median(conFetch.perRound) / median(get('concurrent', kind, '@cantila/client').perRound);
    const plainRatio = median(get('sequential', kind, 'openapi-fetch').latencies) / median(seqFetch.latencies);
    const blockRatio = (name: string): number =>
      median(blockSamples.get(key('sequential', kind, name))!.latencies) / median(blockSamples.get(key('sequential', kind, 'raw fetch'))!.latencies);
    const explanation =
      `Plain openapi-fetch, which the client wraps, measures ${times(plainRatio)} on its own here` +
      (inClient.length > 0
        ? `; on top of it the built client uses ${inClient.join(', ')}, and those fetch building blocks alone measure up to ${times(blockRatio(blocks.at(-1)!.name))} on raw fetch (last table).`
        : '.');
    verdicts.push(
      { target: `${kind}, sequential: @cantila/client median latency ≤ ${times(settings.target)} raw fetch`, measured: times(seqRatio), met: seqRatio <= settings.target, ...(seqRatio > settings.target ? { explanation } : {}) },
      {
        target: `${kind}, ${settings.concurrency} in flight: @cantila/client time per request (inverse req/s) ≤ ${times(settings.target)} raw fetch`,
        measured: times(conRatio),
        met: conRatio <= settings.target,
        ...(conRatio > settings.target
          ? { explanation: `${seqRatio > settings.target ? 'The same work as in the line above' : explanation.replace(/\.$/, '')}; with requests in flight the measuring process is CPU-bound, so per-request work weighs more than in sequential latency, where the server's and the socket's time dilute it.` }
          : {}),
      },
    );
  }
  const blockRows = blocks.map(({ name }) => {
    const ratios = kinds.map((kind) => {
      const mine = blockSamples.get(key('sequential', kind, name))!.latencies;
      const fetchOnly = blockSamples.get(key('sequential', kind, 'raw fetch'))!.latencies;
      return [num(median(mine) * 1000), times(median(mine) / median(fetchOnly))];
    });
    return [name, ...ratios.flat()];
  });
  tables.push(
    '**Where a wrapper\'s time goes: fetch building blocks, added one per row** (sequential, same method, measured in rounds of their own after the table above)\n\n' +
      table(['raw fetch, then each row adds', 'GET median µs', 'GET vs fetch', 'POST median µs', 'POST vs fetch'], blockRows),
  );
  return {
    title: 'Client overhead per request',
    method:
      `A node:http server in its own process (scripts/bench/fixture-server.ts) answers every request with the same ${JSON.stringify(fixtureBody).length}-byte JSON project. ` +
      'Four contenders make the same logical requests with the same headers (`Authorization: Bearer sk_…`, `X-Cantila-Act-As`, `Accept: application/json`) and parse the body: ' +
      'raw `fetch`; plain openapi-fetch over the generated `paths`; axios (Node http adapter, keep-alive agent); and `@cantila/client` built by its tsdown config, with its full default stack (API key, act-as, per-attempt timeout, retry wrapper, error mapping, Idempotency-Key on POST). ' +
      `Each contender first checks it got the fixture body, then warms up (${settings.warmup} requests of each kind one at a time, ${settings.warmup} GETs with ${settings.concurrency} in flight). ` +
      `Then ${settings.rounds} rounds; in each round, for each request kind, every contender runs ${settings.sequential} requests one after another and then ${settings.concurrent} requests with ${settings.concurrency} in flight, in an order that rotates and reverses from round to round. ` +
      'Latencies of all rounds are pooled for median and p99; "vs fetch" is the pooled median over raw fetch\'s pooled median, and "per-round" the range of the same ratio round by round. ' +
      `With concurrency, req/s is each batch's completed requests over its wall time; its median over rounds is compared. Each batch stops after ${settings.batchBudgetMs / 1000} s at the latest.`,
    results: tables.join('\n\n'),
    verdicts,
  };
}

runWhenMain(import.meta.url, clientOverhead);
