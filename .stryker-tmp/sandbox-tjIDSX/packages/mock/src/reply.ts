/** What the mock answers: a status, a body and headers, and the spec's `Error` shape for every refusal. */
// @ts-nocheck

import { type Cause, describeFields, errorBody, type FieldError } from './errors.ts';
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
  /** An `Error` reply for `status` with `message` (and `fields` on a 422), for a failure the spec gives no reason. */
  error(status: number, message: string, fields?: FieldError[], headers?: Record<string, string>): Reply;
  /** An `Error` reply for a documented cause: its status is its `ErrorReason`'s code's (the spec's `x-cantila-code`). */
  refuse(cause: Cause, message: string, headers?: Record<string, string>): Reply;
  /** A 422 `invalid_input` naming each field of `fields` with its reason. */
  invalid(fields: FieldError[]): Reply;
}

export function refusals(spec: MockSpec, redact: (text: string) => string, requestId: string): Refusals {
  const reply = (status: number, message: string, fields?: FieldError[], headers?: Record<string, string>, cause?: Cause): Reply => ({
    status,
    body: errorBody(
      spec.errorCodes,
      status,
      redact(message),
      requestId,
      fields?.map((f) => ({ field: redact(f.field), message: redact(f.message) })),
      cause,
    ),
    ...(headers ? { headers } : {}),
  });
  const refuse: Refusals['refuse'] = (cause, message, headers) => {
    const status = spec.reasonStatuses.get(cause.reason);
    if (status === undefined) throw new Error(`the spec's ErrorReason has no ${cause.reason}`);
    return reply(status, message, undefined, headers, cause);
  };
  const invalidInput = { reason: 'invalid_input' };
  return {
    error: (status, message, fields, headers) => reply(status, message, fields, headers),
    refuse,
    invalid: (fields) =>
      reply(422, describeFields(fields), fields, undefined, spec.reasonStatuses.has(invalidInput.reason) ? invalidInput : undefined),
  };
}
