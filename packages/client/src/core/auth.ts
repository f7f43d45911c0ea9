/**
 * Whether the code runs in a browser page or a page's worker, where anything in memory can be read by
 * the page's users. The rule: a `document` or a dedicated or shared worker scope, and no
 * `process.versions.node` (Node, and Deno and Bun, which define it too), since jsdom, happy-dom and
 * server-side rendering put a `document` inside Node. (Not `WorkerGlobalScope`: server runtimes built
 * on workers define it too.)
 */
export function inBrowser(): boolean {
  const g = globalThis as { process?: { versions?: { node?: unknown } } };
  if (g.process?.versions?.node) return false;
  return 'document' in g || 'DedicatedWorkerGlobalScope' in g || 'SharedWorkerGlobalScope' in g;
}

/** How requests authenticate: a bearer API key, the session cookie, or nothing. */
export interface Auth {
  headers: Record<string, string>;
  credentials: RequestCredentials | undefined;
}

/** What the client options say about authentication. */
export interface AuthOptions {
  apiKey?: string | undefined;
  auth?: 'session' | 'none' | undefined;
  dangerouslyAllowBrowser?: boolean | undefined;
}

const session: Auth = { headers: {}, credentials: 'include' };

/**
 * The credential to send. An API key (trimmed) becomes `Authorization: Bearer …`; `auth: 'session'`
 * (the default in a browser) sends the `cantila_session` cookie (`credentials: 'include'`);
 * `auth: 'none'` sends nothing. Outside a browser a missing key is an error, so that an unset
 * environment variable does not quietly make an unauthenticated client. A secret `sk_` key is refused
 * in a browser unless `dangerouslyAllowBrowser` is set, because every visitor of the page could read it.
 * No message ever includes the key.
 */
export function authFor({ apiKey, auth, dangerouslyAllowBrowser }: AuthOptions): Auth {
  if (auth !== undefined) {
    if ((auth !== 'session' && auth !== 'none') || apiKey != null)
      throw new TypeError("createClient: auth is 'session' or 'none', without apiKey.");
    return auth === 'session' ? session : { headers: {}, credentials: undefined };
  }
  if (apiKey == null) {
    if (inBrowser()) return session;
    throw new TypeError("createClient: no apiKey (is CANTILA_API_KEY set?); pass an sk_… key, or auth: 'session' or 'none'.");
  }
  const key = String(apiKey).trim();
  if (!/^[\x21-\x7e]+$/.test(key)) {
    throw new TypeError(
      `createClient: apiKey ${key ? 'has a space, a line break or a non-ASCII character' : 'is empty'}; check how it was set.`,
    );
  }
  if (key.startsWith('sk_') && inBrowser() && !dangerouslyAllowBrowser) {
    throw new Error(
      "createClient: refusing to use a secret API key (sk_…) in a browser: anyone who can open the page can read it and act with its scope. Omit apiKey to use the session cookie; for a page only the key's owner runs, pass dangerouslyAllowBrowser: true.",
    );
  }
  return { headers: { Authorization: `Bearer ${key}` }, credentials: undefined };
}
