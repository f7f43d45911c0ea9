import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderGenerated } from './generate.ts';
import { loadBundledSpec, type Spec } from './lib/operations.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cantila-generate-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The client's conventions.ts generated from the bundled spec as `change` leaves it. */
async function conventionsFrom(change: (spec: Spec) => void): Promise<string> {
  const spec = loadBundledSpec();
  change(spec);
  const path = join(dir, `${Math.random()}.json`);
  await writeFile(path, JSON.stringify(spec));
  const files = await renderGenerated(path);
  return [...files].find(([file]) => file.endsWith('conventions.ts'))![1];
}

describe("the client's conventions, read from the spec", () => {
  it('takes the act-as header from the ActAs parameter and its pattern from the Handle schema', async () => {
    const source = await conventionsFrom((spec) => {
      spec.components.parameters.ActAs.name = 'X-Act-As';
      spec.components.schemas.Handle.pattern = '^[a-z]{1,8}/?$';
    });
    expect(source).toContain("export const actAs = { header: 'X-Act-As', pattern: /^[a-z]{1,8}\\/?$/ } as const;");
  });

  it("orders the scopes by the nesting Scope's description states, not by the enum", async () => {
    const source = await conventionsFrom((spec) => {
      spec.components.schemas.Scope.enum = ['admin', 'read', 'deploy'];
    });
    expect(source).toContain("export const scopes = ['read', 'deploy', 'admin'] as const;");
  });

  it("takes each error code's status from ErrorCode's table, and stops when a code has no row", async () => {
    const source = await conventionsFrom(() => {});
    expect(source).toContain(
      'export const errorStatuses = { bad_request: 400, unauthenticated: 401, forbidden: 403, not_found: 404, method_not_allowed: 405,',
    );
    const missing = conventionsFrom((spec) => {
      spec.components.schemas.ErrorCode.description = spec.components.schemas.ErrorCode.description.replace(/^\| `conflict` .*\n/m, '');
    });
    await expect(missing).rejects.toThrow(/ErrorCode's description table names bad_request, .*; the enum is .*conflict/);
  });

  it("takes each error reason's code from ErrorReason's x-cantila-code, and stops when one is missing or names no code", async () => {
    const source = await conventionsFrom(() => {});
    expect(source).toContain("export const errorReasons = { malformed_json: 'bad_request', credential_missing: 'unauthenticated',");
    expect(source).toContain("quota_exceeded: 'conflict'");
    const missing = conventionsFrom((spec) => {
      delete spec.components.schemas.ErrorReason['x-cantila-code'].quota_exceeded;
    });
    await expect(missing).rejects.toThrow(/ErrorReason's x-cantila-code names .*; the enum is .*quota_exceeded/);
    const unknown = conventionsFrom((spec) => {
      spec.components.schemas.ErrorReason['x-cantila-code'].quota_exceeded = 'over_quota';
    });
    await expect(unknown).rejects.toThrow("ErrorReason's x-cantila-code maps quota_exceeded to no ErrorCode");
  });
});
