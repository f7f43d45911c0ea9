/**
 * Client overhead per request: @cantila/client (its full default stack: API key, act-as, timeout and
 * retry wrapper, error mapping) vs raw fetch (and, for context, raw fetch with a timeout) vs plain
 * openapi-fetch vs axios, then the client's building blocks one by one, all against the same
 * node:http server (scripts/bench/fixture-server.ts, its own process) returning a fixed JSON body.
 * `pnpm tsx scripts/bench/client-overhead.ts`
 */
import { fileURLToPath } from 'node:url';
import axios from 'axios';
import createFetchClient from 'openapi-fetch';
import type { paths } from '../../packages/client/src/generated/schema.ts';
import { fixtureBody } from './lib/fixture-body.ts';
import {
  cantilaClient,
  type Contender,
  contenderNames as names,
  headers,
  type Kind,
  kinds,
  newProject,
  openapiFetchWithTimeout,
  project,
  rawFetch,
  rawFetchWithTimeout,
  timeoutMs,
  unwrap,
} from './lib/contenders.ts';
import { loadClient } from './lib/client-package.ts';
import { freePort, startServer, tsNode } from './lib/processes.ts';
import { num, runWhenMain, table, times, type Section, type Verdict } from './lib/report.ts';
import { boundedLoop, median, p99, range, rotation } from './lib/stats.ts';

const settings = {
  warmup: 200,
  rounds: 12,
  /** Requests per contender, request kind and round, one after another. */
  sequential: 200,
  /** Requests per contender, request kind and round, with `concurrency` in flight. */
  concurrent: 1_000,
  concurrency: 16,
  /** Upper bound of one contender's batch; a batch that hits it is reported with fewer requests. */
  batchBudgetMs: 15_000,
  target: 1.1,
};

const requestOf: Record<Kind, string> = {
  GET: 'GET /v1/projects/{project}',
  POST: 'POST /v1/projects with a JSON body (the client adds an Idempotency-Key)',
};

/** A building block: its row's name, and whether it changes only the POST (its GET is the row above's). */
interface Block extends Contender {
  postOnly?: boolean;
}

/**
 * Raw fetch plus, row by row, one more of the building blocks @cantila/client is made of, each kept
 * from the row before, and last the built client itself: where the client's time goes.
 */
function buildingBlocks(baseUrl: string, client: Contender): Block[] {
  return [
    rawFetch(baseUrl),
    {
      ...rawFetchWithTimeout(baseUrl),
      name: '+ a cancelling timeout (AbortController + setTimeout, signal in the fetch init, timer cleared after the body is read)',
    },
    {
      ...openapiFetchWithTimeout(baseUrl, { idempotencyKey: false }),
      name: '+ openapi-fetch doing the call with fetch(url, init) (its `Request` option builds no Request)',
    },
    {
      ...openapiFetchWithTimeout(baseUrl, { idempotencyKey: true }),
      name: '+ an Idempotency-Key (crypto.randomUUID()) per POST',
      postOnly: true,
    },
    { ...client, name: '@cantila/client itself (adds auth, act-as, retry wrapper, error mapping)' },
  ];
}

async function contenders(baseUrl: string): Promise<Contender[]> {
  const cantila = cantilaClient(await loadClient(), baseUrl);
  const plain = createFetchClient<paths>({ baseUrl, headers });
  const http = axios.create({ baseURL: baseUrl, headers });
  return [
    rawFetch(baseUrl),
    rawFetchWithTimeout(baseUrl),
    {
      name: 'openapi-fetch',
      GET: () => plain.GET('/projects/{project}', project).then(unwrap),
      POST: () => plain.POST('/projects', { body: newProject }).then(unwrap),
    },
    {
      name: 'axios',
      GET: () => http.get('/projects/web-shop').then((r) => r.data),
      POST: () => http.post('/projects', newProject).then((r) => r.data),
    },
    { ...cantila, name: names.client },
  ];
}

interface Samples {
  /** Per-request latency in ms, all rounds pooled. */
  latencies: number[];
  /** Per round: the batch's median latency (sequential) or its req/s (concurrent). */
  perRound: number[];
  /** Per round: the measuring process's CPU time (user + system) per completed request, in µs. */
  cpuPerRound: number[];
}

