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
  /** After a call: warns if the response says the operation is deprecated (`Deprecation` or `Sunset` header). */
  received(operation: string, response: Response | undefined): void;
}

// One warning per operation, and never more than this many per client: a program calls finitely many
// operations, but nothing should grow without bound on what a server sends.
const maxWarnings = 100;

/** A header value as it may be printed: visible ASCII, at most 100 characters. */
const printable = (value: string): string => value.replace(/[^\x20-\x7e]/g, '?').slice(0, 100);

/**
 * Warns through `warn` the first time a client calls a deprecated operation: when the generated map
 * (from the spec's `deprecated`, `x-sunset`, `x-replacement`) says so before the call, or when the
 * response carries the `Deprecation` (RFC 9745) or `Sunset` (RFC 8594) header.
 */
export function deprecationNotices(known: (operation: string) => Deprecated | undefined, warn: (line: string) => void): DeprecationNotices {
  const warned = new Set<string>();
  const once = (operation: string, line: () => string) => {
    if (warned.has(operation) || warned.size >= maxWarnings) return;
    warned.add(operation);
    warn(redact(line()));
  };
  return {
    calling(operation) {
      const entry = known(operation);
      if (entry)
        once(
          operation,
          () => `cantila: ${operation} is deprecated: it stops working on ${entry.sunset}; use ${entry.replacement} instead.`,
        );
    },
    received(operation, response) {
      const deprecation = response?.headers.get('Deprecation');
      const sunset = response?.headers.get('Sunset');
      if (!deprecation && !sunset) return;
      once(operation, () => {
        const said = [deprecation && `Deprecation: ${printable(deprecation)}`, sunset && `Sunset: ${printable(sunset)}`].filter(Boolean);
        return `cantila: ${operation} is deprecated, the server says (${said.join(', ')}); see the API changelog for its replacement.`;
      });
    },
  };
}
