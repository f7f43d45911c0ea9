/** The spec model: an OpenAPI document read once into its operations and conventions. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Conventions, readConventions } from './conventions.ts';
import { SpecError } from './errors.ts';
import { type Operation, readOperations } from './operations.ts';
import { isObject, type Json, resolveRef } from './refs.ts';

// Named apart from `new URL(…)`: Vite rewrites `new URL('literal', import.meta.url)` into an http URL for a web
// environment (a jsdom test), which is no file.
const bundledSpecUrl = '../../../docs/openapi.json';
/** The monorepo's bundled spec (`pnpm bundle` writes it). */
export const bundledSpecPath = fileURLToPath(new URL(bundledSpecUrl, import.meta.url));

export interface SpecModel {
  /** The document as read, `$ref`s in place. */
  document: Json;
  operations: readonly Operation[];
  /** Read on first use: a document that lacks one (a lint fixture) still has its operations. */
  readonly conventions: Conventions;
  /** The operation `GET /projects/{project}`, or `undefined`. */
  operation(key: string): Operation | undefined;
  /** `value` with its `$ref`s followed (cycle-safe). */
  resolve<T = Json>(value: unknown): T;
}

/** Reads a parsed OpenAPI document. Throws a SpecError naming what is broken (a circular `$ref`, an operation with two scopes…). */
export function specModel(document: unknown): SpecModel {
  if (!isObject(document)) throw new SpecError('an OpenAPI document is a JSON object');
  const operations = readOperations(document);
  const byKey = new Map(operations.map((op) => [op.key, op]));
  let conventions: Conventions | undefined;
  return {
    document,
    operations,
    get conventions() {
      conventions ??= readConventions(document, operations);
      return conventions;
    },
    operation: (key) => byKey.get(key),
    resolve: (value) => resolveRef(document, value),
  };
}

/** Reads the bundled JSON spec at `path` (the monorepo's own by default). */
export function loadSpecModel(path: string = bundledSpecPath): SpecModel {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new SpecError(`cannot read the spec ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new SpecError(`the spec ${path} is not JSON (the bundle from \`pnpm bundle\` is): ${(error as Error).message}`);
  }
  return specModel(document);
}
