// A key is `sk_…` wherever it starts a token, including after `_` (`x_sk_live_…`), so an identifier
// like `task_sk_1` is redacted too; `sk_` after a letter or digit (`risk_level`) is a word, not a key.
// Text after a percent-escape (`%3Dsk_…`, `Bearer%20sk_…`) is caught in the decoded view (see `redact`).
const secretPatterns: readonly RegExp[] = [
  /(?<![A-Za-z0-9])sk_[\w-]+/g,
  /(cantila_session"?\s*[=:]\s*"?)[^;,&\s"'\\]+/gi,
  /\b(Bearer\s+)[^\s,;"'\\]+/gi,
];

const redactPlain = (text: string): string =>
  secretPatterns.reduce(
    (out, pattern) => out.replace(pattern, (_match, prefix?: unknown) => `${typeof prefix === 'string' ? prefix : ''}[redacted]`),
    text,
  );

/** Decodes each run of percent-escapes that is valid UTF-8, leaving the others as they are. */
const percentDecoded = (text: string): string =>
  text.replace(/(?:%[\dA-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });

/** What every secret pattern and every percent-escape contains: text without any of it has nothing to redact. */
const mayHoldSecret = /sk_|cantila_session|bearer|%/i;

/**
 * Replaces anything that looks like an API key, a bearer token or a session cookie with `[redacted]`,
 * also when percent-encoded (in a URL, say, once or more): then the text comes back decoded as far as
 * needed to show where the secret was, redacted.
 */
export function redact(text: string): string {
  if (!mayHoldSecret.test(text)) return text;
  let out = redactPlain(text);
  for (let view = out, decoded = percentDecoded(view); decoded !== view; decoded = percentDecoded(view)) {
    view = redactPlain(decoded);
    if (view !== decoded) out = view;
  }
  return out;
}

const secretHeaders = new Set(['authorization', 'cookie', 'set-cookie', 'proxy-authorization']);

/** A header's value as it may be shown: a credential header's whole, anything like a key inside the others. */
export const redactHeader = (name: string, value: string): string => (secretHeaders.has(name) ? '[redacted]' : redact(value));

/** Headers as `name: value` pairs for a log line, with credentials replaced by `[redacted]`. */
export function redactHeaders(headers: Headers): string {
  const pairs: string[] = [];
  for (const [name, value] of headers) pairs.push(`${name}: ${redactHeader(name, value)}`);
  return pairs.join(', ');
}
