/**
 * Consumer type-check cost: `tsc --extendedDiagnostics` on a consumer file that calls 20 operations
 * through @cantila/client (its published declarations) vs the same calls through plain openapi-fetch
 * over the same generated schema. The consumers are generated into a temporary directory.
 * `pnpm tsx scripts/bench/typecheck-cost.ts`
 */
// @ts-nocheck

import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clientGeneratedDir, repoRoot } from '../lib/paths.ts';
import { loadSpecModel, type Operation, type SpecModel } from '@cantila/spec-model';
import { clientBuild, ensureClientBuilt, openapiFetchDir } from './lib/client-package.ts';
import { runCommand } from './lib/processes.ts';
import { num, runWhenMain, table, times, type Section } from './lib/report.ts';
import { median, range } from './lib/stats.ts';

const settings = { operations: 20, rounds: 5, target: 1.2 };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = Record<string, any>;

/** A value of `schema`'s type: only required properties, the first enum value or branch. */
function sampleOf(spec: SpecModel, raw: unknown): Json {
  const schema = spec.resolve<Schema>(raw ?? {});
  if ('const' in schema) return schema.const as Json;
  if (Array.isArray(schema.enum)) return schema.enum[0] as Json;
  if (Array.isArray(schema.allOf)) {
    return Object.assign({}, ...schema.allOf.map((part: Schema) => sampleOf(spec, part))) as Json;
  }
  const branch = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(branch)) return sampleOf(spec, branch[0]);
  const type = Array.isArray(schema.type) ? schema.type.find((t: string) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const required: string[] = schema.required ?? [];
      return Object.fromEntries(required.map((name) => [name, sampleOf(spec, schema.properties?.[name])]));
    }
    case 'array':
      return (schema.minItems ?? 0) > 0 ? [sampleOf(spec, schema.items)] : [];
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    default:
      return 'x';
  }
}

/** The argument of a call to `operation`: its required parameters and, when it has one, its body (the spec's example first). */
function callArguments(spec: SpecModel, operation: Operation): string | undefined {
  const params: Record<string, Record<string, Json>> = {};
  for (const parameter of operation.parameters) {
    if (!parameter.required || parameter.in === 'cookie') continue;
    params[parameter.in] ??= {};
    params[parameter.in]![parameter.name] = (parameter.example ?? sampleOf(spec, parameter.schema)) as Json;
  }
  const body = operation.requestBody;
  const init: Record<string, Json> = {};
  if (Object.keys(params).length > 0) init.params = params;
  if (body) init.body = (body.examples[0]?.value ?? sampleOf(spec, body.schema)) as Json;
  return Object.keys(init).length > 0 ? JSON.stringify(init) : undefined;
}

/** `count` operations spread evenly over the spec (every resource and method gets a turn). */
function pickOperations(operations: readonly Operation[], count: number): Operation[] {
  if (operations.length < count) throw new Error(`the bundled spec has ${operations.length} operations; the benchmark needs ${count}`);
  return Array.from({ length: count }, (_, i) => operations[Math.floor((i * operations.length) / count)]!);
}

function consumerSource(preamble: string, spec: SpecModel, operations: readonly Operation[]): string {
  const calls = operations.map((operation, i) => {
    const args = callArguments(spec, operation);
    return `  const r${i} = await api.${operation.method.toUpperCase()}('${operation.path}'${args ? `, ${args}` : ''});\n  seen.push(r${i}.data ?? r${i}.error);`;
  });
  return `${preamble}\n\nexport async function callAll(): Promise<unknown[]> {\n  const seen: unknown[] = [];\n${calls.join('\n')}\n  return seen;\n}\n`;
}

