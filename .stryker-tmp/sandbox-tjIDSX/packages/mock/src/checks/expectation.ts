// @ts-nocheck
import type { RequestCheck } from './context.ts';

/** An `Expect` other than 100-continue cannot be met (Node would answer a bare 417). */
export const expectation: RequestCheck = ({ req, error }) => {
  const expected = req.headers.expect;
  return expected !== undefined && expected.toLowerCase() !== '100-continue'
    ? error(400, `Expect: ${expected} cannot be met; the mock knows only Expect: 100-continue.`)
    : undefined;
};
