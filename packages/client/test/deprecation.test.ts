import { afterEach, describe, expect, it, vi } from 'vitest';
import { deprecatedOperations } from '../src/generated/operations.ts';
import { createClient } from '../src/index.ts';
import { apiError, json, startServer, type TestServer } from './server.ts';

const me = { account: { id: 'acc_1', name: 'Acme', plan: 'pro' }, scope: 'read' };
const deprecated = { Deprecation: '@1767225600', Sunset: 'Wed, 30 Jun 2027 00:00:00 GMT' };

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  vi.restoreAllMocks();
});

/** Calls GET /me twice on a server answering with `headers`, and returns what the client's logger got. */
async function logOfTwoCalls(headers: Record<string, string>): Promise<string[]> {
  server = await startServer(json(200, me, headers));
  const lines: string[] = [];
  const client = createClient({ baseUrl: server.baseUrl, apiKey: 'sk_test_deprecation', debug: (line) => lines.push(line) });
  await client.GET('/me');
  await client.GET('/me');
  return lines;
}

describe('a call the server marks deprecated (Deprecation, Sunset)', () => {
  it("warns once per operation through the client's logger", async () => {
    const lines = await logOfTwoCalls(deprecated);
    expect(lines.filter((line) => line.includes('deprecated'))).toEqual([
      'cantila: GET /me is deprecated (Deprecation: @1767225600, Sunset: Wed, 30 Jun 2027 00:00:00 GMT); see the API changelog',
    ]);
  });

  it('warns with console.warn when no logger is given, and stays quiet on responses without those headers', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    server = await startServer(json(200, me), json(200, me, deprecated));
    const client = createClient({ baseUrl: server.baseUrl, apiKey: 'sk_test_deprecation' });
    await client.GET('/me');
    expect(warn).not.toHaveBeenCalled();
    await client.throwing.GET('/me');
    await client.GET('/me');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('GET /me is deprecated');
  });

  it('warns when only an attempt that was retried said so (a 503 with the headers, then a 200 without)', async () => {
    server = await startServer(apiError(503, 'unavailable', 'Down.', {}, deprecated), json(200, me));
    const lines: string[] = [];
    const client = createClient({
      baseUrl: server.baseUrl,
      apiKey: 'sk_test_deprecation',
      retryDelay: { initialDelay: 1 },
      debug: (line) => lines.push(line),
    });
    expect((await client.GET('/me')).data).toEqual(me);
    expect(lines.filter((line) => line.includes('deprecated'))).toEqual([
      'cantila: GET /me is deprecated (Deprecation: @1767225600, Sunset: Wed, 30 Jun 2027 00:00:00 GMT); see the API changelog',
    ]);
  });
});

describe('a call of an operation the spec deprecates (x-sunset, x-replacement)', () => {
  it('warns once, before sending, with the sunset date and the replacement', async () => {
    // The spec deprecates no operation today: this one is marked for the test, and unmarked after it.
    const marked = deprecatedOperations as Record<string, { sunset: string; replacement: string }>;
    marked['GET /me'] = { sunset: '2027-06-30', replacement: 'GET /account' };
    try {
      const lines = await logOfTwoCalls({});
      expect(lines.filter((line) => line.includes('deprecated'))).toEqual([
        'cantila: GET /me is deprecated (sunset 2027-06-30); use GET /account',
      ]);
      expect(lines.findIndex((line) => line.includes('deprecated'))).toBeLessThan(lines.findIndex((line) => line.startsWith('cantila →')));
    } finally {
      delete marked['GET /me'];
    }
  });
});