const consumers = {
  '@cantila/client':
    "import { createClient } from '@cantila/client';\n\nconst api = createClient({ apiKey: 'sk_test_consumer', baseUrl: 'http://127.0.0.1:4010/v1' });",
  'openapi-fetch':
    "import createClient from 'openapi-fetch';\nimport type { paths } from './schema.js';\n\nconst api = createClient<paths>({ baseUrl: 'http://127.0.0.1:4010/v1', headers: { Authorization: 'Bearer sk_test_consumer' } });",
} as const;
type Consumer = keyof typeof consumers;
const fileOf = (consumer: Consumer): string => (consumer === '@cantila/client' ? 'with-client' : 'with-openapi-fetch');

/** The files a consumer type-checks against: a built @cantila/client, its openapi-fetch, and the generated schema. */
export interface ClientFiles {
  /** The built ESM entry and its declarations. */
  entry: string;
  types: string;
  openapiFetchDir: string;
  /** packages/client/src/generated/schema.ts */
  schema: string;
}

/**
 * A directory where `@cantila/client` resolves as a consumer installs it (package.json pointing at the
 * built dist/index.d.ts) and `./schema.js` to the generated schema as a declaration file.
 */
async function consumerProject(spec: SpecModel, operations: readonly Operation[], files: ClientFiles): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cantila-typecheck-'));
  const installed = join(dir, 'node_modules/@cantila/client');
  await mkdir(installed, { recursive: true });
  await copyFile(files.types, join(installed, 'index.d.ts'));
  await copyFile(files.entry, join(installed, 'index.js'));
  await writeFile(
    join(installed, 'package.json'),
    JSON.stringify({ name: '@cantila/client', type: 'module', exports: { '.': { types: './index.d.ts', default: './index.js' } } }),
  );
  await symlink(files.openapiFetchDir, join(dir, 'node_modules/openapi-fetch'), 'dir');
  await copyFile(files.schema, join(dir, 'schema.d.ts'));
  await writeFile(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  for (const consumer of Object.keys(consumers) as Consumer[]) {
    await writeFile(join(dir, `${fileOf(consumer)}.ts`), consumerSource(consumers[consumer], spec, operations));
    const compilerOptions = {
      strict: true,
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      lib: ['ES2022', 'DOM'],
      types: [],
      skipLibCheck: true,
      noEmit: true,
    };
    await writeFile(
      join(dir, `tsconfig.${fileOf(consumer)}.json`),
      JSON.stringify({ compilerOptions, files: [`${fileOf(consumer)}.ts`] }, null, 2),
    );
  }
  return dir;
}

interface Diagnostics {
  instantiations: number;
  types: number;
  checkSeconds: number;
  totalSeconds: number;
}

async function typecheck(dir: string, consumer: Consumer): Promise<Diagnostics> {
  const run = await runCommand(
    join(repoRoot, 'node_modules/.bin/tsc'),
    ['-p', `tsconfig.${fileOf(consumer)}.json`, '--extendedDiagnostics'],
    { cwd: dir, timeoutMs: 120_000 },
  );
  if (run.code !== 0)
    throw new Error(`the ${consumer} consumer does not type-check (tsc exit ${run.code}), so its cost means nothing:\n${run.output}`);
  const read = (label: string): number => {
    const match = new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(run.output);
    if (!match) throw new Error(`tsc --extendedDiagnostics printed no '${label}':\n${run.output}`);
    return Number(match[1]);
  };
  return {
    instantiations: read('Instantiations'),
    types: read('Types'),
    checkSeconds: read('Check time'),
    totalSeconds: read('Total time'),
  };
}

/** The median cost of each consumer. */
export interface ConsumerCost {
  instantiations: number;
  types: number;
  check: number;
  checkRange: { min: number; max: number };
  total: number;
}

/**
 * Type-checks both consumers of `count` operations of `spec` against `files`, `rounds` times each, alternating,
 * and returns the operations picked and each consumer's median cost.
 */
