/**
 * Who may talk to the mock from a browser, and by which name: CORS for loopback origins (any port)
 * plus the ones configured, and on a loopback bind only loopback Host names, so neither a web page the
 * developer happens to visit nor a DNS-rebinding page can drive it.
 */
// @ts-nocheck


const loopbackOrigin = /^https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?$/i;
const loopbackHost = /^(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?$/i;
const loopbackAddresses = new Set(['127.0.0.1', '::1', 'localhost']);

export interface NetworkPolicy {
  /** Whether a browser page from `origin` may read the mock's answers (with credentials). */
  allowsOrigin(origin: string): boolean;
  /** Why the Host header is refused, or `undefined` when it names this mock. */
  hostProblem(host: string | undefined): string | undefined;
}

export function networkPolicy(boundHost: string, corsOrigins: readonly string[] = []): NetworkPolicy {
  const extra = new Set(corsOrigins.map((origin) => origin.toLowerCase()));
  const loopbackBind = loopbackAddresses.has(boundHost);
  return {
    allowsOrigin: (origin) => loopbackOrigin.test(origin) || extra.has(origin.toLowerCase()),
    hostProblem(host) {
      if (!loopbackBind || host === undefined || loopbackHost.test(host)) return undefined;
      return `Host ${host} is not this mock's address: it listens on ${boundHost}, so only localhost, 127.0.0.1 or [::1] reach it.`;
    },
  };
}
