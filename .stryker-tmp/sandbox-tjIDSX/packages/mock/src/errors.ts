/** Builds the spec's `Error` body, and turns Prism's validation results into its `message` and `fields[]`. */
// @ts-nocheck


export interface FieldError {
  field: string;
  message: string;
}

/** The body of every non-2xx response. */
export interface ErrorBody {
  error: string;
  reason?: string;
  message: string;
  request_id: string;
  param?: string;
  fields?: FieldError[];
}

/** The documented cause of a refusal: its `ErrorReason`, and the parameter at fault when there is one. */
export interface Cause {
  reason: string;
  param?: string;
}

/** One failed check, as Prism's validator reports it. */
export interface Violation {
  path?: readonly (string | number)[];
  code?: string | number;
  message: string;
}

/** The `ErrorCode` for a status; a status the spec's table lacks gets the generic code of its class. */
export function errorCodeFor(status: number, codes: ReadonlyMap<number, string>): string {
  return codes.get(status) ?? codes.get(status >= 500 ? 500 : 400) ?? (status >= 500 ? 'internal' : 'bad_request');
}

/** An `Error` body for `status`. */
export function errorBody(
  codes: ReadonlyMap<number, string>,
  status: number,
  message: string,
  requestId: string,
  fields?: FieldError[],
  cause?: Cause,
): ErrorBody {
  const body: ErrorBody = {
    error: errorCodeFor(status, codes),
    ...(cause ? { reason: cause.reason } : {}),
    message,
    request_id: requestId,
    ...(cause?.param ? { param: cause.param } : {}),
  };
  if (fields) body.fields = fields;
  return body;
}

// Prism's messages start by naming the place ("Request query parameter limit must be <= 100");
// `fields[].field` names it already, so the message keeps only the reason.
const place = /^Request (?:body(?: property \S+)?|(?:query|path|header|cookie) parameter \S+) /;
const quotedProperty = /'([^']+)'/;
const headerName = (name: string): string => name.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());

function fieldOf(violation: Violation): FieldError {
  const [location, ...rest] = (violation.path ?? []).map(String);
  const reason = violation.message.replace(place, '');
  if (location === undefined) return { field: 'body', message: /required/i.test(violation.message) ? 'is required' : reason };
  if (location !== 'body') return { field: location === 'header' ? headerName(rest[0] ?? '') : (rest[0] ?? location), message: reason };
  const segments = [...rest];
  let message = reason;
  if (violation.code === 'required' || violation.code === 'additionalProperties') {
    const property = quotedProperty.exec(violation.message)?.[1];
    if (property !== undefined) segments.push(property);
    message = violation.code === 'required' ? 'is required' : 'is not a property this operation accepts';
  }
  const field = segments.reduce(
    (path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : path ? `${path}.${segment}` : segment),
    '',
  );
  return { field: field || 'body', message };
}

/** The `message` of a 422 that lists `fields`: each field named, with its reason. */
export const describeFields = (fields: readonly FieldError[]): string => fields.map((f) => `${f.field} ${f.message}`).join('; ');

/** `message` and `fields[]` of a 422 from Prism's request violations. */
export function describeViolations(violations: readonly Violation[]): { message: string; fields: FieldError[] } {
  const fields = violations.map(fieldOf);
  return { message: describeFields(fields), fields };
}
