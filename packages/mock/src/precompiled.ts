/**
 * What Prism needs of a spec, precompiled at build time (build.ts writes it beside the bundled spec as
 * `openapi.prism.json`) so the packaged mock does not dereference and transform the spec at every
 * start. Used only when it was made from the very bytes of the spec being served; otherwise it is
 * computed from the spec as `prism mock` does.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { getHttpOperationsFromSpec } from '@stoplight/prism-http';
import { type Packed, pack, unpack } from './shared-json.ts';

type Operations = Awaited<ReturnType<typeof getHttpOperationsFromSpec>>;

/** Prism's view of a spec. */
export interface PrismSpec {
  /** Prism's operation table (dereferenced, one bundled document per operation). */
  operations: Operations;
  /** The spec's root `x-json-schema-faker` options for dynamic responses. */
  fakerOptions: Record<string, unknown>;
}

/** What build.ts writes. */
export interface PrecompiledPrismSpec {
  /** SHA-256 (hex) of the spec file it was made from. */
  specSha256: string;
  /** The `PrismSpec`, packed: its repeated schemas once (shared-json.ts). */
  prism: Packed;
}

/** The file name that follows the spec's, without its `.json`: `openapi.json` → `openapi.prism.json`. */
export const precompiledSuffix = '.prism.json';

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Prism's view of the spec whose file holds `bytes`, computed. */
async function compilePrismSpec(specPath: string, bytes: Buffer): Promise<PrismSpec> {
  const root = JSON.parse(bytes.toString('utf8')) as { 'x-json-schema-faker'?: Record<string, unknown> };
  return { operations: await getHttpOperationsFromSpec(specPath), fakerOptions: root['x-json-schema-faker'] ?? {} };
}

/** What build.ts writes for the spec whose file at `specPath` holds `bytes`. */
export async function precompile(specPath: string, bytes: Buffer): Promise<PrecompiledPrismSpec> {
  return { specSha256: sha256(bytes), prism: pack(await compilePrismSpec(specPath, bytes)) };
}

async function readPrecompiled(specPath: string): Promise<PrecompiledPrismSpec | undefined> {
  if (!specPath.endsWith('.json')) return undefined;
  try {
    // Decoded from a Buffer: readFile(…, 'utf8') decodes in chunks, slower by half a second at 19 MB.
    const bytes = await readFile(`${specPath.slice(0, -'.json'.length)}${precompiledSuffix}`);
    return JSON.parse(bytes.toString('utf8')) as PrecompiledPrismSpec;
  } catch {
    return undefined;
  }
}

/** Prism's view of the spec at `specPath`: the precompiled one when it was made from this spec byte for byte. */
export async function loadPrismSpec(specPath: string): Promise<PrismSpec> {
  const [bytes, precompiled] = await Promise.all([readFile(specPath), readPrecompiled(specPath)]);
  if (precompiled?.specSha256 === sha256(bytes)) {
    try {
      return unpack(precompiled.prism) as PrismSpec;
    } catch {
      // A damaged table is only a lost shortcut.
    }
  }
  return compilePrismSpec(specPath, bytes);
}
