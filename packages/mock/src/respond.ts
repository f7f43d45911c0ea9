/**
 * The answer to a request every check let through: Prism's, from the spec's examples (or generated),
 * with Prism's findings turned into the spec's `Error` shape and `GET /me` reflecting the credential.
 */
import type { OperationContext } from './checks/index.ts';
import { keyIdOf } from './credentials.ts';
import type { Engine } from './engine.ts';
import { describeViolations, errorBody } from './errors.ts';
import type { Reply } from './reply.ts';
import { whoami } from './spec.ts';
import type { StatefulMock } from './state.ts';

// Headers the policy layer sets itself; Prism's copies (the spec's example values) are dropped.
const ownHeaders = new Set(['x-request-id', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'content-length']);
// Prism prefixes its problems with their type's URL, which says nothing to a frontend developer.
const prismProblemType = /https?:\/\/stoplight\.io\/prism\/errors#[A-Z_]+: /g;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Prism's answer to `context`; with `stateful`, the store's instead where it keeps the resource (Prism still validates the request). */
export async function respond(context: OperationContext, engine: Engine, stateful?: StatefulMock): Promise<Reply> {
  const { req, spec, operation, path, query, body, preferred, credential, requestId, error, invalid } = context;
  const headers = { ...req.headers };
  // The API answers JSON whatever the Accept header says; Prism would negotiate it into a 406.
  delete headers.accept;
  if (!operation.takesBody) {
    // Like the API, an operation without a body ignores one; Prism would call it an unsupported content type.
    delete headers['content-length'];
    delete headers['transfer-encoding'];
    delete headers['content-type'];
  }
  // A HEAD routed to a GET is asked of Prism as that GET; Node leaves the body out of the answer.
  const request = { method: operation.method, path, query, headers, body };
  let result = await engine.respond({ ...request, preferences: preferred?.preferences });
  if (!result.ok && preferred) {
    // Prism could not follow the preference: without it, either the request has its own problem (reported as such) or the preference was the cause.
    const plain = await engine.respond(request);
    if (plain.ok && plain.violations.length === 0) {
      return invalid([
        { field: preferred.field, message: `cannot be followed by ${operation.key}: ${result.message.replace(prismProblemType, '')}` },
      ]);
    }
    result = plain;
  }
  if (!result.ok) return error(result.status, result.message);
  // A 201 or 202 says where what it created is, from its response's link (./location.ts), whoever answered.
  const withLocation = (reply: Reply): Reply => {
    const location = operation.locations.get(String(reply.status))?.(context.pathParams, reply.body);
    if (location === undefined) return reply;
    const headers = Object.fromEntries(Object.entries(reply.headers ?? {}).filter(([name]) => name.toLowerCase() !== 'location'));
    return { ...reply, headers: { ...headers, Location: location } };
  };
  if (stateful && !preferred && result.status < 400) {
    const stored = stateful.answer(context);
    if (stored) return withLocation(stored);
  }
  const extra: Record<string, string> = {};
  let contentType: string | undefined;
  for (const [name, value] of Object.entries(result.headers)) {
    const lower = name.toLowerCase();
    if (lower === 'content-type') contentType = String(value);
    else if (!ownHeaders.has(lower)) extra[name] = String(value);
  }
  if (result.status >= 400) {
    if (result.violations.length > 0) {
      const { message, fields } = describeViolations(result.violations);
      return result.status === 422 ? { ...invalid(fields), headers: extra } : error(result.status, message, undefined, extra);
    }
    // An error response asked for with `Prefer: code=…`: the spec's example, with this request's id wherever the example has its own.
    const example = isObject(result.body)
      ? result.body
      : errorBody(spec.errorCodes, result.status, `The spec's ${result.status} response.`, requestId);
    const exampleId = example.request_id;
    const withId = Object.entries(example).map(([name, value]) => [
      name,
      typeof value === 'string' && typeof exampleId === 'string' && exampleId ? value.replaceAll(exampleId, requestId) : value,
    ]);
    return { status: result.status, body: { ...Object.fromEntries(withId), request_id: requestId }, headers: extra };
  }
  if (operation.key === whoami && result.exampleKey === undefined && isObject(result.body)) {
    const { key: _key, acting_as: _actingAs, ...me } = result.body;
    const actAs = req.headers[spec.actAsHeader.toLowerCase()];
    const reflected = {
      ...me,
      ...(credential?.user ? { user: credential.user } : {}),
      ...(credential?.kind === 'key' ? { key: { id: keyIdOf(credential.secret), scope: credential.scope } } : {}),
      ...(actAs === undefined ? {} : { acting_as: actAs }),
    };
    return { status: result.status, body: reflected, contentType, headers: extra };
  }
  return withLocation({ status: result.status, body: result.body, contentType, headers: extra });
}