export async function compareConsumers(
  spec: SpecModel,
  files: ClientFiles,
  count: number,
  rounds: number,
): Promise<{ operations: Operation[]; cost: Record<Consumer, ConsumerCost> }> {
  const operations = pickOperations(spec.operations, count);
  const dir = await consumerProject(spec, operations, files);
  const runs: Record<Consumer, Diagnostics[]> = { '@cantila/client': [], 'openapi-fetch': [] };
  try {
    const order: Consumer[] = ['openapi-fetch', '@cantila/client'];
    for (let round = 0; round < rounds; round++) {
      for (const consumer of round % 2 === 0 ? order : [...order].reverse()) runs[consumer].push(await typecheck(dir, consumer));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const summary = (consumer: Consumer): ConsumerCost => ({
    instantiations: median(runs[consumer].map((r) => r.instantiations)),
    types: median(runs[consumer].map((r) => r.types)),
    check: median(runs[consumer].map((r) => r.checkSeconds)),
    checkRange: range(runs[consumer].map((r) => r.checkSeconds)),
    total: median(runs[consumer].map((r) => r.totalSeconds)),
  });
  return { operations, cost: { '@cantila/client': summary('@cantila/client'), 'openapi-fetch': summary('openapi-fetch') } };
}

/** Runs the benchmark and returns its report section. */
export async function typecheckCost(): Promise<Section> {
  await ensureClientBuilt();
  const files = { entry: clientBuild.entry, types: clientBuild.types, openapiFetchDir, schema: join(clientGeneratedDir, 'schema.ts') };
  const { operations, cost } = await compareConsumers(loadSpecModel(), files, settings.operations, settings.rounds);
  const summary = (consumer: Consumer): ConsumerCost => cost[consumer];
  const client = summary('@cantila/client');
  const plain = summary('openapi-fetch');
  const instantiationRatio = client.instantiations / plain.instantiations;
  const checkRatio = client.check / plain.check;
  const rows = (['openapi-fetch', '@cantila/client'] as const).map((consumer) => {
    const s = summary(consumer);
    return [
      consumer,
      num(s.instantiations),
      times(s.instantiations / plain.instantiations),
      num(s.types),
      num(s.check, 2),
      `${num(s.checkRange.min, 2)}–${num(s.checkRange.max, 2)}`,
      times(s.check / plain.check),
      num(s.total, 2),
    ];
  });
  return {
    title: 'Consumer type-check cost',
    method:
      `A consumer file calls the same ${settings.operations} operations (picked evenly across the bundled spec: ${operations.map((o) => `\`${o.key}\``).join(', ')}) ` +
      "with each one's required parameters and its example body, and keeps each result. One file goes through `@cantila/client` as a consumer installs it (the `index.d.ts` its tsdown config builds), " +
      'the other through plain `openapi-fetch` with `createClient<paths>()` over the same generated schema (packages/client/src/generated/schema.ts, as a declaration file). ' +
      "Both are generated into a temporary directory and checked by the workspace's `tsc` with the same options (strict, NodeNext, lib ES2022 + DOM, `skipLibCheck`, no emit); a consumer with a type error stops the benchmark. " +
      `\`tsc --extendedDiagnostics\` runs ${settings.rounds} times per consumer, alternating; instantiation and type counts are deterministic, times are the median (range in brackets).`,
    results: table(
      ['consumer', 'instantiations', 'vs openapi-fetch', 'types', 'check time (s)', 'range (s)', 'vs openapi-fetch', 'total tsc time (s)'],
      rows,
    ),
    verdicts: [
      {
        target: `instantiations through @cantila/client ≤ ${times(settings.target)} plain openapi-fetch`,
        measured: times(instantiationRatio),
        met: instantiationRatio <= settings.target,
      },
      {
        target: `check time through @cantila/client ≤ ${times(settings.target)} plain openapi-fetch`,
        measured: times(checkRatio),
        met: checkRatio <= settings.target,
      },
    ],
  };
}

runWhenMain(import.meta.url, typecheckCost);
