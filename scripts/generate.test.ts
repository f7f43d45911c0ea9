import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledSpecPath } from '@cantila/spec-model';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderGenerated } from './generate.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cantila-generate-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The client's generated `file` (conventions.ts, operations.ts) from the bundled spec as `change` leaves it. */
async function generated(file: string, change: (spec: any) => void): Promise<string> {
  const spec = JSON.parse(readFileSync(bundledSpecPath, 'utf8'));
  change(spec);
  const path = join(dir, `${Math.random()}.json`);
  await writeFile(path, JSON.stringify(spec));
  const files = await renderGenerated(path);
  return [...files].find(([name]) => name.endsWith(file))![1];
}

describe("the client's conventions, read from the spec", () => {
  it('takes the act-as header from the ActAs parameter and its pattern from the Handle schema', async () => {
    const source = await generated('conventions.ts', (spec) => {
      spec.components.parameters.ActAs.name = 'X-Act-As';
      spec.components.schemas.Handle.pattern = '^[a-z]{1,8}/?$';
    });
    expect(source).toContain("export const actAs = { header: 'X-Act-As', pattern: /^[a-z]{1,8}\\/?$/ } as const;");
  });

  it("nests the scopes in the Scope enum's order, as the mock ranks them", async () => {
    const source = await generated('conventions.ts', (spec) => {
      spec.components.schemas.Scope.enum = ['admin', 'read', 'deploy'];
    });
    expect(source).toContain("export const scopes = ['admin', 'read', 'deploy'] as const;");
  });

  it("takes each error code's status from ErrorCode's x-cantila-status, and stops when a code has none", async () => {
    const source = await generated('conventions.ts', () => {});
    expect(source).toContain(
      'export const errorStatuses = { bad_request: 400, unauthenticated: 401, forbidden: 403, not_found: 404, method_not_allowed: 405,',
    );
    const missing = generated('conventions.ts', (spec) => {
      delete spec.components.schemas.ErrorCode['x-cantila-status'].conflict;
    });
    await expect(missing).rejects.toThrow("ErrorCode's x-cantila-status gives no HTTP status (100–599) to conflict");
  });
});

describe('which calls get an Idempotency-Key', () => {
  it('is decided by method, read from the operations that take one, and stops when a method is split', async () => {
    expect(await generated('conventions.ts', () => {})).toContain(
      "export const idempotencyKeyMethods: ReadonlySet<string> = new Set(['POST']);",
    );
    const split = generated('conventions.ts', (spec) => {
      const post = spec.paths['/alerts'].post;
      post.parameters = post.parameters.filter((p: { $ref?: string }) => p.$ref !== '#/components/parameters/IdempotencyKey');
    });
    await expect(split).rejects.toThrow('POST /alerts take no Idempotency-Key while other operations of their method do');
  });
});

describe("the client's operation map", () => {
  it("gives an operation without security of its own the document's root security", async () => {
    const source = await generated('operations.ts', (spec) => {
      spec.security = [{ bearerAuth: ['read'] }];
      delete spec.paths['/me'].get.security;
    });
    expect(source).toContain("'GET /me': { scope: 'read' },");
  });

  it('stops with the chain of a circular $ref instead of looping', async () => {
    const circular = generated('operations.ts', (spec) => {
      spec.components.parameters.ActAs = { $ref: '#/components/parameters/Loop' };
      spec.components.parameters.Loop = { $ref: '#/components/parameters/ActAs' };
    });
    await expect(circular).rejects.toThrow(/^\$ref #\/components\/parameters\/(ActAs|Loop) → .* goes round in a circle$/);
  });
});

describe("the client's path parameter patterns, read from the spec", () => {
  it("lists every path parameter's pattern by name", async () => {
    const source = await generated('parameters.ts', () => {});
    expect(source).toContain('  key: /^[A-Z_][A-Z0-9_]*$/,');
    expect(source).toContain('  project: /^(prj_[A-Za-z0-9]+|[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?)$/,');
  });

  it.each([
    [
      'a pattern that admits dot segments',
      (spec: any) => (spec.components.parameters.EnvKey.schema.pattern = '^[A-Z_.]*$'),
      /path parameter key: its pattern \^\[A-Z_\.\]\*\$ admits '', '\.', '\.\.'/,
    ],
    [
      'no pattern',
      (spec: any) => delete spec.components.parameters.KeyId.schema.pattern,
      /DELETE \/keys\/\{keyId\}|GET \/keys\/\{keyId\}: path parameter keyId has no pattern/,
    ],
  ])('refuses %s', async (_, change, message) => {
    await expect(generated('parameters.ts', change)).rejects.toThrow(message);
  });
});
