/**
 * `pnpm docs`: renders the bundled spec (docs/openapi.json) with Redocly into one self-contained HTML
 * page, docs/dist/index.html, that needs no network: Redoc is inlined, telemetry is off, and the one
 * image Redoc would fetch (the "API docs by Redocly" footer logo) is inlined as well.
 */
// @ts-nocheck

import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { bundledJson, docsHtml, repoRoot } from './lib/paths.ts';
import { exitOnError, mustRun } from './lib/tool.ts';

/** The page's `<title>`. */
export const pageTitle = 'Cantila API reference';

/** An SVG image as a `data:` URL, which the browser renders without a request. */
const svgUrl = (svg: string): string => `data:image/svg+xml,${encodeURIComponent(svg)}`;

const wordmark = (text: string, width: number, height: number, size: number, weight: number): string =>
  svgUrl(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
      `<text x="0" y="${Math.round(height * 0.78)}" font-family="system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif" ` +
      `font-size="${size}" font-weight="${weight}" fill="#0044d4">${text}</text></svg>`,
  );

/**
 * Redoc's options, passed whole as `--openapi <json>`: dot flags (`--openapi.x=y`) cannot express the
 * code-sample language list, and any `--openapi` flag replaces redocly.yaml's `openapi:` block anyway.
 */
export const redocOptions = {
  disableTelemetry: true,
  // The languages of the decorator's x-codeSamples (spec/plugins/samples.js), in this order; Redoc
  // shows a language only if it is listed here.
  codeSamples: { languages: [{ lang: 'curl' }, { lang: 'TypeScript' }] },
  // The product name at the top of the sidebar.
  apiLogo: { imageUrl: wordmark('Cantila API', 180, 36, 26, 700), altText: 'Cantila API', href: '#/' },
  jsonSamplesExpandLevel: 3,
  sortRequiredPropsFirst: true,
};

/**
 * Redoc's footer shows "API docs by" and Redocly's logo, fetched from its CDN after the page loads.
 * The image is replaced by an inline one that reads "Redocly", keeping the credit without the request.
 */
const footerLogos: ReadonlyMap<string, string> = new Map([
  ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', wordmark('Redocly', 52, 16, 12, 600)],
  ['https://cdn.redoc.ly/redoc/logo-mini.svg', wordmark('R', 12, 16, 12, 700)],
]);

/** Replaces the footer logo's CDN URLs by inline images; fails if a Redocly upgrade moved them. */
export function inlineFooterLogo(html: string): string {
  let page = html;
  for (const [url, inline] of footerLogos) {
    if (!page.includes(url)) {
      throw new Error(
        `docs: Redoc no longer references its footer logo at ${url}; find where it loads it now and inline that (scripts/docs.ts).`,
      );
    }
    page = page.split(url).join(inline);
  }
  return page;
}

/**
 * What in the page would make the browser load something by itself: external scripts, stylesheets,
 * preloads and images. Links a reader may click (`<a href>`) are not loads.
 */
export function externalLoads(html: string): string[] {
  const loads =
    /<(?:script|img|iframe|source)\b[^>]*\bsrc="(https?:)?\/\/[^"]*"|<link\b[^>]*\bhref="(https?:)?\/\/[^"]*"|\bimport\s*(?:[\w{}\s,*]+from\s*)?["'](https?:)?\/\/[^"']*["']/gi;
  return [...html.matchAll(loads)].map((match) => match[0]);
}

export interface DocsBuild {
  /** The page written. */
  file: string;
  bytes: number;
  /** Wall-clock time of the whole build, Redocly included. */
  ms: number;
}

/** Renders `spec` (default: the bundled docs/openapi.json) into the page `out`. */
export async function buildDocs(out = docsHtml, spec = bundledJson): Promise<DocsBuild> {
  const started = performance.now();
  await mkdir(dirname(out), { recursive: true });
  await mustRun('redocly', [
    'build-docs',
    spec,
    '--output',
    out,
    '--title',
    pageTitle,
    '--inlineBundle',
    '--openapi',
    JSON.stringify(redocOptions),
  ]);
  const html = inlineFooterLogo(await readFile(out, 'utf8'));
  const loads = externalLoads(html);
  if (loads.length > 0) throw new Error(`docs: ${relative(repoRoot, out)} would load from the network:\n${loads.join('\n')}`);
  await writeFile(out, html);
  return { file: out, bytes: (await stat(out)).size, ms: performance.now() - started };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildDocs()
    .then(({ file, bytes, ms }) => {
      console.log(
        `built ${relative(repoRoot, file)}: ${(bytes / 1024 / 1024).toFixed(2)} MB, self-contained, in ${(ms / 1000).toFixed(1)} s`,
      );
    })
    .catch(exitOnError);
}
