/**
 * Client size: min+gzip of what an app calling @cantila/client's createClient ships (openapi-fetch
 * bundled in) vs openapi-fetch alone, axios for context; the budget is the packaging test's.
 * `pnpm tsx scripts/bench/client-size.ts`
 */
import { readFileSync } from 'node:fs';
import { version as esbuildVersion } from 'esbuild';
import { bundleSize, runtimeBudgetBytes, runtimeOf, sizeMethod } from '../../packages/client/test/support/runtime-size.ts';
import { repoRoot } from '../lib/paths.ts';
import { clientBuild, clientDir, ensureClientBuilt, openapiFetchDir } from './lib/client-package.ts';
import { num, runWhenMain, table, type Section } from './lib/report.ts';

const openapiFetchVersion = (JSON.parse(readFileSync(`${openapiFetchDir}/package.json`, 'utf8')) as { version: string }).version;

const kB = (bytes: number): string => num(bytes / 1000, 2);

/** Runs the benchmark and returns its report section. */
export async function clientSize(): Promise<Section> {
  await ensureClientBuilt();
  const rows = [
    {
      name: '@cantila/client',
      what: 'createClient with openapi-fetch bundled in: what an app ships',
      ...(await runtimeOf(clientBuild.entry, clientDir)),
    },
    {
      name: '@cantila/client, own code',
      what: 'createClient with openapi-fetch left external: what the wrapper adds',
      ...(await runtimeOf(clientBuild.entry, clientDir, ['openapi-fetch'])),
    },
    {
      name: `openapi-fetch ${openapiFetchVersion}`,
      what: 'its createClient alone',
      ...(await bundleSize("export { default } from 'openapi-fetch';", clientDir)),
    },
    {
      name: 'axios',
      what: "`import axios from 'axios'` (browser build), for context",
      ...(await bundleSize("export { default } from 'axios';", repoRoot)),
    },
  ];
  const client = rows[0]!;
  return {
    title: 'Client size',
    method:
      `esbuild ${esbuildVersion}: ${sizeMethod}. @cantila/client is its ESM entry as its own tsdown config builds it (the file its \`publishConfig\` exports as \`import\`); ` +
      'the budget is the one packages/client/test/package.test.ts holds on the packed package. 1 kB = 1 000 bytes.',
    results: table(
      ['bundle', 'what', 'min (kB)', 'min+gzip (kB)', 'min+gzip (bytes)'],
      rows.map((r) => [r.name, r.what, kB(r.minBytes), kB(r.gzipBytes), num(r.gzipBytes)]),
    ),
    verdicts: [
      {
        target: `@cantila/client runtime (openapi-fetch included) min+gzip ≤ ${kB(runtimeBudgetBytes)} kB`,
        measured: `${kB(client.gzipBytes)} kB (${num(client.gzipBytes)} bytes)`,
        met: client.gzipBytes <= runtimeBudgetBytes,
      },
    ],
  };
}

runWhenMain(import.meta.url, clientSize);
