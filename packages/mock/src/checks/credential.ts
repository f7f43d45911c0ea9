import { maxKeyLength, maxSessionLength, resolveCredential } from '../credentials.ts';
import type { OperationCheck } from './context.ts';

/**
 * An authenticated operation needs a credential it accepts: 401 when it is missing, malformed, too
 * long or of a kind the operation does not take. Sets `credential`, and counts the rate limit by it.
 */
export const credential: OperationCheck = (context) => {
  const { req, spec, operation, error, refuse } = context;
  if (operation.scope === null) return undefined;
  const cookie = spec.sessionCookie;
  const found = resolveCredential(req.headers, cookie, spec.scopes);
  switch (found) {
    case 'missing':
      return refuse({ reason: 'credential_missing' }, `Missing credential: send Authorization: Bearer sk_… or the ${cookie} cookie.`);
    case 'malformed':
      return refuse(
        { reason: 'credential_malformed' },
        `Malformed credential: the Authorization header must be "Bearer sk_…" and the ${cookie} cookie a non-empty token.`,
      );
    case 'key too long':
      return refuse({ reason: 'credential_too_long' }, `Credential too long: an API key has at most ${maxKeyLength} characters.`);
    case 'session too long':
      return refuse(
        { reason: 'credential_too_long' },
        `Credential too long: the ${cookie} cookie has at most ${maxSessionLength} characters.`,
      );
  }
  context.credential = found;
  context.rateLimitKey = found.secret;
  if (!(found.kind === 'key' ? operation.acceptsKey : operation.acceptsSession)) {
    return error(401, `${operation.key} does not accept ${found.kind === 'key' ? 'an API key' : 'the session cookie'}.`);
  }
  return undefined;
};
