/**
 * The mock's development sign-in (`/__mock/…`, outside the API): the real Console signs in elsewhere,
 * so this part is the mock's alone. Its refusals come in the API's Error shape.
 */

/** A team member of the mock, with the scopes a session of theirs may have. */
export interface MockUser {
  id: string;
  email: string;
  name: string;
  role: string;
  scopes: string[];
}

/** A refusal of the sign-in, or no answer at all (the mock down, or its CORS policy refusing this page). */
export class SignInProblem extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly code?: string,
    readonly requestId?: string,
  ) {
    super(message);
  }
}

async function call(origin: string, path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(`${origin}/__mock${path}`, { ...init, credentials: 'include' });
  } catch (cause) {
    throw new SignInProblem(
      `The mock's sign-in did not answer (${(cause as Error).message}): is the mock running, and does it allow this page's origin?`,
    );
  }
  if (response.ok) return response;
  const body = (await response.json().catch(() => ({}))) as { error?: string; message?: string; request_id?: string };
  throw new SignInProblem(body.message ?? `The sign-in answered ${response.status}.`, response.status, body.error, body.request_id);
}

export async function mockUsers(origin: string): Promise<MockUser[]> {
  const { data } = (await (await call(origin, '/users')).json()) as { data: MockUser[] };
  return data;
}

/** Signs in as `user` with `scope`: the mock sets the HttpOnly session cookie, which this page cannot read. Answers the scope granted. */
export async function signIn(origin: string, user: string, scope: string): Promise<string> {
  const body = JSON.stringify({ user, scope });
  const signedIn = await call(origin, '/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
  return ((await signedIn.json()) as { scope: string }).scope;
}

export async function signOut(origin: string): Promise<void> {
  await call(origin, '/session/sign-out', { method: 'POST' });
}
