// Which environment counts as a browser (where an sk_ key is refused and no key means the session
// cookie): a page or a page's worker, never a server runtime, even one with a `document` of its own
// (jsdom, happy-dom, server-side rendering). The real browser is in browser.test.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../src/index.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

const refused = /refusing to use a secret API key/;
const noKey = /^createClient: no apiKey \(is CANTILA_API_KEY set\?\)/;

describe.each([
  ['Node', () => {}],
  [
    'Node with jsdom-like globals (a test environment, or a server-side render)',
    () => {
      const document = { cookie: '', createElement: () => ({}) };
      vi.stubGlobal('document', document);
      vi.stubGlobal('window', { document, location: { href: 'http://localhost/' } });
      vi.stubGlobal('navigator', { userAgent: 'Mozilla/5.0 (linux) AppleWebKit/537.36 (KHTML, like Gecko) jsdom/26.1.0' });
    },
  ],
  ['Node with a worker scope defined', () => vi.stubGlobal('DedicatedWorkerGlobalScope', class {})],
  // Nothing says "page": a server runtime that is neither Node nor a page (an edge function, say).
  ['a runtime with neither Node nor a page or worker scope', () => vi.stubGlobal('process', undefined)],
])('%s is a server', (_, setUp) => {
  it('takes an sk_ key', () => {
    setUp();
    expect(() => createClient({ apiKey: 'sk_live_server' })).not.toThrow();
  });

  it('refuses a client without a key, instead of quietly using a session cookie', () => {
    setUp();
    expect(() => createClient()).toThrow(noKey);
  });
});

/**
 * Runs `make` as a page or a page's worker would: `scope` defined and no Node `process` (or the one a
 * bundler defines for a page's code, `{ env }`, without Node's `versions`).
 */
function asBrowser<T>(scope: string, make: () => T, process?: object): T {
  vi.stubGlobal(scope, scope === 'document' ? {} : class {});
  vi.stubGlobal('process', process);
  try {
    return make();
  } finally {
    vi.unstubAllGlobals();
  }
}

/** A client made by `make` and the request its GET /me sends (to a fetch that answers 200 itself). */
async function firstRequest(make: (fetch: (request: Request) => Promise<Response>) => ReturnType<typeof createClient>): Promise<Request> {
  const sent: Request[] = [];
  const client = make(async (request) => {
    sent.push(request);
    return Response.json({ account: { id: 'acc_1', name: 'Acme', plan: 'pro' }, scope: 'read' });
  });
  await client.GET('/me');
  if (!sent[0]) throw new Error('no request was sent');
  return sent[0];
}

describe.each(['document', 'DedicatedWorkerGlobalScope', 'SharedWorkerGlobalScope'])(
  'a runtime without Node, with %s, is a browser',
  (scope) => {
    it('refuses an sk_ key, naming the way out', () => {
      expect(() => asBrowser(scope, () => createClient({ apiKey: 'sk_live_page' }))).toThrow(refused);
    });

    it("refuses an sk_ key with a bundler's process shim ({ env }) defined too", () => {
      const shim = { env: { NODE_ENV: 'production' } };
      expect(() => asBrowser(scope, () => createClient({ apiKey: 'sk_live_page' }), shim)).toThrow(refused);
    });

    it('sends a bearer value that is not a secret key (a token the page got from its own backend, for a proxy)', async () => {
      const request = await firstRequest((fetch) => asBrowser(scope, () => createClient({ apiKey: 'tok_page_2h', fetch })));
      expect(request.headers.get('authorization')).toBe('Bearer tok_page_2h');
    });

    it('sends the session cookie, and no key, when given none', async () => {
      const request = await firstRequest((fetch) => asBrowser(scope, () => createClient({ fetch })));
      expect(request.credentials).toBe('include');
      expect(request.headers.has('authorization')).toBe(false);
    });

    it('sends an sk_ key as a bearer key, with dangerouslyAllowBrowser', async () => {
      const request = await firstRequest((fetch) =>
        asBrowser(scope, () => createClient({ apiKey: 'sk_live_owner', dangerouslyAllowBrowser: true, fetch })),
      );
      expect(request.headers.get('authorization')).toBe('Bearer sk_live_owner');
      expect(request.credentials).not.toBe('include');
    });
  },
);

describe('auth chosen on purpose, in any runtime', () => {
  it("sends the session cookie to the API's origin with auth: 'session' (credentials: include)", async () => {
    const request = await firstRequest((fetch) => createClient({ auth: 'session', fetch }));
    expect(request.credentials).toBe('include');
    expect(request.headers.has('authorization')).toBe(false);
  });

  it("sends no credential at all with auth: 'none' (no cookie to another origin, no key)", async () => {
    const request = await firstRequest((fetch) => createClient({ auth: 'none', fetch }));
    expect(request.credentials).toBe('same-origin');
    expect(request.headers.has('authorization')).toBe(false);
  });
});
