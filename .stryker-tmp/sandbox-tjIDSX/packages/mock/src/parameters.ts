/**
 * The header and query parameters Prism's validation lets through although the API refuses them: one
 * sent empty (Prism takes an empty value for an absent one) and one sent more than once (Node joins a
 * repeated header's copies into one value; a repeated query parameter reaches Prism as a list).
 */
// @ts-nocheck

import type { FieldError } from './errors.ts';

/** What the policy layer checks of one header or query parameter. */
export interface ParameterRule {
  name: string;
  in: 'header' | 'query';
  /** Whether its schema takes a list, so it may be repeated. */
  repeatable: boolean;
  /** Why an empty value breaks its schema, in the validator's words; `undefined` when an empty value is valid. */
  emptyProblem: string | undefined;
}

type Schema = Record<string, unknown>;

/** Why `''` breaks `schema` (its `$ref`s already followed), in the words Prism's validator uses for other values. */
function emptyProblemOf(schema: Schema): string | undefined {
  const type = schema.type;
  if (type === 'integer' || type === 'number' || type === 'boolean') return `must be ${type}`;
  if (Array.isArray(schema.enum) && !schema.enum.includes('')) return 'must be equal to one of the allowed values';
  if (typeof schema.minLength === 'number' && schema.minLength > 0) return `must NOT have fewer than ${schema.minLength} characters`;
  if (typeof schema.format === 'string' && ['date-time', 'date'].includes(schema.format)) return `must match format "${schema.format}"`;
  if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test('')) return `must match pattern "${schema.pattern}"`;
  return undefined;
}

/** The rule for a header or query parameter whose schema is `schema`. */
export function parameterRule(name: string, location: 'header' | 'query', schema: Schema): ParameterRule {
  return { name, in: location, repeatable: schema.type === 'array', emptyProblem: emptyProblemOf(schema) };
}

/** `was sent twice; send it once` for a header, `was given 3 times; give it once` for a query parameter. */
export function repeatedProblem(location: 'header' | 'query', count: number): string {
  const [past, verb] = location === 'header' ? ['sent', 'send'] : ['given', 'give'];
  return `was ${past} ${count === 2 ? 'twice' : `${count} times`}; ${verb} it once`;
}

/** Each parameter of `rules` the request sent empty or repeated, by name; `headers` as Node's `headersDistinct` gives them. */
export function parameterProblems(
  rules: readonly ParameterRule[],
  query: Record<string, string | string[]>,
  headers: NodeJS.Dict<string[]>,
): FieldError[] {
  const problems: FieldError[] = [];
  for (const rule of rules) {
    const sent = rule.in === 'header' ? headers[rule.name.toLowerCase()] : query[rule.name];
    if (sent === undefined) continue;
    const values = [sent].flat();
    if (values.length > 1 && !rule.repeatable) problems.push({ field: rule.name, message: repeatedProblem(rule.in, values.length) });
    else if (values.includes('') && rule.emptyProblem) problems.push({ field: rule.name, message: rule.emptyProblem });
  }
  return problems;
}
