/** The request body, for an operation that takes one: at most 1 MiB, sent as JSON, valid JSON. Sets `body`. */
import { maxBodyBytes, textOf } from '../request.ts';
import type { OperationCheck } from './context.ts';

export const isJson = (contentType: string | undefined): boolean =>
  !!contentType && /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i.test(contentType);

export const body: OperationCheck = async (context) => {
  const { req, operation, error, refuse, invalid } = context;
  if (!operation.takesBody) return undefined;
  const read = await req.readBody();
  // The spec's errors have no 413; the connection closes after the answer, so the rest of the body is never read.
  if ('tooLarge' in read)
    return error(400, `Request body is larger than ${maxBodyBytes / 1024 / 1024} MiB.`, undefined, { Connection: 'close' });
  if (read.bytes.length === 0) return undefined;
  const contentType = req.headers['content-type'];
  if (!isJson(contentType)) {
    return error(400, `Request body must be JSON sent as Content-Type: application/json, not ${contentType ?? 'without a Content-Type'}.`);
  }
  try {
    context.body = JSON.parse(textOf(read.bytes));
  } catch (cause) {
    // The parser's message quotes the body around the error, which may hold a credential: only its position is told.
    const position = /position (\d+)/.exec((cause as Error).message)?.[1];
    return refuse(
      { reason: 'malformed_json' },
      `Request body is not valid JSON${position === undefined ? '' : ` (the error is at character ${position})`}.`,
    );
  }
  // Prism lets a JSON null through where the body is optional; the API refuses it like any value of the wrong type.
  if (context.body === null && operation.bodyIsObject) return invalid([{ field: 'body', message: 'must be object' }]);
  return undefined;
};