type Mode = 'sequential' | 'concurrent';
const key = (mode: Mode, kind: Kind, contender: string): string => `${mode} ${kind} ${contender}`;

/** One contender's batch: `total` requests of one kind, `inFlight` at a time; returns latencies, req/s and CPU µs per request. */
async function batch(
  send: () => Promise<unknown>,
  total: number,
  inFlight: number,
): Promise<{ latencies: number[]; rps: number; cpuPerRequest: number }> {
  const latencies: number[] = [];
  const cpuBefore = process.cpuUsage();
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
  const elapsed = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { latencies, rps: (latencies.length * 1000) / elapsed, cpuPerRequest: (cpu.user + cpu.system) / latencies.length };
}

/** Warms every contender up, then runs the rounds in `modes`; samples are keyed by `key(mode, kind, name)`. */
async function measure(list: readonly Contender[], modes: readonly Mode[]): Promise<Map<string, Samples>> {
  for (const contender of list) {
    const body = await contender.GET();
    if (JSON.stringify(body) !== JSON.stringify(fixtureBody))
      throw new Error(`${contender.name} did not return the fixture body: ${JSON.stringify(body)}`);
    for (const kind of kinds) await boundedLoop(settings.warmup, settings.batchBudgetMs, () => contender[kind]().then(() => undefined));
    if (modes.includes('concurrent')) await batch(() => contender.GET(), settings.warmup, settings.concurrency);
  }
  const samples = new Map<string, Samples>();
  const add = (name: string, latencies: number[], roundValue: number, cpuPerRequest: number): void => {
    const entry = samples.get(name) ?? { latencies: [], perRound: [], cpuPerRound: [] };
    entry.latencies.push(...latencies);
    entry.perRound.push(roundValue);
    entry.cpuPerRound.push(cpuPerRequest);
    samples.set(name, entry);
  };
  for (let round = 0; round < settings.rounds; round++) {
    for (const kind of kinds) {
      for (const contender of rotation(list, round)) {
        const sequential = await batch(() => contender[kind](), settings.sequential, 1);
        add(key('sequential', kind, contender.name), sequential.latencies, median(sequential.latencies), sequential.cpuPerRequest);
      }
      if (!modes.includes('concurrent')) continue;
      for (const contender of rotation(list, round + 1)) {
        const concurrent = await batch(() => contender[kind](), settings.concurrent, settings.concurrency);
        add(key('concurrent', kind, contender.name), concurrent.latencies, concurrent.rps, concurrent.cpuPerRequest);
      }
    }
  }
  return samples;
}

/** Per-round ratios of a contender's value to a baseline's value, as `min–max`. */
function roundSpread(mine: readonly number[], baseRounds: readonly number[], invert: boolean): string {
  const ratios = mine.map((value, i) => (invert ? baseRounds[i]! / value : value / baseRounds[i]!));
  const { min, max } = range(ratios);
  return `${num(min, 2)}–${num(max, 2)}`;
}

/** The three ratios of one contender to a baseline: sequential median latency, c=16 wall time per request (inverse req/s), c=16 CPU time per request. */
interface Ratios {
  sequential: number;
  concurrent: number;
  cpu: number;
}

