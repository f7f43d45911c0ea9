/**
 * Generates @cantila/client's committed sources from the bundled spec:
 * - src/generated/schema.ts: the types of every path, operation and schema (openapi-typescript);
 * - src/generated/operations.ts: each operation's required scope and whether it takes an Idempotency-Key;
 * - src/generated/conventions.ts: the act-as header and its pattern, the scopes in nesting order, the
 *   status of each error code and the code of each error reason, for the client's runtime checks.
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
  const { Scope, ErrorCode, ErrorReason, Handle } = spec.components.schemas;
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
  const reasonCodes: Record<string, string> = ErrorReason['x-cantila-code'] ?? {};
  const reasons = sameSet("ErrorReason's x-cantila-code", Object.keys(reasonCodes), ErrorReason.enum);
  const unknown = reasons.filter((reason) => !ErrorCode.enum.includes(reasonCodes[reason]));
  if (unknown.length > 0) throw new Error(`ErrorReason's x-cantila-code maps ${unknown.join(', ')} to no ErrorCode`);
  return `${header}
/** The act-as header (the \`ActAs\` parameter): its name, and the pattern a sub-account handle matches (the \`Handle\` schema). */
export const actAs = { header: '${actAs.name}', pattern: /${Handle.pattern.replace(/\//g, '\\/')}/ } as const;

/** The scopes (the \`Scope\` schema), narrowest first: each one includes those before it. */
export const scopes = [${scopes.map((s) => `'${s}'`).join(', ')}] as const;

/** Each error code (the \`ErrorCode\` schema) and the status it comes with, from its description's table. */
export const errorStatuses = { ${statuses} } as const;

/** Each error reason (the \`ErrorReason\` schema) and the error code it belongs to (its \`x-cantila-code\`). */
export const errorReasons = { ${reasons.map((reason) => `${reason}: '${reasonCodes[reason]}'`).join(', ')} } as const;
`;
}

/** Renders the generated files from the bundled spec, keyed by absolute path; writes nothing. */
export async function renderGenerated(specPath = bundledJson): Promise<Map<string, string>> {
  const spec = JSON.parse(await readFile(specPath, 'utf8')) as Spec;
  return new Map([
    [join(clientGeneratedDir, 'schema.ts'), await schemaSource(spec)],
    [join(clientGeneratedDir, 'operations.ts'), operationsSource(spec)],
    [join(clientGeneratedDir, 'conventions.ts'), conventionsSource(spec)],
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
