/**
 * The client runtime's size as an app ships it: esbuild bundles `export { createClient } from <the
 * client>` for the browser (ESM, es2022, minified, tree-shaken, legal comments dropped), openapi-fetch
 * included, and node:zlib gzips it at level 9. The packaging test holds the budget; `pnpm bench` reports it.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The budget for what an app calling `createClient` ships, min+gzip, openapi-fetch included (issue 14: under 9 kB). */
export const runtimeBudgetBytes = 9_000;

export const sizeMethod =
  'esbuild bundles the module for the browser (ESM, es2022, minified, tree-shaken, legal comments dropped) and node:zlib gzips it at level 9';

export interface BundleSize {
  minBytes: number;
  gzipBytes: number;
}

/** The size of `contents` (an ES module, its imports resolved from `resolveDir`) bundled and gzipped; `external` imports left out. */
export async function bundleSize(contents: string, resolveDir: string, external: string[] = []): Promise<BundleSize> {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
    external,
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error(`esbuild produced no output for ${contents}`);
  return { minBytes: code.byteLength, gzipBytes: gzipSync(code, { level: 9 }).byteLength };
}

/** What an app that calls the API ships: `createClient` from `client` (a package name or a built entry's path) and all it reaches. */
export const runtimeOf = (client: string, resolveDir: string, external?: string[]): Promise<BundleSize> =>
  bundleSize(`export { createClient } from ${JSON.stringify(client)};`, resolveDir, external);
