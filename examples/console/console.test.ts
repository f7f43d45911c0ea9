/**
 * The example Console in Debian's Chromium against the mock, in both setups: through vite.config.ts's
 * proxy (same origin) and calling the mock directly (CORS with credentials). One mock, one build and
 * one browser for the file; each setup in a browser context of its own, so their cookies stay apart.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '@cantila/chromium';
import { actAs, apiResponse, createProject, type Preflight, projectRow, recordPreflights, responseTo, signIn, signOut } from './drive.ts';
import { type ServedExample, serveExample } from './serve.ts';

// A host name that resolves to loopback, so the page's Origin is not a loopback one.
const foreignHost = 'console.example.test';

let example: ServedExample;
let browser: Browser;

beforeAll(async () => {
  [example, browser] = await Promise.all([
    serveExample([foreignHost]),
    launchChromium([`--host-resolver-rules=MAP ${foreignHost} 127.0.0.1`]),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await example?.close();
});

/** Opens `url` in a fresh browser context (no cookies). */
async function open(url: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}

describe.each([
  ['through the Vite proxy (same origin)', 'same-origin', () => `http://127.0.0.1:${example.port}/`],
  [
    'calling the mock directly (CORS with credentials)',
    'cross-origin',
    () => `http://127.0.0.1:${example.port}/?api=${example.mockOrigin}`,
  ],
])('the example %s', (_, prefix, url) => {
  let context: BrowserContext;
  let page: Page;
  let preflights: Preflight[];
  beforeAll(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    preflights = await recordPreflights(page);
    await page.goto(url());
  });
  afterAll(() => context?.close());

  it('signs in with an HttpOnly session cookie that is sent but never readable from JavaScript', async () => {
    const cookieName = example.mock.spec.sessionCookie;
    await signIn(page, 'usr_3Dq7nL', 'deploy');
    // Only the cookie can have told the mock who this is: the page holds no other credential.
    await expect.poll(() => page.textContent('#who')).toBe('Signed in as Dana Ortiz (dana@example.com) in your-handle, scope deploy');
    const cookie = (await context.cookies()).find((c) => c.name === cookieName);
    expect(cookie).toMatchObject({ domain: '127.0.0.1', path: '/', httpOnly: true, sameSite: 'Lax', secure: false });
    expect(cookie?.value).toMatch(/^ses_/);
    expect(await page.evaluate(() => document.cookie)).not.toContain(cookieName);
    await signOut(page);
    expect((await context.cookies()).map((c) => c.name)).not.toContain(cookieName);
  });

  it('creates and deletes a project, showing the X-Request-Id of each answer', async () => {
    await signIn(page, 'usr_8f2a', 'admin');
    await projectRow(page, 'web-shop').waitFor();
    const name = `${prefix}-app`;
    const created = await createProject(page, name);
    expect(created.status()).toBe(201);
    await projectRow(page, name).waitFor();
    // The last request is the list after the create: a success, whose id only the header carries.
    const id = await page.textContent('#request-id');
    expect(id).toMatch(/^req_/);
    expect(id).not.toBe(created.headers()['x-request-id']);
    const deleted = await responseTo(
      page,
      apiResponse('DELETE', `/projects/${await projectRow(page, name).locator('td').nth(2).textContent()}`),
      () => page.click(`[aria-label="Delete ${name}"]`),
    );
    expect(deleted.status()).toBe(204);
    await projectRow(page, name).waitFor({ state: 'detached' });
    expect(await page.isVisible('#error')).toBe(false);
  });

  it('acts as a sub-account: each account sees its own projects', async () => {
    const header = example.mock.spec.actAsHeader.toLowerCase();
    const acme = await actAs(page, 'client-acme');
    expect(acme.request().headers()[header]).toBe('client-acme');
    expect(acme.status()).toBe(200);
    const name = `${prefix}-acme`;
    expect((await createProject(page, name)).request().headers()[header]).toBe('client-acme');
    await projectRow(page, name).waitFor();
    const own = await actAs(page, '');
    expect(own.request().headers()[header]).toBeUndefined();
    await projectRow(page, 'web-shop').waitFor();
    expect(await projectRow(page, name).count()).toBe(0);
    await actAs(page, 'client-globex');
    await projectRow(page, 'web-shop').waitFor();
    expect(await projectRow(page, name).count()).toBe(0);
    await actAs(page, '');
    // Cross-origin, the act-as header needs the mock's leave first; on the page's own origin nothing does.
    const actAsPreflights = preflights.filter((p) => p.asked.split(',').includes(header));
    if (prefix === 'same-origin') expect(preflights).toEqual([]);
    else {
      expect(actAsPreflights.map((p) => p.path)).toEqual(expect.arrayContaining(['/v1/projects']));
      for (const p of actAsPreflights) expect(p).toMatchObject({ status: 204, allowOrigin: `http://127.0.0.1:${example.port}` });
    }
  });

  it('shows a typed 403 with its reason and request id to a read-scoped session', async () => {
    await signOut(page);
    await signIn(page, 'usr_8f2a', 'read');
    const refused = await createProject(page, `${prefix}-denied`);
    expect(refused.status()).toBe(403);
    const requestId = refused.headers()['x-request-id']!;
    await page.locator('#error').waitFor();
    expect(await page.textContent('#error strong')).toBe('403 forbidden · scope_insufficient');
    expect(await page.textContent('#error')).toContain('This operation needs the admin scope; the session has read.');
    expect(await page.textContent('#error code')).toBe(requestId);
    expect(await page.textContent('#request-id')).toBe(requestId);
  });
});

describe('a page on a non-loopback origin', () => {
  it("is refused by the mock's CORS policy: the page can read nothing of the mock", async () => {
    const origin = `http://${foreignHost}:${example.port}`;
    const { context, page } = await open(`${origin}/?api=${example.mockOrigin}`);
    try {
      await page.locator('#error').waitFor();
      expect(await page.textContent('#error')).toContain("The mock's sign-in did not answer");
      expect(await page.isVisible('#console')).toBe(false);
      const read = (target: string) =>
        page.evaluate(
          (u) =>
            fetch(u, { credentials: 'include' }).then(
              (r) => `read ${r.status}`,
              (e: Error) => e.name,
            ),
          target,
        );
      expect(await read(`${example.mockOrigin}/v1/health`)).toBe('TypeError');
      // The mock's answer to that origin carries no CORS headers; to a loopback one it does.
      const health = (from: string) => fetch(`${example.mockOrigin}/v1/health`, { headers: { origin: from } });
      expect((await health(origin)).headers.get('access-control-allow-origin')).toBeNull();
      expect((await health(`http://127.0.0.1:${example.port}`)).headers.get('access-control-allow-origin')).toBe(
        `http://127.0.0.1:${example.port}`,
      );
    } finally {
      await context.close();
    }
  });
});
