/**
 * Generates @cantila/client's committed sources from the bundled spec:
 * - src/generated/schema.ts: the types of every path, operation and schema (openapi-typescript);
 * - src/generated/operations.ts: each operation's required scope and whether it takes an Idempotency-Key;
 * - src/generated/conventions.ts: the act-as header and its pattern, the scopes in nesting order, and the
 *   status of each error code, for the client's runtime checks;
 * - src/generated/parameters.ts: every path parameter's pattern, which the client checks before sending.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { bundledJson, clientGeneratedDir } from './lib/paths.ts';
import { deref, listOperations, type Spec } from './lib/operations.ts';
import { exitOnError } from './lib/tool.ts';

const header = '// Generated from docs/openapi.json by scripts/generate.ts (`pnpm generate`). Do not edit.\n';

async function schemaSource(spec: Spec): Promise<string> {
  // defaultNonNullable: false — a property with a `default` (DeployCreate.clear_build_cache, …) is one
  // the caller may leave out; openapi-typescript's default makes it required in `$ref`'d request bodies.
  const ast = await openapiTS(spec as Parameters<typeof openapiTS>[0], { alphabetize: false, rootTypes: false, defaultNonNullable: false });
  return `${header}\n${astToString(ast)}`;
}

function operationsSource(spec: Spec): string {
  const entries = listOperations(spec).map((op) => {
    const scope = op.scope === null ? 'null' : `'${op.scope}'`;
    return `  '${op.key}': { scope: ${scope}${op.acceptsIdempotencyKey ? ', idempotencyKey: true' : ''} },`;
  });
  return `${header}
/** Every operation of the API: the scope it requires (\`null\`: public), and \`idempotencyKey: true\` if it takes an \`Idempotency-Key\`. */
export const operations = {
${entries.join('\n')}
} as const;
`;
}

/** Lists `found` as `what`, after checking that it names exactly the values of `enumValues`. */
function sameSet(what: string, found: string[], enumValues: string[]): string[] {
  if (found.length !== enumValues.length || !enumValues.every((value) => found.includes(value))) {
    throw new Error(`${what} names ${found.join(', ') || 'nothing'}; the enum is ${enumValues.join(', ')}`);
  }
  return found;
}

function conventionsSource(spec: Spec): string {
  const actAs = deref(spec, spec.components.parameters.ActAs);
  const { Scope, ErrorCode } = spec.components.schemas;
  // The nesting is stated in Scope's description (`read` ⊂ `deploy` ⊂ `admin`), not by the enum's order.
  const nesting = /`[a-z]+`(?: ⊂ `[a-z]+`)+/.exec(Scope.description)?.[0] ?? '';
  const scopes = sameSet(
    "Scope's description (its `a` ⊂ `b` chain)",
    nesting
      .split(' ⊂ ')
      .filter(Boolean)
      .map((s) => s.slice(1, -1)),
    Scope.enum,
  );
  // ErrorCode's description is the table of each code's status: | `bad_request` | 400 | … |
  const rows = [...String(ErrorCode.description).matchAll(/^\|\s*`([a-z_]+)`\s*\|\s*(\d{3})\s*\|/gm)];
  sameSet(
    "ErrorCode's description table",
    rows.map((row) => row[1]!),
    ErrorCode.enum,
  );
  const statuses = rows.map(([, code, status]) => `${code}: ${status}`).join(', ');
  return `${header}
/** The act-as header (the \`ActAs\` parameter): its name, and the pattern a sub-account handle matches. */
export const actAs = { header: '${actAs.name}', pattern: /${actAs.schema.pattern.replace(/\//g, '\\/')}/ } as const;

/** The scopes (the \`Scope\` schema), narrowest first: each one includes those before it. */
export const scopes = [${scopes.map((s) => `'${s}'`).join(', ')}] as const;

/** Each error code (the \`ErrorCode\` schema) and the status it comes with, from its description's table. */
export const errorStatuses = { ${statuses} } as const;
`;
}

// ── Path parameters: the client refuses a value its pattern rejects, before any request is sent. ──

/** Values that would move a request to another path once URL parsing collapses dot segments (even percent-encoded). */
const pathEscapes = ['', '.', '..'];

/**
 * Each path parameter's pattern by name. Throws when a path parameter has no pattern, when its pattern
 * admits `''`, `.` or `..`, or when two operations give one name two patterns.
 */
function pathParametersSource(spec: Spec): string {
  const patterns = new Map<string, string>();
  for (const operation of listOperations(spec)) {
    const pathItem = spec.paths[operation.path];
    for (const parameter of [...(pathItem.parameters ?? []), ...(operation.spec.parameters ?? [])].map((p) => deref(spec, p))) {
      if (parameter.in !== 'path') continue;
      const pattern: unknown = deref(spec, parameter.schema)?.pattern;
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
  const spec = JSON.parse(await readFile(specPath, 'utf8')) as Spec;
  return new Map([
    [join(clientGeneratedDir, 'schema.ts'), await schemaSource(spec)],
    [join(clientGeneratedDir, 'operations.ts'), operationsSource(spec)],
    [join(clientGeneratedDir, 'conventions.ts'), conventionsSource(spec)],
    [join(clientGeneratedDir, 'parameters.ts'), pathParametersSource(spec)],
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
