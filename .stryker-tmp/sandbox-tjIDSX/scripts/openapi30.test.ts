// @ts-nocheck
import { readFile } from 'node:fs/promises';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { loadSpecModel } from '@cantila/spec-model';
import { bundledJson30, bundledYaml30 } from './lib/paths.ts';
import { renderOpenApi30, toOpenApi30 } from './openapi30.ts';

const model = loadSpecModel();
const bundle = model.document;
const stale = 'is stale: run `pnpm bundle` and commit the result';

describe('the OpenAPI 3.0 artifact', () => {
  it('docs/openapi.3.0.json and .yaml are the committed 3.1 bundle converted, and validate as OpenAPI 3.0', async () => {
    const fresh = await renderOpenApi30(bundle);
    expect(await readFile(bundledJson30, 'utf8'), `docs/openapi.3.0.json ${stale}`).toBe(fresh.json);
    expect(await readFile(bundledYaml30, 'utf8'), `docs/openapi.3.0.yaml ${stale}`).toBe(fresh.yaml);
    expect(JSON.parse(fresh.json).openapi).toBe('3.0.3');
  });

  it('the validator rejects what 3.0 cannot say: the 3.1 bundle labelled 3.0.3', async () => {
    const result = await new Validator().validate({ ...structuredClone(bundle), openapi: '3.0.3' });
    expect(result.valid).toBe(false);
  });

  it("keeps every operation's scope, as x-required-scope, with security requirements 3.0 allows", () => {
    const converted = toOpenApi30(bundle);
    for (const operation of model.operations) {
      const copy = converted.paths[operation.path][operation.method];
      expect(copy['x-required-scope'], operation.key).toBe(operation.scope ?? undefined);
      for (const requirement of copy.security ?? []) expect(Object.values(requirement).flat(), operation.key).toEqual([]);
    }
  });

  it('says "X or null" with nullable', () => {
    const { schemas } = toOpenApi30(bundle).components;
    expect(schemas.Incident.properties.acknowledged_by).toMatchObject({ nullable: true, allOf: [{ $ref: '#/components/schemas/Actor' }] });
    expect(JSON.stringify(schemas)).not.toContain('"null"');
  });
});
