/**
 * Generates @cantila/client's committed sources from the bundled spec:
 * - src/generated/schema.ts: the types of every path, operation and schema (openapi-typescript);
 * - src/generated/operations.ts: each operation's required scope and whether it takes an Idempotency-Key;
 * - src/generated/conventions.ts: the act-as header and its pattern, the scopes in nesting order, the
 *   status of each error code and the code of each error reason, for the client's runtime checks;
 * - src/generated/parameters.ts: every path parameter's pattern, which the client checks before sending.
 * Everything but the types is read through @cantila/spec-model, as every other tool reads the spec.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type SpecModel, specModel } from '@cantila/spec-model';
import openapiTS, { astToString } from 'openapi-typescript';
import { bundledJson, clientGeneratedDir } from './lib/paths.ts';
import { exitOnError } from './lib/tool.ts';

const header = '// Generated from docs/openapi.json by scripts/generate.ts (`pnpm generate`). Do not edit.\n';

async function schemaSource(model: SpecModel): Promise<string> {
  // defaultNonNullable: false — a property with a `default` (DeployCreate.clear_build_cache, …) is one
  // the caller may leave out; openapi-typescript's default makes it required in `$ref`'d request bodies.
  const ast = await openapiTS(model.document as unknown as Parameters<typeof openapiTS>[0], {
    alphabetize: false,
    rootTypes: false,
    defaultNonNullable: false,
  });
  return `${header}\n${astToString(ast)}`;
}

/** The operation map; a deprecated operation's entry also carries `deprecated: {sunset, replacement}`. */
export function operationsSource(model: SpecModel): string {
  const entries = model.operations.map((op) => {
    const scope = op.scope === null ? 'null' : `'${op.scope}'`;
    const deprecated = op.deprecated
      ? `, deprecated: { sunset: ${JSON.stringify(op.raw['x-sunset'])}, replacement: ${JSON.stringify(op.raw['x-replacement'])} }`
      : '';
    return `  '${op.key}': { scope: ${scope}${op.takesIdempotencyKey ? ', idempotencyKey: true' : ''}${deprecated} },`;
  });
  const deprecated = model.operations
    .filter((op) => op.deprecated)
    .map(
      (op) => `  '${op.key}': { sunset: ${JSON.stringify(op.raw['x-sunset'])}, replacement: ${JSON.stringify(op.raw['x-replacement'])} },`,
    );
  return `${header}
/** Every operation of the API: the scope it requires (\`null\`: public), and \`idempotencyKey: true\` if it takes an \`Idempotency-Key\`. */
export const operations = {
${entries.join('\n')}
} as const;

// Apart from the map above, so that an app calling the API does not ship every scope.

/** The deprecated operations, with their sunset date and replacement. */
export const deprecatedOperations: Readonly<Record<string, { sunset: string; replacement: string }>> = {
${deprecated.join('\n')}
};
`;
}

/**
 * The methods whose operations take an `Idempotency-Key` (lint makes it every POST): what the client
 * decides by, so that its runtime does not grow with the number of operations. Throws when a method's
 * operations disagree, which a rule by method cannot say.
 */
function idempotencyKeyMethods(model: SpecModel): string[] {
  const methods = new Set(model.operations.filter((op) => op.takesIdempotencyKey).map((op) => op.method.toUpperCase()));
  const odd = model.operations.filter((op) => methods.has(op.method.toUpperCase()) && !op.takesIdempotencyKey).map((op) => op.key);
  if (odd.length > 0)
    throw new Error(
      `${odd.join(', ')} take no Idempotency-Key while other operations of their method do: the client decides by method, so give every one of them the IdempotencyKey parameter`,
    );
  return [...methods];
}

function conventionsSource(model: SpecModel): string {
  const { actAs, scopes, errorStatuses } = model.conventions;
  if (actAs.pattern === undefined) throw new Error('components.schemas.Handle needs a pattern: the client checks act-as handles with it');
  const statuses = [...errorStatuses].map(([code, status]) => `${code}: ${status}`).join(', ');
  return `${header}
/** The act-as header (the \`ActAs\` parameter): its name, and the pattern a sub-account handle matches (the \`Handle\` schema). */
export const actAs = { header: '${actAs.header}', pattern: /${actAs.pattern.replace(/\//g, '\\/')}/ } as const;

/** The scopes (the \`Scope\` enum, in its order), narrowest first: each one includes those before it. */
export const scopes = [${scopes.map((s) => `'${s}'`).join(', ')}] as const;

/** Each error code (the \`ErrorCode\` enum) and the status it comes with (its \`x-cantila-status\`). */
export const errorStatuses = { ${statuses} } as const;

/** The methods whose every operation takes an \`Idempotency-Key\`: the client makes one for each such call that has none. */
export const idempotencyKeyMethods: ReadonlySet<string> = new Set([${idempotencyKeyMethods(model)
    .map((m) => `'${m}'`)
    .join(', ')}]);
`;
}

// ── Path parameters: the client refuses a value its pattern rejects, before any request is sent. ──

/** Values that would move a request to another path once URL parsing collapses dot segments (even percent-encoded). */
const pathEscapes = ['', '.', '..'];

/**
 * Each path parameter's pattern by name. Throws when a path parameter has no pattern, when its pattern
 * admits `''`, `.` or `..`, or when two operations give one name two patterns.
 */
function pathParametersSource(model: SpecModel): string {
  const patterns = new Map<string, string>();
  for (const operation of model.operations) {
    for (const parameter of operation.parameters) {
      if (parameter.in !== 'path') continue;
      const pattern: unknown = (parameter.schema as { pattern?: unknown }).pattern;
      const where = `${operation.key}: path parameter ${parameter.name}`;
      if (typeof pattern !== 'string') throw new Error(`${where} has no pattern; give its schema one that excludes '', '.' and '..'`);
      const admitted = pathEscapes.filter((value) => new RegExp(pattern, 'u').test(value));
      if (admitted.length > 0) throw new Error(`${where}: its pattern ${pattern} admits ${admitted.map((v) => `'${v}'`).join(', ')}`);
      const known = patterns.get(parameter.name);
      if (known !== undefined && known !== pattern) throw new Error(`${where} has the pattern ${pattern}, elsewhere ${known}`);
      patterns.set(parameter.name, pattern);
    }
  }
  const entries = [...patterns].map(([name, pattern]) => `  ${name}: /${pattern.replace(/\//g, '\\/')}/,`);
  return `${header}
/** Each path parameter's pattern (its schema's), by name: the client refuses a value that does not match before sending anything. */
export const pathParameters: Readonly<Record<string, RegExp>> = {
${entries.join('\n')}
};
`;
}

/** Renders the generated files from the bundled spec, keyed by absolute path; writes nothing. */
export async function renderGenerated(specPath = bundledJson): Promise<Map<string, string>> {
  const model = specModel(JSON.parse(await readFile(specPath, 'utf8')));
  return new Map([
    [join(clientGeneratedDir, 'schema.ts'), await schemaSource(model)],
    [join(clientGeneratedDir, 'operations.ts'), operationsSource(model)],
    [join(clientGeneratedDir, 'conventions.ts'), conventionsSource(model)],
    [join(clientGeneratedDir, 'parameters.ts'), pathParametersSource(model)],
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  renderGenerated()
    .then(async (files) => {
      await mkdir(clientGeneratedDir, { recursive: true });
      for (const [path, text] of files) await writeFile(path, text);
      console.log(`generated ${[...files.keys()].map((p) => p.slice(p.indexOf('packages/'))).join(', ')}`);
    })
    .catch(exitOnError);
}
