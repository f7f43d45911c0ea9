/**
 * HTTP/1.1 spoken by hand over a TCP socket, for what fetch will not send: a request without Host, a
 * header twice, `Expect`, `CONNECT`, a body that stops before its Content-Length.
 */
// @ts-nocheck

import { connect } from 'node:net';

export interface RawAnswer {
  status: number;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  /** The body parsed as JSON when it is, else its text. */
  body: any;
  /** Whether the server closed the connection after answering. */
  closed: boolean;
}

function parse(received: Buffer): Omit<RawAnswer, 'closed'> | undefined {
  const end = received.indexOf('\r\n\r\n');
  if (end === -1) return undefined;
  const [statusLine = '', ...lines] = received.subarray(0, end).toString('latin1').split('\r\n');
  const headers = Object.fromEntries(
    lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
  const length = Number(headers['content-length'] ?? 0);
  if (received.length < end + 4 + length) return undefined;
  const text = received.subarray(end + 4, end + 4 + length).toString('utf8');
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: Number(statusLine.split(' ')[1]), headers, body };
}

/**
 * Writes `request` as given to the host and port of `url` and resolves with the first answer, once it
 * is complete and (with `waitForClose`) the server has closed the connection.
 */
export function exchange(url: string, request: string | Buffer, { waitForClose = false, timeoutMs = 10_000 } = {}): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let received = Buffer.alloc(0);
    const timer = setTimeout(() => {
      socket.destroy();
      reject(
        new Error(
          `no ${waitForClose ? 'closed ' : ''}answer within ${timeoutMs} ms; received: ${received.toString('latin1').slice(0, 300)}`,
        ),
      );
    }, timeoutMs);
    const settle = (closed: boolean): void => {
      const answer = parse(received);
      if (!answer || (waitForClose && !closed)) return;
      clearTimeout(timer);
      socket.destroy();
      resolve({ ...answer, closed });
    };
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      settle(false);
    });
    // Writing on after the server has answered and closed may fail; the answer is what counts.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      settle(true);
      clearTimeout(timer);
      reject(new Error(`the connection closed without a complete answer; received: ${received.toString('latin1').slice(0, 300)}`));
    });
    socket.write(request);
  });
}
