/**
 * A small Console on the Cantila mock through @cantila/client in session mode: sign in as a team
 * member, list, create and delete projects, act as a sub-account, and show each refusal with its
 * code, reason and request id.
 */
import { ApiError, type CantilaError, createClient, type Schema } from '@cantila/client';
import { type MockUser, mockUsers, SignInProblem, signIn, signOut } from './mock-session.ts';

/**
 * Where the API is: this page's origin (Vite's proxy forwards `/v1` and `/__mock` to the mock), or the
 * mock's own origin from `?api=http://127.0.0.1:4010` for direct cross-origin calls (CORS with credentials).
 * A real app would take it from `import.meta.env`; a query parameter lets one build serve both setups.
 */
const apiOrigin = new URL(new URLSearchParams(location.search).get('api') ?? location.origin).origin;
const cantila = createClient({ auth: 'session', baseUrl: `${apiOrigin}/v1` });

const element = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const signInForm = element<HTMLFormElement>('sign-in');
const userSelect = element<HTMLSelectElement>('user');
const scopeSelect = element<HTMLSelectElement>('scope');
const consoleView = element<HTMLElement>('console');
const actAsSelect = element<HTMLSelectElement>('act-as');
const projectRows = element<HTMLTableSectionElement>('projects');
const createForm = element<HTMLFormElement>('create');
const nameInput = element<HTMLInputElement>('name');
const regionInput = element<HTMLInputElement>('region');
const errorView = element<HTMLElement>('error');

let users: MockUser[] = [];

/** The client for the account chosen in "Acting as": the signed-in one, or a sub-account (`X-Cantila-Act-As`). */
const account = () => (actAsSelect.value ? cantila.actAs(actAsSelect.value) : cantila);

function option(value: string, label: string): HTMLOptionElement {
  const item = document.createElement('option');
  item.value = value;
  item.textContent = label;
  return item;
}

function showProblem(problem: CantilaError | SignInProblem | undefined): void {
  errorView.hidden = problem === undefined;
  if (!problem) return;
  const title = document.createElement('strong');
  const reason = problem instanceof ApiError && problem.reason ? ` · ${problem.reason}` : '';
  title.textContent = `${problem.status ?? 'No answer'} ${problem.code ?? ''}${reason}`;
  const request = document.createElement('code');
  request.textContent = problem.requestId ?? 'none';
  errorView.replaceChildren(title, problem.message, document.createElement('br'), 'Request id: ', request);
}

/** Shows a call's outcome: its request id (read from the `X-Request-Id` header) and its error, if any. Whether it succeeded. */
function settle(result: { error?: CantilaError | undefined; requestId?: string | undefined }): boolean {
  element('request-id').textContent = result.requestId ?? 'none';
  showProblem(result.error);
  return result.error === undefined;
}

/** The page's answer to a sign-in problem: shown, never thrown. */
async function guarded(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (problem) {
    if (!(problem instanceof SignInProblem)) throw problem;
    showProblem(problem);
  }
}

function fillScopes(): void {
  const user = users.find((candidate) => candidate.id === userSelect.value);
  scopeSelect.replaceChildren(...(user?.scopes ?? []).map((scope) => option(scope, scope)));
  scopeSelect.value = user?.role ?? '';
}

function renderProjects(projects: readonly Schema<'Project'>[]): void {
  projectRows.replaceChildren(
    ...projects.map((project) => {
      const row = document.createElement('tr');
      const cells = [project.name, project.region, project.id].map((text) => {
        const cell = document.createElement('td');
        cell.textContent = text;
        return cell;
      });
      const remove = document.createElement('button');
      remove.textContent = 'Delete';
      remove.setAttribute('aria-label', `Delete ${project.name}`);
      remove.addEventListener('click', () => deleteProject(project.id));
      const action = document.createElement('td');
      action.append(remove);
      row.append(...cells, action);
      return row;
    }),
  );
}

async function listProjects(): Promise<void> {
  const { data, ...result } = await account().GET('/projects', { params: { query: { limit: 100 } } });
  if (settle(result) && data) renderProjects(data.data);
}

async function deleteProject(id: string): Promise<void> {
  const dbg = await account().DELETE('/projects/{project}', { params: { path: { project: id } } });
  console.log('DBG', JSON.stringify(dbg.error), dbg.response?.status, new Error().stack);
  if (settle(dbg)) await listProjects();
}

/**
 * Shows the console for whoever the session cookie belongs to, or the sign-in form when there is none;
 * `scope` is the session's, when this page signed in (`GET /me` names the user, not the session's scope).
 */
async function showSession(scope?: string): Promise<void> {
  const { data: me, requestId } = await cantila.GET('/me');
  element('request-id').textContent = requestId ?? 'none';
  signInForm.hidden = me !== undefined;
  consoleView.hidden = me === undefined;
  const signedIn = me && `Signed in as ${me.user.name} (${me.user.email}) in ${me.account.handle}${scope ? `, scope ${scope}` : ''}`;
  element('who').textContent = signedIn ?? 'Not signed in.';
  if (!me) return;
  const { data: subAccounts, ...result } = await cantila.GET('/sub-accounts');
  settle(result);
  actAsSelect.replaceChildren(
    option('', 'your own account'),
    ...(subAccounts?.data ?? []).map((sub) => option(sub.handle, `${sub.name} (${sub.handle})`)),
  );
  await listProjects();
}

signInForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void guarded(async () => {
    const scope = await signIn(apiOrigin, userSelect.value, scopeSelect.value);
    showProblem(undefined);
    await showSession(scope);
  });
});

element('sign-out').addEventListener('click', () =>
  guarded(async () => {
    await signOut(apiOrigin);
    showProblem(undefined);
    await showSession();
  }),
);

actAsSelect.addEventListener('change', () => void listProjects());
userSelect.addEventListener('change', fillScopes);

createForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void (async () => {
    if (!settle(await account().POST('/projects', { body: { name: nameInput.value, region: regionInput.value } }))) return;
    nameInput.value = '';
    await listProjects();
  })();
});

void guarded(async () => {
  users = await mockUsers(apiOrigin);
  userSelect.replaceChildren(...users.map((user) => option(user.id, `${user.name} (${user.role})`)));
  fillScopes();
  await showSession();
});
