/** Hides the run's keys in whatever it prints or writes: each given key verbatim, and anything that looks like a credential. */
// @ts-nocheck

import { redact } from '@cantila/client';

/** A redactor for the keys of `target`, with the client's patterns (`sk_…`, bearer tokens, session cookies) behind them. */
export function redactorFor(keys: readonly (string | undefined)[]): (text: string) => string {
  const known = keys.filter((key): key is string => Boolean(key)).sort((a, b) => b.length - a.length);
  return (text) => redact(known.reduce((out, key) => out.split(key).join('[redacted]'), text));
}
