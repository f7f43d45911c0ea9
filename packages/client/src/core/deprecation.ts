import { redact } from './redact.ts';

/** What the spec says about a deprecated operation (`x-sunset`, `x-replacement`). */
export interface Deprecated {
  sunset: string;
  replacement: string;
}

/** Whether an operation is deprecated, and the warning lines, once per operation. */
export interface DeprecationNotices {
  /** Before a call: warns if the spec marks `operation` (`GET /projects`) deprecated. */
  calling(operation: string): void;
  /** On each response: warns if it says the operation is deprecated (`Deprecation` or `Sunset` header). */
  received(operation: string, response: Response): void;
}

/**
 * Warns through `warn` the first time a client calls a deprecated operation: when the generated map
 * (from the spec's `deprecated`, `x-sunset`, `x-replacement`) says so before the call, or when the
 * response carries the `Deprecation` (RFC 9745) or `Sunset` (RFC 8594) header. At most 100 warnings
 * per client, however many paths a server marks; header values are quoted as visible ASCII, cut at 100.
 */
export function deprecationNotices(known: (operation: string) => Deprecated | undefined, warn: (line: string) => void): DeprecationNotices {
  const warned = new Set<string>();
  const once = (operation: string, detail: string) => {
    if (warned.has(operation) || warned.size >= 100) return;
    warned.add(operation);
    warn(redact(`cantila: ${operation} is deprecated${detail}`));
  };
  return {
    calling(operation) {
      const entry = known(operation);
      if (entry) once(operation, ` (sunset ${entry.sunset}); use ${entry.replacement}`);
    },
    received(operation, response) {
      const { headers } = response;
      if (!headers.has('deprecation') && !headers.has('sunset')) return;
      const said = ['Deprecation', 'Sunset'].flatMap((name) => {
        const value = headers.get(name);
        return value ? [`${name}: ${value.replace(/[^ -~]/g, '?').slice(0, 100)}`] : [];
      });
      if (said.length > 0) once(operation, ` (${said.join(', ')}); see the API changelog`);
    },
  };
}
