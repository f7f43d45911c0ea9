/**
 * Whether the code runs in a browser page or a page's worker, where anything in memory can be read by
 * the page's users. (Not `WorkerGlobalScope`: server runtimes built on workers define it too.)
 */
function inBrowser(): boolean {
  return 'document' in globalThis || 'DedicatedWorkerGlobalScope' in globalThis || 'SharedWorkerGlobalScope' in globalThis;
}

/** How requests authenticate: a bearer API key, or (with no key) the browser's session cookie. */
export interface Auth {
  headers: Record<string, string>;
  credentials: RequestCredentials | undefined;
}

/**
 * The credential to send. An API key becomes `Authorization: Bearer …`; without one, requests carry the
 * browser's `cantila_session` cookie (`credentials: 'include'`). A secret `sk_` key is refused in a
 * browser unless `allowInBrowser` is set, because every visitor of the page could read it.
 */
export function authFor(apiKey: string | undefined, allowInBrowser: boolean): Auth {
  if (apiKey === undefined) return { headers: {}, credentials: 'include' };
  if (apiKey.trim() === '') throw new TypeError('createClient: apiKey is empty; pass an sk_… key, or omit apiKey to use the browser session cookie.');
  if (apiKey.startsWith('sk_') && inBrowser() && !allowInBrowser) {
    throw new Error(
      'createClient: refusing to use a secret API key (sk_…) in a browser: anyone who can open the page can read it ' +
        'and act with its scope. In the browser, omit apiKey and the client uses the signed-in session cookie; keep keys on servers. ' +
        'If this page is only ever run by the key\'s owner (a local tool), pass dangerouslyAllowBrowser: true.',
    );
  }
  return { headers: { Authorization: `Bearer ${apiKey}` }, credentials: undefined };
}
