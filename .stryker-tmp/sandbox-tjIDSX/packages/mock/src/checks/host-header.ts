// @ts-nocheck
import type { RequestCheck } from './context.ts';

/**
 * HTTP/1.1 requires a Host header (Node would answer its absence with a bare 400); on a loopback bind
 * it must name a loopback address, which a DNS-rebinding page cannot send.
 */
export const hostHeader: RequestCheck = ({ req, error, network }) => {
  if (req.httpVersion === '1.1' && req.headers.host === undefined)
    return error(400, 'The request has no Host header, which HTTP/1.1 requires.');
  const problem = network.hostProblem(req.headers.host);
  return problem === undefined ? undefined : error(403, problem);
};
