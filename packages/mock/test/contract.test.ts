/** The contract suite (./support/contract.ts) against the mock server. */
import { expect, it } from 'vitest';
import { contractSuite } from './support/contract.ts';
import { useMock } from './support/mock.ts';
import { operations } from './support/spec.ts';

const server = useMock();

it('the mock serves every operation of the bundled spec', () => {
  expect(server.mock.spec.operations.map((op) => op.key).sort()).toEqual(operations.map((op) => op.key).sort());
});

contractSuite(() => server.url);
