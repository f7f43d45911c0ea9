// The client in a real browser (Debian's Chromium through playwright-core): session cookies, the
// refusal of secret keys, the runtime working on the browser's fetch, and webhooks verified with its WebCrypto.
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium } from '@cantila/chromium';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { apiError, json, reset, startServerWith, type Reply, type TestServer } from './server.ts';

let browser: Browser;
let pageServer: Server;
let pageOrigin: string;
let page: Page;
let api: TestServer | undefined;

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]!.text;
  pageServer = createServer((req, res) => {
    if (req.url === '/worker.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      res.end(`import('/client.js').then((cantila) => {
        try { cantila.createClient({ apiKey: 'sk_live_inworker' }); postMessage('created'); } catch (error) { postMessage(error.message); }
      });`);
    } else if (req.url === '/client.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      res.end(script);
    } else {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<!doctype html><title>console</title>');
    }
  });
  await new Promise<void>((resolve) => pageServer.listen(0, '127.0.0.1', resolve));
  pageOrigin = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}`;
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`${pageOrigin}/`);
  // The signed-in session: a cookie on 127.0.0.1, which the API (another port, so another origin) also gets.
  await page.evaluate(() => {
    // biome-ignore lint/suspicious/noDocumentCookie: the test plays the Console, whose sign-in sets this cookie on the page.
    document.cookie = 'cantila_session=sess_browser42; path=/';
  });
});

afterEach(async () => {
  await api?.close();
  api = undefined;
});

afterAll(async () => {
  await browser?.close();
  pageServer?.closeAllConnections();
  await new Promise<void>((resolve) => (pageServer ? pageServer.close(() => resolve()) : resolve()));
});

async function serveApi(...replies: Reply[]): Promise<TestServer> {
  api = await startServerWith({ cors: pageOrigin }, ...replies);
  return api;
}

/** Runs `body` in the page with the bundled client module as `cantila` and `arg` in scope (as source text, so no test transform touches it). */
function inPage<T>(body: string, arg: unknown): Promise<T> {
  return page.evaluate(
    `(async () => { const cantila = await import('/client.js'); const arg = ${JSON.stringify(arg)}; ${body} })()`,
  ) as Promise<T>;
}

it('authenticates with the session cookie when no key is given', async () => {
  const server = await serveApi(json(200, { user: { id: 'usr_1' } }, { 'X-Request-Id': 'req_browser' }));
  const result = await inPage<{ data: unknown; requestId: string }>(
    `const client = cantila.createClient({ baseUrl: arg });
     const { data, requestId } = await client.GET('/me');
     return { data, requestId };`,
    server.baseUrl,
  );
  expect(result).toEqual({ data: { user: { id: 'usr_1' } }, requestId: 'req_browser' });
  expect(server.received[0]?.headers.cookie).toBe('cantila_session=sess_browser42');
  expect(server.received[0]?.headers.authorization).toBeUndefined();
});

it('refuses a secret key in the browser and says why', async () => {
  const message = await inPage<string>(
    `try { cantila.createClient({ apiKey: 'sk_live_inpage', baseUrl: arg }); return 'created'; } catch (error) { return error.message; }`,
    'http://127.0.0.1:9/v1',
  );
  expect(message).toMatch(/refusing to use a secret API key \(sk_…\) in a browser: anyone who can open the page can read it/);
  expect(message).toMatch(/dangerouslyAllowBrowser: true/);
  expect(message).not.toContain('sk_live_inpage');
});

it('refuses a secret key pasted with a space or a line break around it', async () => {
  const messages = await inPage<string[]>(
    `return arg.map((apiKey) => { try { cantila.createClient({ apiKey }); return 'created'; } catch (error) { return error.message; } });`,
    [' sk_live_inpage', '\tsk_live_inpage\n'],
  );
  for (const message of messages) expect(message).toMatch(/^createClient: refusing to use a secret API key \(sk_…\) in a browser/);
});

