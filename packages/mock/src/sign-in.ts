/**
 * The development sign-in, outside the API's base path (the real API has no login: the Console's
 * lives elsewhere). It opens a session as one of the store's team members, with their role as its
 * scope or a narrower one, and sets the session cookie as the real sign-in does: HttpOnly,
 * SameSite=Lax, Path=/, and Secure when the page came over https.
 *
 * - `GET  /__mock/session`: a page listing the members, with a sign-in button for each scope they may have.
 * - `GET  /__mock/users`: the same members as JSON, each with the scopes they may sign in with.
 * - `POST /__mock/session` `{user, scope?}` (JSON, or the page's form): signs in.
 * - `POST /__mock/session/sign-out`: ends the session and clears the cookie.
 *
 * A form of the page is answered with a redirect back to it; JSON with JSON.
 */
import { isJson } from './checks/body.ts';
import type { RequestContext } from './checks/index.ts';
import { cookieValue } from './credentials.ts';
import type { FieldError } from './errors.ts';
import type { Reply } from './reply.ts';
import { maxBodyBytes, type MockRequest, textOf } from './request.ts';
import type { SessionUser } from './sessions.ts';

/** A team member of the store, as `GET /team/members` lists them: their role is the widest scope their session may have. */
export interface Member extends SessionUser {
  role: string;
}

const formType = 'application/x-www-form-urlencoded';
const loopbackPeer = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Whether the page that sent `req` was served over https: the mock's own TLS, or a proxy's word from loopback. */
export function overHttps(req: Pick<MockRequest, 'headers' | 'tls' | 'remoteAddress'>): boolean {
  if (req.tls) return true;
  const forwarded = req.headers['x-forwarded-proto'];
  const proto = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim().toLowerCase();
  return proto === 'https' && loopbackPeer.has(req.remoteAddress ?? '');
}

/** The `Set-Cookie` value for the session `token`, or one that clears it without a token. */
function sessionCookieHeader(context: RequestContext, token: string | undefined): string {
  const expiry = token === undefined ? '; Max-Age=0' : '';
  const secure = overHttps(context.req) ? '; Secure' : '';
  return `${context.spec.sessionCookie}=${token ?? ''}${expiry}; Path=/; HttpOnly; SameSite=Lax${secure}`;
}

/** The session cookie's value in the request, if it has one. */
function sessionTokenOf({ req, spec }: RequestContext): string | undefined {
  return req.headers.cookie === undefined ? undefined : cookieValue(req.headers.cookie, spec.sessionCookie);
}

/** Why a page on `Origin` may not sign in or out, if it may not: a login CSRF would sign the developer in as someone else. */
function originProblem({ req, network }: RequestContext): string | undefined {
  const origin = req.headers.origin;
  if (origin === undefined || network.allowsOrigin(origin)) return undefined;
  const host = req.headers.host;
  if (host !== undefined && (origin === `http://${host}` || origin === `https://${host}`)) return undefined;
  return `A page on ${origin} may not sign in to the mock: only loopback origins, those given with --cors-origin and the mock's own page may.`;
}

