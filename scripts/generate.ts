/**
 * Generates @cantila/client's committed sources from the bundled spec:
 * - src/generated/schema.ts: the types of every path, operation and schema (openapi-typescript);
 * - src/generated/operations.ts: each operation's required scope and whether it takes an Idempotency-Key.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { bundledJson, clientGeneratedDir } from './lib/paths.ts';
import { listOperations, type Spec } from './lib/operations.ts';
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
    return `  '${op.key}': { operationId: '${op.operationId}', scope: ${scope}, idempotencyKey: ${op.acceptsIdempotencyKey} },`;
  });
  return `${header}
/** Every operation of the API: its operationId, the scope it requires (\`null\`: public) and whether it takes an \`Idempotency-Key\`. */
export const operations = {
${entries.join('\n')}
} as const;
`;
}

/** Renders the generated files from the bundled spec, keyed by absolute path; writes nothing. */
export async function renderGenerated(specPath = bundledJson): Promise<Map<string, string>> {
  const spec = JSON.parse(await readFile(specPath, 'utf8')) as Spec;
  return new Map([
    [join(clientGeneratedDir, 'schema.ts'), await schemaSource(spec)],
    [join(clientGeneratedDir, 'operations.ts'), operationsSource(spec)],
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
