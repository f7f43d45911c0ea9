/**
 * Client size: min+gzip of @cantila/client's runtime entry (with openapi-fetch bundled in, as a
 * consumer ships it) vs openapi-fetch alone, axios for context. esbuild bundles, zlib gzips.
 * `pnpm tsx scripts/bench/client-size.ts`
 */
// @ts-nocheck

import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { build, version as esbuildVersion, type BuildOptions } from 'esbuild';
import { repoRoot } from '../lib/paths.ts';
import { clientBuild, ensureClientBuilt, openapiFetchDir } from './lib/client-package.ts';
import { num, runWhenMain, table, type Section } from './lib/report.ts';

const targetBytes = 8_000;
const gzipLevel = 9;

const common: BuildOptions = {
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  logLevel: 'silent',
  legalComments: 'none',
};

export interface Measured {
  name: string;
  what: string;
  minBytes: number;
  gzipBytes: number;
}

export async function measure(name: string, what: string, options: BuildOptions): Promise<Measured> {
  const result = await build({ ...common, ...options });
  const code = result.outputFiles?.[0]?.contents;
  if (!code) throw new Error(`esbuild produced no output for ${name}`);
  return { name, what, minBytes: code.byteLength, gzipBytes: gzipSync(code, { level: gzipLevel }).byteLength };
}

const openapiFetchVersion = (JSON.parse(readFileSync(`${openapiFetchDir}/package.json`, 'utf8')) as { version: string }).version;

const kB = (bytes: number): string => num(bytes / 1000, 2);

/** Runs the benchmark and returns its report section. */
export async function clientSize(): Promise<Section> {
  await ensureClientBuilt();
  const rows = [
    await measure('@cantila/client', 'index.js with openapi-fetch bundled in: what a consumer ships', { entryPoints: [clientBuild.entry] }),
    await measure('@cantila/client, own code', 'index.js with openapi-fetch left external: what the wrapper adds', {
      entryPoints: [clientBuild.entry],
      external: ['openapi-fetch'],
    }),
    await measure(`openapi-fetch ${openapiFetchVersion}`, 'its ESM entry alone', { entryPoints: [`${openapiFetchDir}/dist/index.mjs`] }),
    await measure('axios', "`import axios from 'axios'` (browser build), for context", {
      stdin: { contents: "export { default } from 'axios';", resolveDir: repoRoot, loader: 'js' },
    }),
  ];
  const client = rows[0]!;
  return {
    title: 'Client size',
    method:
      `esbuild ${esbuildVersion} bundles each entry for the browser (ESM, es2022, minified, tree-shaken, legal comments dropped; every export of the entry kept), ` +
      `and node:zlib gzips the result at level ${gzipLevel}. @cantila/client is measured from its ESM entry as its own tsdown config builds it (the file its \`publishConfig\` exports as \`import\`). 1 kB = 1 000 bytes.`,
    results: table(
      ['bundle', 'what', 'min (kB)', 'min+gzip (kB)', 'min+gzip (bytes)'],
      rows.map((r) => [r.name, r.what, kB(r.minBytes), kB(r.gzipBytes), num(r.gzipBytes)]),
    ),
    verdicts: [
      {
        target: `@cantila/client runtime (openapi-fetch included) min+gzip ≤ ${kB(targetBytes)} kB`,
        measured: `${kB(client.gzipBytes)} kB (${num(client.gzipBytes)} bytes)`,
        met: client.gzipBytes <= targetBytes,
      },
    ],
  };
}

runWhenMain(import.meta.url, clientSize);
