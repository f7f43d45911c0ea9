// @ts-nocheck
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

it('a browser-like runtime without Node is a browser', () => {
  vi.stubGlobal('document', {});
  vi.stubGlobal('process', undefined);
  let message: string | undefined;
  try {
    createClient({ apiKey: 'sk_live_page' });
  } catch (error) {
    message = (error as Error).message;
  } finally {
    vi.unstubAllGlobals();
  }
  expect(message).toMatch(refused);
});