it("refuses a secret key in a page's worker too", async () => {
  const message = await inPage<string>(
    `const worker = new Worker('/worker.js', { type: 'module' });
     return await new Promise((resolve) => worker.addEventListener('message', (event) => resolve(event.data)));`,
    null,
  );
  expect(message).toMatch(/refusing to use a secret API key \(sk_…\) in a browser/);
});

it('uses a secret key in the browser when explicitly allowed, without the session cookie', async () => {
  const server = await serveApi(json(200, {}));
  const status = await inPage<number>(
    `const client = cantila.createClient({ apiKey: 'sk_test_allowed', baseUrl: arg, dangerouslyAllowBrowser: true });
     return (await client.GET('/me')).response.status;`,
    server.baseUrl,
  );
  expect(status).toBe(200);
  expect(server.received[0]?.headers.authorization).toBe('Bearer sk_test_allowed');
  expect(server.received[0]?.headers.cookie).toBeUndefined();
});

it("retries, acts as a sub-account and types errors on the browser's fetch", async () => {
  const server = await serveApi(apiError(503, 'unavailable', 'Try again.'), apiError(404, 'not_found', 'No project named nope.'));
  const result = await inPage<{ name: string; status: number; code: string; requestId: string }>(
    `const client = cantila.createClient({ baseUrl: arg, retryDelay: { initialDelay: 1 } }).actAs('client-acme');
     const { error } = await client.GET('/projects/{project}', { params: { path: { project: 'nope' } } });
     return { name: error.name, status: error.status, code: error.code, requestId: error.requestId };`,
    server.baseUrl,
  );
  expect(result).toEqual({ name: 'NotFoundError', status: 404, code: 'not_found', requestId: 'req_404' });
  expect(server.received.map((r) => r.headers['x-cantila-act-as'])).toEqual(['client-acme', 'client-acme']);
});

it("resolves a 204 on the browser's fetch, once, without retrying the request", async () => {
  const server = await serveApi((res) => {
    res.writeHead(204, { 'X-Request-Id': 'req_204' });
    res.end();
  });
  const result = await inPage<{ status: number; error: unknown; requestId: string }>(
    `const { response, error, requestId } = await cantila.createClient({ baseUrl: arg, retryDelay: { initialDelay: 1 } })
       .DELETE('/projects/{project}', { params: { path: { project: 'web-shop' } } });
     return { status: response?.status, error: error?.message ?? null, requestId };`,
    server.baseUrl,
  );
  expect(result).toEqual({ status: 204, error: null, requestId: 'req_204' });
  expect(server.received).toHaveLength(1);
});

it('reports a dropped connection as a ConnectionError', async () => {
  const server = await serveApi(reset);
  const result = await inPage<{ name: string; code: string }>(
    `const { error } = await cantila.createClient({ baseUrl: arg, maxRetries: 1, retryDelay: { initialDelay: 1 } }).GET('/me');
     return { name: error.name, code: error.code };`,
    server.baseUrl,
  );
  expect(result).toEqual({ name: 'ConnectionError', code: 'connection_error' });
  expect(server.received).toHaveLength(2);
});

it("verifies a webhook signed in Node with the browser's WebCrypto, and refuses it once changed", async () => {
  const secret = 'whsec_browserTest7Qm4';
  const t = Math.floor(Date.now() / 1000);
  const payload = JSON.stringify({ id: 'whe_4Tq8Lm', type: 'incident.opened', data: { incident: { id: 'inc_9Ru4Fz' } } });
  const signature = `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${payload}`).digest('hex')}`;
  const results = await inPage<string[]>(
    `return Promise.all([arg.payload, arg.payload.replace('opened', 'resolved')].map((payload) =>
       cantila.verifyWebhook({ payload, signature: arg.signature, secret: arg.secret }).then((event) => event.id, (error) => error.failure)));`,
    { payload, signature, secret },
  );
  expect(results).toEqual(['whe_4Tq8Lm', 'signature_mismatch']);
});
