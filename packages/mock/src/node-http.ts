/**
 * The policy layer served by node:http: each IncomingMessage described as a MockRequest, each answer
 * written back; and what only a socket has — pipelining, `Expect`, CONNECT, a request Node could not parse.
 */
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import type { Policy } from './policy.ts';
import { type BodyRead, maxBodyBytes, type MockRequest, type MockResponse } from './request.ts';

/** The request's body, or `tooLarge` as soon as it is known to exceed the limit: the rest is left unread. */
export function readBody(req: IncomingMessage): Promise<BodyRead> {
  if (Number(req.headers['content-length']) > maxBodyBytes) return Promise.resolve({ tooLarge: true });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      chunks.push(chunk);
      if (size <= maxBodyBytes) return;
      req.off('data', onData);
      req.pause();
      resolve({ tooLarge: true });
    };
    req.on('data', onData);
    req.on('end', () => resolve({ bytes: Buffer.concat(chunks) }));
    req.on('error', reject);
  });
}

/** `req` as the policy layer reads it. */
export function mockRequestOf(req: IncomingMessage): MockRequest {
  return {
    method: req.method ?? 'GET',
    url: req.url ?? '/',
    httpVersion: req.httpVersion,
    headers: req.headers,
    headersDistinct: req.headersDistinct,
    remoteAddress: req.socket.remoteAddress,
    tls: (req.socket as TLSSocket).encrypted === true,
    readBody: () => readBody(req),
    gone: () => req.socket.destroyed,
  };
}

/** What Node's parser found wrong with a request it could not hand over, as a status and a message. */
function clientProblem(cause: NodeJS.ErrnoException): { status: number; message: string } {
  if (cause.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return { status: 408, message: 'The request took too long to arrive: its headers and body must come within the time limit.' };
  }
  if (cause.code === 'HPE_HEADER_OVERFLOW') {
    return { status: 431, message: 'The request headers are too large: send fewer or shorter headers (a long cookie, say).' };
  }
  return { status: 400, message: `The request is not valid HTTP/1.1 (${cause.code ?? cause.message}).` };
}

/** The policy layer's handlers for a node:http server. */
export interface NodeHandlers {
  /** The server's `request` handler. */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** The server's `checkExpectation` handler: an `Expect` other than 100-continue gets a 400 in the Error shape. */
  checkExpectation(req: IncomingMessage, res: ServerResponse): void;
  /** The server's `checkContinue` handler: `100 Continue` only for a body the mock would read. */
  checkContinue(req: IncomingMessage, res: ServerResponse): void;
  /** The server's `connect` handler: CONNECT gets a 404 or 405 in the Error shape, and the connection closes. */
  connect(req: IncomingMessage, socket: Duplex): void;
  /** The server's `clientError` handler: a request that is not valid HTTP still gets an Error body. */
  clientError(cause: NodeJS.ErrnoException, socket: Duplex): void;
}

/** Writes an answer straight to a socket Node has handed over (an unparsable request, CONNECT), then closes it. */
function writeRaw(socket: Duplex, { status, headers, body }: MockResponse): void {
  const lines = Object.entries({ ...headers, Connection: 'close' }).map(([name, value]) => `${name}: ${value}`);
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${lines.join('\r\n')}\r\n\r\n${body ?? ''}`);
}

export function nodeHandlers(policy: Policy): NodeHandlers {
  /** Answers one request; resolves once the answer is written. */
  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { status, headers, body } = await policy.answer(mockRequestOf(req));
    res.writeHead(status, headers);
    res.end(body);
  }

  // Requests pipelined on one connection are answered one after the other (HTTP/1.1 sends their answers
  // in order anyway), so thousands of them on one socket take one turn at a time, not the whole server.
  const inLine = new WeakMap<object, Promise<void>>();
  function handle(req: IncomingMessage, res: ServerResponse): void {
    const previous = inLine.get(req.socket);
    // Each turn waits for the event loop to come round, so other connections' requests are read in between.
    const turn = previous
      ? previous.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(() => serve(req, res))
      : serve(req, res);
    inLine.set(req.socket, turn);
  }

  return {
    handle,
    checkExpectation: handle,

    checkContinue(req, res) {
      // Over the limit, the body check refuses at once and closes: the client need not send the body at all.
      if (!(Number(req.headers['content-length']) > maxBodyBytes)) res.writeContinue();
      handle(req, res);
    },

    connect(req, socket) {
      // No operation has the CONNECT method, so routing answers 404 or 405 without reading on.
      policy.answer(mockRequestOf(req)).then(
        (answer) => writeRaw(socket, answer),
        () => socket.destroy(),
      );
    },

    clientError(cause, socket) {
      if (cause.code === 'ECONNRESET' || !socket.writable) {
        socket.destroy();
        return;
      }
      // Node's own answer would be a bare 400 without a body; this one is in the Error shape like every other.
      const { status, message } = clientProblem(cause);
      writeRaw(socket, policy.error(status, message));
    },
  };
}
