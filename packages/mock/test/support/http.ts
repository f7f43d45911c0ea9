/** Plain `fetch` against the mock, with the answer read once: status, headers and parsed body. */

export interface Answer {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

/** Sends `init` to `url` and reads the whole answer (JSON when it parses, else the text). */
export async function send(url: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: bodyOf(text), text };
}

/** An answer's body: its JSON when it parses, else the text (`undefined` when empty). */
export function bodyOf(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return text;
  }
}

/** `Authorization: Bearer <key>` plus any other headers. */
export const bearer = (key: string, headers: Record<string, string> = {}): Record<string, string> => ({
  authorization: `Bearer ${key}`,
  ...headers,
});

/** A request with a JSON body (`body` sent as given when it is a string, so it can be broken JSON). */
export const withJson = (method: string, body: unknown, headers: Record<string, string>): RequestInit => ({
  method,
  body: typeof body === 'string' ? body : JSON.stringify(body),
  headers: { 'content-type': 'application/json', ...headers },
});

/** A browser's CORS preflight from a page on `origin`, for a `method` request with the `headers` named. */
export const preflightFrom = (origin: string, method: string, headers: string): RequestInit => ({
  method: 'OPTIONS',
  headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': headers },
});
