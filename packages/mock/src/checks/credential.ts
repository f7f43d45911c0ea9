import { createHash } from 'node:crypto';
import { maxKeyLength, maxSessionLength, resolveCredential } from '../credentials.ts';
import type { OperationCheck } from './context.ts';

/**
 * An authenticated operation needs a credential it accepts: 401 when it is missing, malformed, too
 * long or of a kind the operation does not take, or a session of the development sign-in that ended.
 * Sets `credential` (a sign-in's session with its user and scope), and counts the rate limit by it.
 */
export const credential: OperationCheck = (context) => {
  const { req, spec, operation, error, refuse } = context;
  if (operation.scope === null) return undefined;
  const cookie = spec.sessionCookie;
  // Node keeps only the first Authorization header: a second one (admin, then read) would pass unseen.
  const copies = req.headersDistinct.authorization?.length ?? 0;
  if (copies > 1) return error(400, `Authorization was sent ${copies} times; send one credential.`);
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
  if (found.kind === 'session') {
    const session = context.sessions.find(found.secret);
    if (session === 'signed out') return refuse({ reason: 'credential_revoked' }, `This ${cookie} session was signed out: sign in again.`);
    if (session === 'unknown')
      return refuse({ reason: 'credential_unknown' }, `No such ${cookie} session (the mock restarted since?): sign in again.`);
    if (typeof session === 'object') {
      found.scope = session.scope;
      found.user = session.user;
    }
  }
  context.credential = found;
  // A hash, not the credential: a window per 12 KB cookie would keep every cookie in memory.
  context.rateLimitKey = createHash('sha256').update(found.secret).digest('base64url');
  if (!(found.kind === 'key' ? operation.acceptsKey : operation.acceptsSession)) {
    return error(401, `${operation.key} does not accept ${found.kind === 'key' ? 'an API key' : 'the session cookie'}.`);
  }
  return undefined;
};
