/**
 * Prism's `Prefer` header (`code=404, example=NAME, dynamic=true, seed=S`) and its query-parameter twins
 * (`__code`, `__example`, `__dynamic`, `__seed`), read as Prism reads them and checked against the
 * operation's documented responses before Prism sees them: a preference the spec cannot satisfy is
 * the request's mistake, a 422 naming where it was written.
 */
// @ts-nocheck

import { describeFields, type FieldError } from './errors.ts';
import { repeatedProblem } from './parameters.ts';
import type { DocumentedResponse, OperationPolicy } from './spec.ts';

/** The preferences Prism takes, as its mock configuration names them. */
export interface Preferences {
  code?: number;
  exampleKey?: string;
  dynamic?: boolean;
  seed?: string;
}

/** Valid preferences and the field they came from (`Prefer`, or the first `__…` query parameter given). */
export interface PreferenceChoice {
  preferences: Preferences;
  field: string;
}

/** Why the preferences were refused: each problem by field, and the sentence for the `Error` message. */
export interface PreferenceProblems {
  message: string;
  fields: FieldError[];
}

const names = ['code', 'example', 'dynamic', 'seed'] as const;
type Name = (typeof names)[number];

/** `Prefer`'s preferences by lower-cased token, the first of each winning, values unquoted (like Prism's parse-prefer-header). */
function parsePrefer(header: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const preference of header.match(/(?:[^,"]|"[^"]*")+/g) ?? []) {
    const [pair = ''] = preference.split(';');
    const eq = pair.indexOf('=');
    const token = (eq === -1 ? pair : pair.slice(0, eq)).trim().toLowerCase();
    const value =
      eq === -1
        ? ''
        : pair
            .slice(eq + 1)
            .trim()
            .replace(/^"(.*)"$/, '$1');
    if (token && !found.has(token)) found.set(token, value);
  }
  return found;
}

/**
 * Prism's choice for a status: the response of that status, of its class (`4XX`), or `default` —
 * which stands for the statuses the API sends (`errorStatuses`, those of the ErrorCode table) that
 * the operation does not list, not for any three digits.
 */
function responseFor(
  responses: readonly DocumentedResponse[],
  code: number,
  errorStatuses: ReadonlySet<number>,
): DocumentedResponse | undefined {
  return (
    responses.find((r) => r.status === String(code)) ??
    responses.find((r) => r.status === `${String(code)[0]}XX`) ??
    (errorStatuses.has(code) ? responses.find((r) => r.status === 'default') : undefined)
  );
}

/** Prism's response when no status is asked for: the lowest 2xx, else `default`, else the first. */
function usualResponse(responses: readonly DocumentedResponse[]): DocumentedResponse | undefined {
  const success = responses.filter((r) => /^2(?:\d\d|XX)$/.test(r.status)).sort((a, b) => a.status.localeCompare(b.status))[0];
  return success ?? responses.find((r) => r.status === 'default') ?? responses[0];
}

const quoted = (value: string): string => (value === '' ? 'empty' : `"${value}"`);

/** Each preference's reason to be refused, if any, and the preferences for Prism. */
function check(
  operation: OperationPolicy,
  given: Map<Name, string>,
  errorStatuses: ReadonlySet<number>,
): { problems: Map<Name, string>; preferences: Preferences } {
  const problems = new Map<Name, string>();
  const preferences: Preferences = {};
  const code = given.get('code');
  let response = usualResponse(operation.responses);
  if (code !== undefined) {
    if (!/^\d{3}$/.test(code)) problems.set('code', `must be a three-digit status such as 404, not ${quoted(code)}`);
    else {
      response = responseFor(operation.responses, Number(code), errorStatuses);
      if (response) preferences.code = Number(code);
      else {
        const listed = operation.responses.map((r) => r.status).filter((status) => status !== 'default');
        const throughDefault = operation.responses.some((r) => r.status === 'default')
          ? [...errorStatuses].filter((status) => !listed.includes(String(status))).map(String)
          : [];
        const documented = [...listed, ...throughDefault].sort().join(', ');
        problems.set('code', `asks for a ${code} response, which ${operation.key} does not document (it documents ${documented})`);
      }
    }
  }
  const example = given.get('example');
  if (example !== undefined) {
    if (example === '') problems.set('example', 'must name an example');
    else if (response && !problems.has('code')) {
      const of = `the ${response.status} response of ${operation.key}`;
      if (response.examples === null) problems.set('example', `asks for the example "${example}", but ${of} has no body`);
      else if (!response.examples.includes(example)) {
        problems.set(
          'example',
          `asks for the example "${example}", which ${of} does not have (it has ${response.examples.join(', ') || 'none'})`,
        );
      } else preferences.exampleKey = example;
    }
  }
  const dynamic = given.get('dynamic');
  if (dynamic !== undefined) {
    if (dynamic === 'true' || dynamic === 'false') preferences.dynamic = dynamic === 'true';
    else problems.set('dynamic', `must be true or false, not ${quoted(dynamic)}`);
  }
  const seed = given.get('seed');
  if (seed !== undefined) {
    if (seed === '') problems.set('seed', 'must not be empty');
    else preferences.seed = seed;
  }
  return { problems, preferences };
}

/**
 * The request's preferences for `operation`: from a non-empty `Prefer` header, else from the `__…`
 * query parameters (as Prism takes them: the header wins whole). `undefined` when none was given.
 * `errorStatuses` are the statuses a `default` response stands for.
 */
export function readPreferences(
  operation: OperationPolicy,
  prefer: string | string[] | undefined,
  query: Record<string, string | string[]>,
  errorStatuses: ReadonlySet<number>,
): PreferenceChoice | PreferenceProblems | undefined {
  if (prefer !== undefined && prefer.length > 0) {
    const parsed = parsePrefer([prefer].flat().join(','));
    const given = new Map(names.filter((name) => parsed.has(name)).map((name) => [name, parsed.get(name)!]));
    const { problems, preferences } = check(operation, given, errorStatuses);
    if (problems.size === 0) return { preferences, field: 'Prefer' };
    const fields = [...problems].map(([name, reason]) => ({ field: 'Prefer', message: `${name} ${reason}` }));
    return { message: `Prefer: ${fields.map((f) => f.message).join('; ')}`, fields };
  }
  const present = names.filter((name) => query[`__${name}`] !== undefined);
  if (present.length === 0) return undefined;
  const repeated = present.filter((name) => Array.isArray(query[`__${name}`]));
  const given = new Map(present.filter((name) => !repeated.includes(name)).map((name) => [name, query[`__${name}`] as string]));
  const { problems, preferences } = check(operation, given, errorStatuses);
  for (const name of repeated) problems.set(name, repeatedProblem('query', query[`__${name}`]!.length));
  if (problems.size === 0) return { preferences, field: `__${present[0]}` };
  const fields = [...problems].map(([name, reason]) => ({ field: `__${name}`, message: reason }));
  return { message: describeFields(fields), fields };
}
