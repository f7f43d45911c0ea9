/**
 * What one exchange with the server must look like, judged against the spec: the status documented by
 * the operation, every header documented for that status present and valid, the body JSON and valid
 * against that status's schema, and any error in the Error shape with the status's code and the request's own id.
 */
// @ts-nocheck

import { errorCodesOf, errorShapeErrors, headerErrors, schemaErrors, statusesOf, type Operation } from './spec.ts';

/** One request and the server's answer, as the wire carried it. */
export interface Exchange {
  status: number;
  headers: Headers;
  /** The raw body text. */
  text: string;
}

const snippet = (text: string): string => JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);

/** The body as JSON, or why it is not. */
function parsed(exchange: Exchange): { body: unknown } | { problem: string } {
  if (exchange.text === '') return { body: undefined };
  const type = exchange.headers.get('content-type') ?? '(none)';
  try {
    const body: unknown = JSON.parse(exchange.text);
    return /^application\/(?:[\w.+-]+\+)?json\b/i.test(type) ? { body } : { problem: `the body is JSON but its Content-Type is ${type}` };
  } catch {
    return { problem: `the body is not JSON (Content-Type ${type}): ${snippet(exchange.text)}` };
  }
}

/** Every way `exchange` breaks what `op` documents, whatever its status; `[]` when it conforms. */
export function conformanceProblems(op: Operation, exchange: Exchange): string[] {
  const { status } = exchange;
  if (!statusesOf(op).includes(status)) return [`status ${status} is not documented (documented: ${statusesOf(op).join(', ')})`];
  const problems = headerErrors(op, status, exchange.headers);
  const json = parsed(exchange);
  if ('problem' in json) return [...problems, json.problem];
  problems.push(...schemaErrors(op, status, json.body).map((error) => `body ${error}`));
  if (status >= 400) {
    problems.push(...errorShapeErrors(json.body).map((error) => `error body ${error}`));
    const { error: code, request_id: bodyId } = (json.body ?? {}) as { error?: unknown; request_id?: unknown };
    const codes = errorCodesOf(status);
    if (typeof code === 'string' && codes.length > 0 && !codes.includes(code)) {
      problems.push(`the error code ${snippet(code)} is not the one for ${status} (${codes.join(' or ')})`);
    }
    const requestId = exchange.headers.get('x-request-id');
    if (requestId !== null && bodyId !== undefined && bodyId !== requestId) {
      problems.push(`the error's request_id ${snippet(String(bodyId))} is not the X-Request-Id ${snippet(requestId)}`);
    }
  }
  return problems;
}

/** The problems of an exchange that should have answered `expected`: a wrong status first, then any breach of the spec. */
export function expectStatus(op: Operation, exchange: Exchange, expected: number): string[] {
  const wrongStatus = exchange.status === expected ? [] : [`answered ${exchange.status}, expected ${expected}`];
  return [...wrongStatus, ...conformanceProblems(op, exchange)];
}
