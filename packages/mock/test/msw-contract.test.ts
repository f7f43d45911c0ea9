/** The server's contract suite (./support/contract.ts), unchanged, against the MSW handlers under `msw/node`. */
import { setupServer } from 'msw/node';
import { afterAll, beforeAll } from 'vitest';
import { createHandlers } from '../src/msw.ts';
import { contractSuite } from './support/contract.ts';

const api = createHandlers();
const server = setupServer(...api.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

contractSuite(() => 'https://api.cantila.app/v1');
