const secretPatterns: readonly RegExp[] = [
  /\bsk_[A-Za-z0-9_-]+/g,
  /\b(cantila_session=)[^;,\s"']+/gi,
  /\b(Bearer\s+)[^\s,;"']+/gi,
];

/** Replaces anything that looks like an API key, a bearer token or a session cookie with `[redacted]`. */
export function redact(text: string): string {
  return secretPatterns.reduce((out, pattern) => out.replace(pattern, (_match, prefix?: unknown) => `${typeof prefix === 'string' ? prefix : ''}[redacted]`), text);
}

const secretHeaders = new Set(['authorization', 'cookie', 'set-cookie', 'proxy-authorization']);

/** Headers as `name: value` pairs for a log line, with credentials replaced by `[redacted]`. */
export function redactHeaders(headers: Headers): string {
  const pairs: string[] = [];
  headers.forEach((value, name) => pairs.push(`${name}: ${secretHeaders.has(name) ? '[redacted]' : redact(value)}`));
  return pairs.join(', ');
}
