/** The init openapi-fetch builds for a request: always with a method and merged `Headers`. */
export type PendingInit = RequestInit & { method: string; headers: Headers };

/**
 * What openapi-fetch builds in place of a `Request` (its `Request` option): the URL and the init,
 * kept as they are, so that `fetch(url, init)` builds the one Request a request needs. Handed a
 * `Request`, fetch builds another from it and pipes a body through a new stream: on loopback that
 * cost a POST 15–25% of its time.
 */
export class PendingRequest {
  readonly url: string;
  readonly init: PendingInit;

  constructor(url: string, init: PendingInit) {
    this.url = url;
    this.init = init;
  }

  get method(): string {
    return this.init.method;
  }

  get headers(): Headers {
    return this.init.headers;
  }

  /** The `Request` itself, for a `fetch` option that takes one. */
  toRequest(): Request {
    return new Request(this.url, this.init);
  }
}
