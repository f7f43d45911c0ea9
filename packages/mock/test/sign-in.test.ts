/**
 * The development sign-in (src/sign-in.ts): a session as one of the store's team members, with the
 * cookie attributes of the real sign-in, a narrower scope on request, sign-out, and every bad input
 * answered in the Error shape. The browser's side of it is examples/console's test.
 */
import { describe, expect, it } from 'vitest';
import { overHttps } from '../src/sign-in.ts';
import { workspaceHeader } from '../src/state.ts';
import { expectError } from './support/expect.ts';
import { preflightFrom, send, withJson } from './support/http.ts';
import { useMock } from './support/mock.ts';

const server = useMock();
const cookieName = (): string => server.mock.spec.sessionCookie;
const session = (path = '/__mock/session'): string => server.at(path);

/** Signs in with `body`; the answer, and the cookie it set as `name=value` (for a `Cookie` header). */
async function signIn(body: unknown, headers: Record<string, string> = {}) {
  const answer = await send(session(), withJson('POST', body, headers));
  const setCookie = answer.headers.get('set-cookie') ?? '';
  return { answer, setCookie, cookie: setCookie.split(';')[0]! };
}

describe('the development sign-in', () => {
  it('signs in as a team member: an opaque HttpOnly, SameSite=Lax cookie, and GET /me answers for that member', async () => {
    const { answer, setCookie, cookie } = await signIn({ user: 'usr_3Dq7nL' });
    expect(answer.status, answer.text).toBe(201);
    expect(answer.body).toEqual({ user: { id: 'usr_3Dq7nL', email: 'dana@example.com', name: 'Dana Ortiz' }, scope: 'deploy' });
    expect(setCookie).toMatch(new RegExp(`^${cookieName()}=ses_[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Lax$`));
    expect(cookie).not.toContain('usr_3Dq7nL');
    const me = await send(server.at('/v1/me'), { headers: { cookie } });
    expect(me.body.user).toEqual(answer.body.user);
    // Dana's role is deploy: deploying works, creating a project (admin) is refused.
    const created = await send(server.at('/v1/projects'), withJson('POST', { name: 'danas-app', region: 'fra1' }, { cookie }));
    expectError(created, 403, 'forbidden');
    expect(created.body.reason).toBe('scope_insufficient');
    expect(created.body.message).toBe('This operation needs the admin scope; the session has deploy.');
  });

  it('opens a new token each time, by id or email, and records the member in the activity log', async () => {
    const first = await signIn({ user: 'you@example.com', scope: 'admin' });
    const second = await signIn({ user: 'usr_8f2a' });
    expect(first.cookie).not.toBe(second.cookie);
    const created = await send(
      server.at('/v1/projects'),
      withJson('POST', { name: 'signed-in', region: 'fra1' }, { cookie: first.cookie }),
    );
    expect(created.status, created.text).toBe(201);
    const activity = await send(server.at('/v1/activity?action=project.create'), { headers: { cookie: first.cookie } });
    expect(activity.body.data[0].actor).toMatchObject({ type: 'user', id: 'usr_8f2a' });
  });

  it('gives a read-scoped session on request, refused where read is too narrow', async () => {
    const { answer, cookie } = await signIn({ user: 'usr_8f2a', scope: 'read' });
    expect(answer.body.scope).toBe('read');
    expect((await send(server.at('/v1/projects'), { headers: { cookie } })).status).toBe(200);
    const refused = await send(server.at('/v1/projects/web-shop'), { method: 'DELETE', headers: { cookie } });
    expectError(refused, 403, 'forbidden');
    expect(refused.body.message).toBe('This operation needs the admin scope; the session has read.');
  });

  it('signs out: the cookie is cleared and the token is refused as signed out; a token it never issued is unknown', async () => {
    const { cookie } = await signIn({ user: 'usr_3Dq7nL' });
    const out = await send(session('/__mock/session/sign-out'), { method: 'POST', headers: { cookie } });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toBe(`${cookieName()}=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax`);
    const after = await send(server.at('/v1/me'), { headers: { cookie } });
    expectError(after, 401, 'unauthenticated');
    expect(after.body.reason).toBe('credential_revoked');
    const forged = await send(server.at('/v1/me'), { headers: { cookie: `${cookieName()}=ses_${'A'.repeat(43)}` } });
    expectError(forged, 401, 'unauthenticated');
    expect(forged.body.reason).toBe('credential_unknown');
    // Any other value is still the owner's session, as the demo credentials say.
    expect((await send(server.at('/v1/me'), { headers: { cookie: `${cookieName()}=demo` } })).body.user.id).toBe('usr_8f2a');
  });

  it('sets Secure when the page came over https, on the word of a proxy on loopback', async () => {
    const { setCookie } = await signIn({ user: 'usr_8f2a' }, { 'x-forwarded-proto': 'https' });
    expect(setCookie).toMatch(/; Secure$/);
  });

  it.each([
    ['a proxy on loopback saying https', '127.0.0.1', 'https', true],
    ['a proxy on IPv6 loopback saying HTTPS, then another hop', '::1', 'HTTPS, http', true],
    ['a proxy on loopback saying http', '127.0.0.1', 'http', false],
    ['a client elsewhere claiming https', '192.0.2.7', 'https', false],
  ])('takes the page for https on the word of %s: %s', (_, remoteAddress, proto, https) => {
    const req = { remoteAddress, tls: false, headers: { 'x-forwarded-proto': proto } };
    expect(overHttps(req)).toBe(https);
  });

  it('signs in from its own page: a form post, answered with a redirect back to the page, which names who is signed in', async () => {
    const posted = await send(session(), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(server.url).origin },
      body: 'user=usr_3Dq7nL&scope=read',
    });
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toBe('/__mock/session');
    const cookie = posted.headers.get('set-cookie')!.split(';')[0]!;
    const page = await send(session(), { headers: { cookie } });
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.text).toContain('Signed in as <b>Dana Ortiz</b> (read)');
    expect(page.text).toContain('value="usr_8f2a"');
  });

  it("escapes a member's name on the page, whatever the state holds", async () => {
    const state = (await send(server.at('/__mock/state'))).body;
    const hostile = { id: 'usr_x', email: 'x@example.com', name: '<img src=x onerror=alert(1)>', role: 'read' };
    state.accounts['hostile/self'] = {
      collections: { '/team/members': [hostile] },
      documents: {},
      activity: [],
      idempotency: {},
      lifecycles: [],
    };
    expect((await send(server.at('/__mock/state'), withJson('PUT', state, {}))).status).toBe(204);
    const page = await send(session(), { headers: { [workspaceHeader]: 'hostile' } });
    expect(page.text).toContain('<td>&#60;img src=x onerror=alert(1)&#62;</td>');
    expect(page.text).not.toContain('<img');
  });

  it('lists the team members as JSON for a frontend of its own', async () => {
    const users = await send(session('/__mock/users'));
    expect(users.body.data.map((u: { id: string; role: string }) => `${u.id} ${u.role}`)).toEqual(['usr_8f2a admin', 'usr_3Dq7nL deploy']);
    expect(users.body.data[1]).toEqual({
      id: 'usr_3Dq7nL',
      email: 'dana@example.com',
      name: 'Dana Ortiz',
      role: 'deploy',
      scopes: ['read', 'deploy'],
    });
  });

  it.each([
    ['an unknown user', { user: 'usr_nobody' }, 422, 'user is not a team member of the mock; they are usr_8f2a, usr_3Dq7nL'],
    ['no user', {}, 422, "user is required: a team member's id or email (usr_8f2a, usr_3Dq7nL)"],
    [
      'a scope above the role',
      { user: 'usr_3Dq7nL', scope: 'admin' },
      422,
      "scope must be one of read, deploy: Dana Ortiz's role is deploy",
    ],
    [
      'a scope that is not one',
      { user: 'usr_8f2a', scope: ['admin'] },
      422,
      "scope must be one of read, deploy, admin: You's role is admin",
    ],
    ['a body that is not an object', [1], 422, 'body must be an object {"user", "scope"}'],
    ['a body that is not JSON', '{"user":', 400, 'Request body is not valid JSON.'],
  ])('answers %s in the Error shape naming the problem', async (_, body, status, message) => {
    const { answer, setCookie } = await signIn(body);
    expectError(answer, status, status === 422 ? 'validation' : 'bad_request');
    expect(answer.body.message).toBe(message);
    expect(setCookie).toBe('');
  });

  it('refuses a body of another content type, and one over 1 MiB', async () => {
    const plain = await send(session(), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'user=usr_8f2a' });
    expectError(plain, 400, 'bad_request');
    expect(plain.body.message).toBe('The sign-in takes JSON {"user", "scope"} as Content-Type: application/json, not text/plain.');
    const huge = await send(session(), withJson('POST', { user: 'usr_8f2a', pad: 'x'.repeat(1024 * 1024) }, {}));
    expectError(huge, 400, 'bad_request');
    expect(huge.body.message).toBe('Request body is larger than 1 MiB.');
  });

  it('refuses a sign-in or sign-out from a page on a foreign origin (login CSRF), and other methods with 405', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' };
    const foreign = await send(session(), { method: 'POST', headers: form, body: 'user=usr_8f2a' });
    expectError(foreign, 403, 'forbidden');
    expect(foreign.body.message).toMatch(/^A page on https:\/\/evil\.example may not sign in/);
    expect(foreign.headers.get('set-cookie')).toBeNull();
    expectError(await send(session('/__mock/session/sign-out'), { method: 'POST', headers: form }), 403, 'forbidden');
    const deleted = await send(session(), { method: 'DELETE' });
    expectError(deleted, 405, 'method_not_allowed');
    expect(deleted.headers.get('allow')).toBe('GET, POST');
  });

  it('answers a preflight from a loopback page, and never echoes a token pasted into a path', async () => {
    const preflight = await send(session(), preflightFrom('http://127.0.0.1:5173', 'POST', 'content-type'));
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
    const { cookie } = await signIn({ user: 'usr_8f2a' });
    const token = cookie.slice(cookie.indexOf('=') + 1);
    const pasted = await send(server.at(`/v1/${token}`), { headers: { cookie } });
    expect(pasted.status).toBe(404);
    expect(pasted.text).not.toContain(token);
    expect(pasted.body.message).toContain('ses_…');
  });
});
