/**
 * The OpenAPI 3.0 artifact (docs/openapi.3.0.json and .yaml), derived from the 3.1 bundle for the tools
 * that read only 3.0 (code generators for other languages, API gateways). @apiture/openapi-down-convert
 * does the schema work (type arrays → `nullable`, `const` → one-value `enum`, keywords 3.0 lacks
 * removed); what it leaves that 3.0 forbids is mapped here, each step saying why. The result is
 * validated against the OpenAPI 3.0 schema (@seriousme/openapi-schema-validator).
 */
// @ts-nocheck

import { Converter } from '@apiture/openapi-down-convert';
import { Validator } from '@seriousme/openapi-schema-validator';
import { stringify } from 'yaml';
import { loadSpecModel, specModel } from '@cantila/spec-model';
import { bundledJson } from './lib/paths.ts';

// The converter's output is walked and edited field by field.
type Json = Record<string, any>;

/**
 * `oneOf: [X, {type: 'null'}]` (3.1's "X or null"; 3.0 has no null type) becomes `allOf: [X]` with
 * `nullable: true`, the 3.0 way to say the same; with several other branches, they stay a `oneOf`.
 */
function mapNullBranches(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  for (const value of Object.values(node)) mapNullBranches(value);
  const schema = node as Json;
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const branches: Json[] | undefined = schema[keyword];
    if (!Array.isArray(branches) || !branches.some((branch) => branch?.type === 'null')) continue;
    const rest = branches.filter((branch) => branch?.type !== 'null');
    delete schema[keyword];
    if (rest.length === 1) schema.allOf = rest;
    else schema[keyword] = rest;
    schema.nullable = true;
  }
}

/** The 3.0 document for a 3.1 bundle. */
export function toOpenApi30(bundle: Json): Json {
  const spec = new Converter(structuredClone(bundle), { verbose: false }).convert() as Json;
  mapNullBranches(spec.components);
  mapNullBranches(spec.paths);
  // 3.0 has no dialect and no info.summary; the summary leads the description instead.
  delete spec.jsonSchemaDialect;
  if (spec.info.summary) {
    spec.info.description = `${spec.info.summary}\n\n${spec.info.description ?? ''}`.trimEnd();
    delete spec.info.summary;
  }
  // 3.0 allows scopes in a security requirement only for OAuth2 and OpenID Connect schemes; ours name
  // a role on a bearer key and a cookie. The requirement keeps its schemes with empty lists, and the
  // scope moves to `x-required-scope` on the operation.
  for (const operation of specModel(bundle).operations) {
    const converted = spec.paths[operation.path][operation.method];
    if (!operation.scope) continue;
    converted.security = converted.security.map((requirement: Record<string, string[]>) =>
      Object.fromEntries(Object.keys(requirement).map((scheme) => [scheme, []])),
    );
    converted['x-required-scope'] = operation.scope;
  }
  return spec;
}

export interface OpenApi30 {
  json: string;
  yaml: string;
}

/** Both texts of the 3.0 artifact, after checking the document against the OpenAPI 3.0 schema. */
export async function renderOpenApi30(bundle: Json = loadSpecModel(bundledJson).document): Promise<OpenApi30> {
  const spec = toOpenApi30(bundle);
  const result = await new Validator().validate(structuredClone(spec));
  if (!result.valid) {
    const errors = Array.isArray(result.errors)
      ? result.errors.map((e) => `${e.instancePath || '(root)'}: ${e.message}`)
      : [String(result.errors)];
    throw new Error(`the OpenAPI 3.0 artifact is not valid 3.0:\n  ${[...new Set(errors)].join('\n  ')}`);
  }
  return { json: `${JSON.stringify(spec, null, 2)}\n`, yaml: stringify(spec, { lineWidth: 0 }) };
}
