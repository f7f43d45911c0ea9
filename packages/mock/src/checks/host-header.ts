import type { RequestCheck } from './context.ts';

/** HTTP/1.1 requires a Host header; Node would answer its absence with a bare 400. */
export const hostHeader: RequestCheck = ({ req, error }) =>
  req.httpVersion === '1.1' && req.headers.host === undefined
    ? error(400, 'The request has no Host header, which HTTP/1.1 requires.')
    : undefined;
