/**
 * Resolves a request's credential the way the real API does, with the mock's key convention:
 * `sk_test_<scope>_…` holds that scope (`sk_test_read_…`, `sk_test_deploy_…`), any other `sk_…` key
 * (the seed's `sk_live_…` included) and the session cookie hold the highest scope — but for a session
 * the mock's sign-in opened, which the credential check (checks/credential.ts) gives its own user and scope.
 * A credential's value is never printed nor sent back; `/me` shows a key only by its one-way id.
 */
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { SessionUser } from './sessions.ts';

/** A credential the mock accepts. */
export interface Credential {
  kind: 'key' | 'session';
  scope: string;
  /** The key's secret or the cookie's value, kept in memory only: the rate limit counts by it. */
  secret: string;
  /** The team member a session of the mock's sign-in stands for; `undefined` for a key or any other cookie value (the owner). */
  user?: SessionUser;
}

/** Why no credential was accepted. */
export type CredentialProblem = 'missing' | 'malformed' | 'key too long' | 'session too long';

/** The longest API key and session cookie value the mock accepts, in characters. */
export const maxKeyLength = 200;
export const maxSessionLength = 4096;

// The scheme name is case-insensitive (RFC 9110); the key is not.
const bearer = /^[Bb][Ee][Aa][Rr][Ee][Rr] (sk_[A-Za-z0-9_]+)$/;

/** The scope a key holds under the mock's `sk_test_<scope>_…` convention. */
export function scopeOfKey(secret: string, scopes: readonly string[]): string {
  return scopes.find((scope) => secret.startsWith(`sk_test_${scope}_`)) ?? scopes[scopes.length - 1]!;
}

/** The `key_…` id the mock shows for a key: derived from the secret, so a key always has the same id. */
export function keyIdOf(secret: string): string {
  return `key_${createHash('sha256').update(secret).digest('hex').slice(0, 12)}`;
}

/** The value of the cookie `name` in a `Cookie` header, if it is there. */
export function cookieValue(cookieHeader: string, name: string): string | undefined {
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * The credential of a request: the `Authorization` header when present (it decides alone), else the
 * session cookie named `cookieName`.
 */
export function resolveCredential(
  headers: IncomingHttpHeaders,
  cookieName: string,
  scopes: readonly string[],
): Credential | CredentialProblem {
  const authorization = headers.authorization;
  if (authorization !== undefined) {
    const secret = bearer.exec(authorization)?.[1];
    if (!secret) return 'malformed';
    if (secret.length > maxKeyLength) return 'key too long';
    return { kind: 'key', scope: scopeOfKey(secret, scopes), secret };
  }
  const session = headers.cookie === undefined ? undefined : cookieValue(headers.cookie, cookieName);
  if (session === undefined) return 'missing';
  if (!/^[\x21-\x7e]+$/.test(session)) return 'malformed';
  if (session.length > maxSessionLength) return 'session too long';
  return { kind: 'session', scope: scopes[scopes.length - 1]!, secret: session };
}
