/**
 * The server's contract suites against the MSW handlers: ./support/contract.ts unchanged under
 * `msw/node`, and `pnpm contract`'s run (@cantila/contract) in-process through MSW's `getResponse`.
 */
import { readTarget, runContract, type Target } from '@cantila/contract';
import { getResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHandlers } from '../src/msw.ts';
import { contractSuite } from './support/contract.ts';
import { keyFor, operations } from './support/spec.ts';

const baseUrl = 'https://api.cantila.app/v1';
const api = createHandlers();
const server = setupServer(...api.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

contractSuite(() => baseUrl);

it('passes pnpm contract with writes, through a fetch that asks the handlers directly', async () => {
  const target = readTarget(
    ['--base-url', baseUrl, '--allow-remote', '--include-writes', '--rate', '1000'].concat([
      '--api-key',
      keyFor('admin'),
      '--read-key',
      keyFor('read'),
      '--deploy-key',
      keyFor('deploy'),
    ]),
  ) as Target;
  const direct: typeof fetch = async (input, init) => (await getResponse(api.handlers, new Request(input, init))) ?? Response.error();
  const results = await runContract({ ...target, fetch: direct });
  expect(results.filter((r) => r.verdict === 'fail')).toEqual([]);
  expect(new Set(results.map((r) => r.operation)).size).toBe(operations.length);
  expect(results.filter((r) => r.verdict === 'pass').length).toBeGreaterThan(200);
});