/** The sign-in's fields from a JSON or form body, or the reply refusing it. */
async function readSignIn(context: RequestContext): Promise<{ form: boolean; fields: Record<string, unknown> } | Reply> {
  const { req, error, refuse, invalid } = context;
  const contentType = req.headers['content-type'];
  const form = contentType?.split(';')[0]?.trim().toLowerCase() === formType;
  if (!form && !isJson(contentType))
    return error(
      400,
      `The sign-in takes JSON {"user", "scope"} as Content-Type: application/json, not ${contentType ?? 'no Content-Type'}.`,
    );
  const read = await req.readBody();
  if ('tooLarge' in read)
    return error(400, `Request body is larger than ${maxBodyBytes / 1024 / 1024} MiB.`, undefined, { Connection: 'close' });
  const text = textOf(read.bytes);
  if (form) return { form, fields: Object.fromEntries(new URLSearchParams(text)) };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse({ reason: 'malformed_json' }, 'Request body is not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return invalid([{ field: 'body', message: 'must be an object {"user", "scope"}' }]);
  return { form, fields: parsed as Record<string, unknown> };
}

/** The scopes a member may sign in with: their role and those below it. */
const scopesOf = (member: Member, scopes: readonly string[]): readonly string[] => scopes.slice(0, scopes.indexOf(member.role) + 1);

/** The member and scope a sign-in names, or the fields at fault. */
function chosen(
  fields: Record<string, unknown>,
  members: readonly Member[],
  scopes: readonly string[],
): { member: Member; scope: string } | FieldError[] {
  const { user, scope } = fields;
  const ids = members.map((m) => m.id).join(', ');
  if (typeof user !== 'string' || user === '') return [{ field: 'user', message: `is required: a team member's id or email (${ids})` }];
  const member = members.find((m) => m.id === user || m.email === user);
  if (!member) return [{ field: 'user', message: `is not a team member of the mock; they are ${ids}` }];
  const allowed = scopesOf(member, scopes);
  if (scope === undefined || scope === '') return { member, scope: member.role };
  if (typeof scope !== 'string' || !allowed.includes(scope))
    return [{ field: 'scope', message: `must be one of ${allowed.join(', ')}: ${member.name}'s role is ${member.role}` }];
  return { member, scope };
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The sign-in page: who is signed in, and a button per member and scope. */
function page(context: RequestContext, members: readonly Member[], base: string): Reply {
  const token = sessionTokenOf(context);
  const current = token === undefined ? undefined : context.sessions.find(token);
  const signedIn =
    typeof current === 'object'
      ? `<div>Signed in as <b>${escapeHtml(current.user.name)}</b> (${escapeHtml(current.scope)}). <form method="post" action="${base}/session/sign-out"><button>Sign out</button></form></div>`
      : '<p>Not signed in.</p>';
  const rows = members.map((member) => {
    const buttons = scopesOf(member, context.spec.scopes)
      .map((scope) => `<button name="scope" value="${escapeHtml(scope)}">${escapeHtml(scope)}</button>`)
      .join(' ');
    return `<tr><td>${escapeHtml(member.name)}</td><td>${escapeHtml(member.email)}</td><td>${escapeHtml(member.role)}</td><td><form method="post" action="${base}/session"><input type="hidden" name="user" value="${escapeHtml(member.id)}">Sign in with ${buttons}</form></td></tr>`;
  });
  const body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Cantila mock: sign in</title></head>
<body><h1>Sign in to the Cantila mock</h1>${signedIn}
<table><thead><tr><th>Name</th><th>Email</th><th>Role</th><th></th></tr></thead><tbody>${rows.join('')}</tbody></table>
<p>The session cookie is set for this host: open your frontend on the same host name (localhost or 127.0.0.1).</p></body></html>`;
  return { status: 200, body, contentType: 'text/html; charset=utf-8', headers: { 'Cache-Control': 'no-store' } };
}

/** The methods each sign-in path answers. */
export const signInPaths = (base: string): Record<string, string> => ({
  [`${base}/session`]: 'GET, POST',
  [`${base}/session/sign-out`]: 'POST',
  [`${base}/users`]: 'GET',
});

/** The answer of a sign-in path (one of `signInPaths`) to a method it answers; `members` are the store's team members. */
export async function signIn(context: RequestContext, members: readonly Member[], base: string): Promise<Reply> {
  const { method, fullPath, error, invalid, sessions, spec } = context;
  if (method === 'GET') {
    if (fullPath !== `${base}/users`) return page(context, members, base);
    return { status: 200, body: { data: members.map((member) => ({ ...member, scopes: scopesOf(member, spec.scopes) })) } };
  }
  const problem = originProblem(context);
  if (problem) return error(403, problem);
  const backToPage = (cookie: string): Reply => ({ status: 303, headers: { Location: `${base}/session`, 'Set-Cookie': cookie } });
  if (fullPath === `${base}/session/sign-out`) {
    const token = sessionTokenOf(context);
    if (token !== undefined) sessions.close(token);
    const cleared = sessionCookieHeader(context, undefined);
    return context.req.headers['content-type']?.startsWith(formType)
      ? backToPage(cleared)
      : { status: 204, headers: { 'Set-Cookie': cleared } };
  }
  const read = await readSignIn(context);
  if ('status' in read) return read;
  const choice = chosen(read.fields, members, spec.scopes);
  if (Array.isArray(choice)) return invalid(choice);
  const { id, email, name } = choice.member;
  const user = { id, email, name };
  const cookie = sessionCookieHeader(context, sessions.open({ user, scope: choice.scope }));
  return read.form ? backToPage(cookie) : { status: 201, body: { user, scope: choice.scope }, headers: { 'Set-Cookie': cookie } };
}
