// @ts-nocheck
import { expect } from 'vitest';
import type { Answer } from './http.ts';
import { errorShapeErrors } from './spec.ts';

/** `answer` is a `status` in the spec's Error shape with `code`, quoting its own request id. */
export function expectError(answer: Answer, status: number, code: string): void {
  expect(answer.status, answer.text).toBe(status);
  expect(errorShapeErrors(answer.body)).toEqual([]);
  expect(answer.body.error).toBe(code);
  expect(answer.body.request_id).toBe(answer.headers.get('x-request-id'));
}
