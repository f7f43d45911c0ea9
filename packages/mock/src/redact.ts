/**
 * Hides credentials in whatever the mock says back or logs about a request — a key or a session
 * cookie pasted into a path, a header, a body or `Prefer` — so that no answer and no log line holds one.
 */
import { sessionTokenText } from './sessions.ts';

// An `sk_…` key up to the next delimiter; not the `sk_` inside a word like `disk_gb`.
// `sk%5F…` too: a key percent-encoded in a path is a key all the same.
const key = /(?<![A-Za-z])sk(?:_|%5[Ff])[^\s"'`/?#&;,:<>()[\]{}\\]*/g;
const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The redaction for a spec whose session cookie is named `sessionCookie`: `sk_…` keys, `<cookie>=value`
 * (also percent-encoded) and the sign-in's session tokens become `sk_…`, `<cookie>=…` and `ses_…`.
 */
export function redactor(sessionCookie: string): (text: string) => string {
  const cookie = new RegExp(`${escapeRegex(sessionCookie)}\\s*(?:=|%3D)[^\\s"';,&]*`, 'gi');
  return (text) => text.replace(key, 'sk_…').replace(cookie, `${sessionCookie}=…`).replace(sessionTokenText, 'ses_…');
}
