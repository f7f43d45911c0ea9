/**
 * `Idempotency-Key`: the first request with a key does the work and its reply is remembered; the same
 * key with the same request within the window gets that reply again, marked as a replay; the same key
 * with another request is a conflict; after the window the key is forgotten.
 */
// @ts-nocheck


export interface RememberedReply {
  /** The operation, path parameters and body the key was first used with. */
  fingerprint: string;
  status: number;
  body: unknown;
  expiresAt: number;
}

export type KeyUse = { kind: 'new' } | { kind: 'replay'; reply: RememberedReply } | { kind: 'conflict' };

/** What the key means for a request with `fingerprint` at `now`; forgets every expired key on the way. */
export function useKey(remembered: Record<string, RememberedReply>, key: string, fingerprint: string, now: number): KeyUse {
  for (const [name, entry] of Object.entries(remembered)) if (entry.expiresAt <= now) delete remembered[name];
  const entry = remembered[key];
  if (!entry) return { kind: 'new' };
  return entry.fingerprint === fingerprint ? { kind: 'replay', reply: entry } : { kind: 'conflict' };
}

/** The fingerprint of a request: what must match for a replay. */
export const fingerprintOf = (operation: string, params: Record<string, string>, body: unknown): string =>
  JSON.stringify([operation, params, body ?? null]);
