/**
 * The development sessions the mock's sign-in opens (./sign-in.ts): an opaque random token per
 * session, standing for a team member of the store and a scope no wider than the member's role.
 * Tokens live in memory only; a restart or a sign-out ends them.
 */
import { randomBytes } from 'node:crypto';

/** The user a session is signed in as: the store's team member, as `GET /me` shows a user. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

export interface Session {
  user: SessionUser;
  scope: string;
}

/** What a cookie value is to the sign-in: an open session, one signed out, one unknown, or not a token it issues at all. */
export type SessionLookup = Session | 'signed out' | 'unknown' | 'not issued';

export interface SessionBook {
  /** Opens a session and answers its token. */
  open(session: Session): string;
  find(token: string): SessionLookup;
  /** Ends the session of `token`, if it is open. */
  close(token: string): void;
}

// `ses_` and 32 random bytes: a value a developer types by hand (`demo`) never has this shape.
const tokenPattern = /^ses_[A-Za-z0-9_-]{43}$/;
/** A token the sign-in issues, wherever it appears in a text (the redactor blanks it out). */
export const sessionTokenText = /ses_[A-Za-z0-9_-]{43}/g;
// A loop of sign-ins must not grow the mock without bound: past these, the oldest are forgotten.
const maxOpen = 10_000;
const maxSignedOut = 10_000;

/** Drops the oldest entries of a map kept in insertion order until it holds `max`. */
function trim(map: Map<string, unknown>, max: number): void {
  for (const key of map.keys()) {
    if (map.size <= max) return;
    map.delete(key);
  }
}

export function sessionBook(): SessionBook {
  const open = new Map<string, Session>();
  const signedOut = new Map<string, true>();
  return {
    open(session) {
      const token = `ses_${randomBytes(32).toString('base64url')}`;
      open.set(token, session);
      trim(open, maxOpen);
      return token;
    },
    find(token) {
      if (!tokenPattern.test(token)) return 'not issued';
      return open.get(token) ?? (signedOut.has(token) ? 'signed out' : 'unknown');
    },
    close(token) {
      if (!open.delete(token)) return;
      signedOut.set(token, true);
      trim(signedOut, maxSignedOut);
    },
  };
}
