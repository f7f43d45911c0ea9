/** What a user does on the example page, for its test and its screenshots (playwright-core). */
import type { Locator, Page, Response } from 'playwright-core';

/** Signs in as the team member `user` with `scope`, and waits for the console to show them. */
export async function signIn(page: Page, user: string, scope: string): Promise<void> {
  await page.selectOption('#user', user);
  await page.selectOption('#scope', scope);
  await page.click('#sign-in button[type=submit]');
  await page.locator('#console').waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await page.click('#sign-out');
  await page.locator('#sign-in').waitFor();
}

/** The row of the project `name` in the list. */
export const projectRow = (page: Page, name: string): Locator => page.locator('#projects tr', { hasText: name });

/** Runs `action` and answers the response to the request it makes that `matches`. */
export async function responseTo(page: Page, matches: (response: Response) => boolean, action: () => Promise<void>): Promise<Response> {
  const [response] = await Promise.all([page.waitForResponse(matches), action()]);
  return response;
}

/** A response of the API (`/v1…`) to `method`. */
export const apiResponse =
  (method: string, path: string) =>
  (response: Response): boolean =>
    response.request().method() === method && new URL(response.url()).pathname === `/v1${path}`;

/** Creates the project `name`; answers the create's response. */
export async function createProject(page: Page, name: string): Promise<Response> {
  await page.fill('#name', name);
  return responseTo(page, apiResponse('POST', '/projects'), () => page.click('#create button[type=submit]'));
}

/** Picks the account to act as (`''` for the signed-in one) and waits for its projects. */
export async function actAs(page: Page, handle: string): Promise<Response> {
  return responseTo(page, apiResponse('GET', '/projects'), async () => {
    await page.selectOption('#act-as', handle);
  });
}

/** A CORS preflight the browser sent, as Chromium's DevTools protocol reports it. */
export interface Preflight {
  path: string;
  /** Its `Access-Control-Request-Headers`, lower-cased. */
  asked: string;
  status: number;
  allowOrigin: string | undefined;
}

interface SentRequest {
  requestId: string;
  request: { method: string; headers: Record<string, string> };
}
interface ReceivedResponse {
  requestId: string;
  type: string;
  response: { url: string; status: number; headers: Record<string, string> };
}

/** Records the page's preflights from now on, into the array it answers (Playwright's own events leave them out). */
export async function recordPreflights(page: Page): Promise<Preflight[]> {
  const preflights: Preflight[] = [];
  const asked = new Map<string, string>();
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Network.requestWillBeSent', ({ requestId, request }: SentRequest) => {
    if (request.method === 'OPTIONS') asked.set(requestId, (request.headers['Access-Control-Request-Headers'] ?? '').toLowerCase());
  });
  cdp.on('Network.responseReceived', ({ requestId, type, response }: ReceivedResponse) => {
    if (type !== 'Preflight') return;
    const { pathname } = new URL(response.url);
    preflights.push({
      path: pathname,
      asked: asked.get(requestId) ?? '',
      status: response.status,
      allowOrigin: response.headers['Access-Control-Allow-Origin'],
    });
  });
  await cdp.send('Network.enable');
  return preflights;
}
