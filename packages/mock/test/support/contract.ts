/**
 * The contract suite: every operation of the bundled spec (enumerated from it, so none is forgotten),
 * called through @cantila/client against an API at a base URL, answers what the spec documents — its
 * success body valid against the schema, 401 without a credential, 403 one scope too low, 422 in the
 * Error shape for an invalid body. Run against the server (../contract.test.ts) and against the MSW
 * handlers (../msw-contract.test.ts), with the same expectations.
 */
import { createClient, type CantilaClient, type CantilaError } from '@cantila/client';
import { describe, expect, it } from 'vitest';
import { workspaceHeader } from '../../src/state.ts';
import {
  errorShapeErrors,
  exampleRequest,
  invalidBody,
  keyFor,
  operations,
  schemaErrors,
  scopeBelow,
  successStatusOf,
  type Operation,
} from './spec.ts';

interface Outcome {
  data?: unknown;
  error?: CantilaError & { body?: unknown };
  response?: Response;
  requestId?: string;
}
type UntypedCall = (path: string, init: Record<string, unknown>) => Promise<Outcome>;

/** Calls `op` by its spec path: the typed client's method, used with paths only known at run time. */
function call(client: CantilaClient, op: Operation, body = exampleRequest(op).body, path = exampleRequest(op).path): Promise<Outcome> {
  const { query } = exampleRequest(op);
  const method = client[op.method.toUpperCase() as 'GET'] as unknown as UntypedCall;
  return method(op.path, { params: { path, query }, ...(body === undefined ? {} : { body }) });
}

/** Defines the suite against the API at `baseUrl()` (read inside the tests). */
export function contractSuite(baseUrl: () => string): void {
  /** A client; with `workspace`, its requests see a state of their own, fresh from the seed. */
  const clientWith = (apiKey?: string, workspace?: string): CantilaClient =>
    createClient({
      baseUrl: baseUrl(),
      maxRetries: 0,
      ...(apiKey ? { apiKey } : { auth: 'none' }),
      ...(workspace ? { headers: { [workspaceHeader]: workspace } } : {}),
    });

  /** The id in `op`'s success example (`key.id` for an issued key). */
  function exampleIdOf(op: Operation): unknown {
    const example = op.responses.find((r) => r.status === String(successStatusOf(op)))?.body?.examples[0]?.value as
      | { id?: unknown; key?: { id?: unknown } }
      | undefined;
    return example?.id ?? example?.key?.id;
  }

  /**
   * The POST that makes each id the examples show (`POST /agents` makes `agt_2Lp8Vb`; the mock's seed
   * leaves those out): the first in the spec's order, the create before the actions that answer the same item.
   */
  const makers = new Map<unknown, Operation>();
  for (const op of operations) if (op.method === 'post' && !makers.has(exampleIdOf(op))) makers.set(exampleIdOf(op), op);

  /**
   * `op`'s example path parameters, where one names an item a create example makes: made first with
   * that example (as the docs tell it: create, then use), and named by the id the mock gave it.
   */
  async function madePath(client: CantilaClient, op: Operation): Promise<Record<string, string>> {
    const path = { ...exampleRequest(op).path };
    for (const [name, value] of Object.entries(path)) {
      const maker = makers.get(value);
      if (!maker || maker === op) continue;
      const made = await call(client, maker, exampleRequest(maker).body, await madePath(client, maker));
      const data = made.data as { id?: string; key?: { id: string }; agent?: { id: string } } | undefined;
      path[name] = data?.id ?? data?.key?.id ?? data?.agent?.id ?? value;
    }
    return path;
  }

  function expectError(outcome: Outcome, op: Operation, status: number, code: string): void {
    expect(outcome.data, JSON.stringify(outcome.data)).toBeUndefined();
    expect(outcome.error?.status, outcome.error?.message).toBe(status);
    expect(outcome.error?.code).toBe(code);
    expect(errorShapeErrors(outcome.error?.body)).toEqual([]);
    expect(schemaErrors(op, status, outcome.error?.body)).toEqual([]);
    expect((outcome.error?.body as { request_id?: string } | undefined)?.request_id).toBe(outcome.requestId);
  }

  describe.each(operations.map((op) => [op.key, op] as const))('%s', (_, op) => {
    it(`answers ${successStatusOf(op)} through @cantila/client with a body valid against the spec`, async () => {
      const client = clientWith(keyFor('admin'), op.operationId);
      const outcome = await call(client, op, exampleRequest(op).body, await madePath(client, op));
      expect(outcome.error, outcome.error?.message).toBeUndefined();
      expect(outcome.response?.status).toBe(successStatusOf(op));
      expect(schemaErrors(op, successStatusOf(op), outcome.data)).toEqual([]);
      expect(outcome.requestId).toMatch(/^req_[A-Za-z0-9]+$/);
    });

    if (op.scope !== null) {
      it('answers 401 without a credential', async () => {
        expectError(await call(clientWith(), op), op, 401, 'unauthenticated');
      });

      const lower = scopeBelow(op.scope);
      if (lower) {
        it(`answers 403 to a ${lower} key, naming the ${op.scope} scope it needs`, async () => {
          const outcome = await call(clientWith(keyFor(lower)), op);
          expectError(outcome, op, 403, 'forbidden');
          expect(outcome.error?.message).toContain(`needs the ${op.scope} scope`);
        });
      }
    }

    if (op.requestBody) {
      it('answers 422 in the Error shape for an invalid body, naming the field', async () => {
        const { body, field } = invalidBody(op);
        const outcome = await call(clientWith(keyFor('admin')), op, body);
        expectError(outcome, op, 422, 'validation');
        expect(outcome.error?.fields?.map((f) => f.field)).toContain(field);
      });
    }
  });
}
