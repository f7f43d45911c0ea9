import { actAs } from '../generated/conventions.ts';
import { pathParameters } from '../generated/parameters.ts';
import { redact } from './redact.ts';

// The smallest value of each numeric option. The largest is setTimeout's: past 2^31−1 ms, timers fire at once.
const minimums = {
  timeout: 1,
  totalTimeout: 1,
  maxRetries: 0,
  initialDelay: 0,
  maxDelay: 0,
  maxRetryAfter: 0,
  maxResponseSize: 1,
  maxPages: 1,
};

/**
 * The TypeError for the first numeric option in `options` that is set but is not a whole number from
 * its minimum to 2^31−1 (`NaN` retrying forever, `Infinity` timing out at once), naming it with `where`
 * before; `undefined` when all are fine.
 */
export function invalidNumber(where: string, options: Record<string, unknown>): TypeError | undefined {
  for (const [name, min] of Object.entries(minimums)) {
    const value = options[name];
    if (value !== undefined && !(Number.isInteger(value) && (value as number) >= min && (value as number) < 2 ** 31)) {
      return new TypeError(
        `${where}${name} must be a whole number from ${min} to 2147483647, not ${typeof value === 'number' ? value : typeof value}.`,
      );
    }
  }
  return undefined;
}

/** A value as a message shows it: a string quoted and redacted, anything else as it prints. */
const shown = (value: unknown): string => (typeof value === 'string' ? `'${redact(value)}'` : String(value));

/** Throws unless `handle` is a sub-account handle (the spec's `ActAs` pattern). */
export function checkHandle(handle: unknown): asserts handle is string {
  if (typeof handle !== 'string' || !actAs.pattern.test(handle)) {
    throw new TypeError(`actAs: ${shown(handle)} is not a sub-account handle like 'client-acme' (${actAs.pattern}).`);
  }
}

/** The placeholders of the path templates called so far (`/projects/{project}` → `project`), parsed once each; at most 1,000. */
const placeholders = new Map<string, string[]>();

function placeholdersOf(path: string): string[] {
  let names = placeholders.get(path);
  if (!names) {
    names = Array.from(path.matchAll(/\{(\w+)\}/g), ([, name]) => name!);
    if (placeholders.size < 1_000) placeholders.set(path, names);
  }
  return names;
}

/**
 * The TypeError for the first parameter of `path` (`/projects/{project}`) whose value in `values` is
 * not a string matching the spec's pattern for it: `..`, `.` or `''` would send the request to another
 * operation, since URL parsing collapses dot segments even when percent-encoded.
 */
export function invalidPathParameter(where: string, path: string, values: Record<string, unknown> | undefined): TypeError | undefined {
  for (const name of placeholdersOf(path)) {
    const value = values?.[name];
    const pattern = pathParameters[name];
    if (pattern && !(typeof value === 'string' && pattern.test(value))) {
      return new TypeError(`${where}path parameter ${name} ${shown(value)} does not match ${pattern.source}; nothing was sent.`);
    }
  }
  return undefined;
}