/** Runs the benchmark and returns its report section. */
export async function clientOverhead(): Promise<Section> {
  const port = await freePort();
  const [command, args] = tsNode(fileURLToPath(new URL('./fixture-server.ts', import.meta.url)), [String(port)]);
  const server = await startServer('fixture server', command, args, `http://127.0.0.1:${port}`, '/v1/projects/web-shop');
  let samples: Map<string, Samples>;
  let blockSamples: Map<string, Samples>;
  let list: Contender[];
  let blocks: Block[];
  try {
    list = await contenders(`${server.origin}/v1`);
    blocks = buildingBlocks(`${server.origin}/v1`, list.find((c) => c.name === names.client)!);
    samples = await measure(list, ['sequential', 'concurrent']);
    blockSamples = await measure(blocks, ['sequential']);
  } finally {
    await server.stop();
  }
  const get = (mode: Mode, kind: Kind, name: string): Samples => samples.get(key(mode, kind, name))!;
  const ratios = (kind: Kind, name: string, base: string): Ratios => ({
    sequential: median(get('sequential', kind, name).latencies) / median(get('sequential', kind, base).latencies),
    concurrent: median(get('concurrent', kind, base).perRound) / median(get('concurrent', kind, name).perRound),
    cpu: median(get('concurrent', kind, name).cpuPerRound) / median(get('concurrent', kind, base).cpuPerRound),
  });
  /** A building block's sequential median latency over raw fetch's, in the blocks' own rounds. */
  const blockRatio = (kind: Kind, name: string): number =>
    median(blockSamples.get(key('sequential', kind, name))!.latencies) /
    median(blockSamples.get(key('sequential', kind, names.fetch))!.latencies);
  const c = settings.concurrency;
  const verdicts: Verdict[] = [];
  const tables: string[] = [];
  const context: string[][] = [];
  for (const kind of kinds) {
    const rows = list.map(({ name }) => {
      const seq = get('sequential', kind, name);
      const con = get('concurrent', kind, name);
      const vsFetch = ratios(kind, name, names.fetch);
      return [
        name,
        num(median(seq.latencies) * 1000),
        num(p99(seq.latencies) * 1000),
        times(vsFetch.sequential),
        roundSpread(seq.perRound, get('sequential', kind, names.fetch).perRound, false),
        num(median(con.perRound)),
        num(median(con.latencies) * 1000),
        num(p99(con.latencies) * 1000),
        times(vsFetch.concurrent),
        roundSpread(con.perRound, get('concurrent', kind, names.fetch).perRound, true),
        num(median(con.cpuPerRound)),
        times(vsFetch.cpu),
        roundSpread(con.cpuPerRound, get('concurrent', kind, names.fetch).cpuPerRound, false),
      ];
    });
    tables.push(
      `**${requestOf[kind]}**\n\n` +
        table(
          [
            'contender',
            'seq. median µs',
            'seq. p99 µs',
            'seq. median vs fetch',
            'per-round',
            `c=${c} req/s`,
            `c=${c} median µs`,
            `c=${c} p99 µs`,
            'c=16 wall cost vs fetch (fetch req/s ÷ req/s)',
            'per-round',
            `c=${c} CPU µs/req`,
            'c=16 CPU vs fetch',
            'per-round',
          ],
          rows,
        ),
    );
    const client = ratios(kind, names.client, names.fetch);
    const clientVsTimeout = ratios(kind, names.client, names.fetchTimeout);
    context.push([
      kind,
      times(client.sequential),
      times(clientVsTimeout.sequential),
      times(client.concurrent),
      times(clientVsTimeout.concurrent),
      times(client.cpu),
      times(clientVsTimeout.cpu),
    ]);
    const [, timeoutBlock, openapiBlock, keyBlock, clientBlock] = blocks.map(({ name }) => blockRatio(kind, name));
    const beforeClient = kind === 'POST' ? keyBlock! : openapiBlock!;
    const explanation =
      `Plain openapi-fetch (no timeout) measures ${times(ratios(kind, 'openapi-fetch', names.fetch).sequential)} on its own here. ` +
      `Built up block by block on raw fetch (last table): a cancelling per-attempt timeout alone costs ${times(timeoutBlock!)} on raw fetch here; openapi-fetch with it ${times(openapiBlock!)}` +
      (kind === 'POST' ? `; with an Idempotency-Key per POST ${times(keyBlock!)}` : '') +
      `; the client ${times(clientBlock!)}, so its own code (auth, act-as, retry wrapper, error mapping) adds ${times(clientBlock! / beforeClient)} on top of those blocks.`;
    const cpuNote =
      `In CPU time of the measuring process per request (which other processes competing for the cores do not inflate), the client costs ${times(client.cpu)} raw fetch's, ${times(clientVsTimeout.cpu)} that of raw fetch + timeout, ` +
      `and plain openapi-fetch ${times(ratios(kind, 'openapi-fetch', names.fetch).cpu)} raw fetch's.`;
    verdicts.push(
      {
        target: `${kind}, sequential: @cantila/client median latency ≤ ${times(settings.target)} raw fetch`,
        measured: times(client.sequential),
        met: client.sequential <= settings.target,
        ...(client.sequential > settings.target ? { explanation } : {}),
      },
      {
        target: `${kind}, ${c} in flight: @cantila/client time per request (inverse req/s) ≤ ${times(settings.target)} raw fetch`,
        measured: times(client.concurrent),
        met: client.concurrent <= settings.target,
        ...(client.concurrent > settings.target
          ? { explanation: `${cpuNote} ${client.sequential > settings.target ? 'The blocks are those of the line above.' : explanation}` }
          : {}),
      },
    );
  }
  tables.push(
    `**@cantila/client vs raw fetch + timeout** (context, not the target: the client must time out by default, issue 4, and raw fetch has no timeout; the target stays ≤ ${times(settings.target)} raw fetch). Ratios from the tables above.\n\n` +
      table(
        [
          'request',
          'seq. median vs raw fetch',
          'seq. median vs raw fetch + timeout',
          `c=${c} wall vs raw fetch`,
          `c=${c} wall vs raw fetch + timeout`,
          `c=${c} CPU vs raw fetch`,
          `c=${c} CPU vs raw fetch + timeout`,
        ],
        context,
      ),
  );
  const blockRows = blocks.map(({ name, postOnly }) => {
    const cells = kinds.map((kind) => {
      if (kind === 'GET' && postOnly) return ['—', '—'];
      const mine = blockSamples.get(key('sequential', kind, name))!.latencies;
      return [num(median(mine) * 1000), times(blockRatio(kind, name))];
    });
    return [name, ...cells.flat()];
  });
  tables.push(
    "**Where the client's time goes: its building blocks, added one per row** (sequential, same method, measured in rounds of their own after the tables above; a row marked — for GET changes only the POST)\n\n" +
      table(['raw fetch, then each row adds', 'GET median µs', 'GET vs fetch', 'POST median µs', 'POST vs fetch'], blockRows),
  );
  return {
    title: 'Client overhead per request',
    method:
      `A node:http server in its own process (scripts/bench/fixture-server.ts) answers every request with the same ${JSON.stringify(fixtureBody).length}-byte JSON project. ` +
      `${list.length} contenders make the same logical requests with the same headers (\`Authorization: Bearer sk_…\`, \`X-Cantila-Act-As\`, \`Accept: application/json\`) and parse the body: ` +
      `raw \`fetch\`; raw \`fetch\` + timeout (an AbortController and a ${timeoutMs / 1000} s timer per request, the signal in the init, the timer cleared after the body is read: the least a client with a default timeout does, for context); plain openapi-fetch over the generated \`paths\`; axios (Node http adapter, keep-alive agent); and \`@cantila/client\` built by its tsdown config, with its full default stack (API key, act-as, per-attempt timeout, retry wrapper, error mapping, Idempotency-Key on POST). ` +
      `Each contender first checks it got the fixture body, then warms up (${settings.warmup} requests of each kind one at a time, ${settings.warmup} GETs with ${c} in flight). ` +
      `Then ${settings.rounds} rounds; in each round, for each request kind, every contender runs ${settings.sequential} requests one after another and then ${settings.concurrent} requests with ${c} in flight, in an order that rotates and reverses from round to round. ` +
      'Latencies of all rounds are pooled for median and p99; "vs fetch" is the pooled median over raw fetch\'s pooled median, and "per-round" the range of the same ratio round by round. ' +
      `With concurrency, req/s is each batch's completed requests over its wall time; its median over rounds is compared. ` +
      `Because wall time with ${c} in flight swings with whatever else the shared 2-core machine runs, each batch also records the CPU time (user + system, \`process.cpuUsage()\` before and after the batch) the measuring process spent per completed request; the fixture server runs in its own process, so this is the contender's own cost (plus the runtime's fetch and GC), and its median over rounds is compared too. ` +
      `Each batch stops after ${settings.batchBudgetMs / 1000} s at the latest.`,
    results: tables.join('\n\n'),
    verdicts,
  };
}

runWhenMain(import.meta.url, clientOverhead);
