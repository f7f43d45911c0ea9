/** What the mock answers: a status, a body and headers, and the spec's `Error` shape for every refusal. */
import { describeFields, errorBody, type FieldError } from './errors.ts';
import type { MockSpec } from './spec.ts';

export interface Reply {
  status: number;
  body?: unknown;
  /** Of the body; JSON unless Prism's response says otherwise. */
  contentType?: string;
  headers?: Record<string, string>;
}

/** Builds refusals in the `Error` shape; every text they quote from the request goes through `redact`. */
export interface Refusals {
  /** An `Error` reply for `status` with `message` (and `fields` on a 422). */
  error(status: number, message: string, fields?: FieldError[], headers?: Record<string, string>): Reply;
  /** A 422 naming each field of `fields` with its reason. */
  invalid(fields: FieldError[]): Reply;
}

export function refusals(spec: MockSpec, redact: (text: string) => string, requestId: string): Refusals {
  const error: Refusals['error'] = (status, message, fields, headers) => ({
    status,
    body: errorBody(
      spec.errorCodes,
      status,
      redact(message),
      requestId,
      fields?.map((f) => ({ field: redact(f.field), message: redact(f.message) })),
    ),
    ...(headers ? { headers } : {}),
  });
  return { error, invalid: (fields) => error(422, describeFields(fields), fields) };
}
