/**
 * Whether the code runs in a browser page or a page's worker, where anything in memory can be read by
 * the page's users. The rule: a `document` or a dedicated or shared worker scope, and no
 * `process.versions.node` (Node, and Deno and Bun, which define it too), since jsdom, happy-dom and
 * server-side rendering put a `document` inside Node. (Not `WorkerGlobalScope`: server runtimes built
 * on workers define it too.)
 */
// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
export function inBrowser(): boolean {
  if (stryMutAct_9fa48("0")) {
    {}
  } else {
    stryCov_9fa48("0");
    const g = globalThis as {
      process?: {
        versions?: {
          node?: unknown;
        };
      };
    };
    if (stryMutAct_9fa48("4") ? g.process.versions?.node : stryMutAct_9fa48("3") ? g.process?.versions.node : stryMutAct_9fa48("2") ? false : stryMutAct_9fa48("1") ? true : (stryCov_9fa48("1", "2", "3", "4"), g.process?.versions?.node)) return stryMutAct_9fa48("5") ? true : (stryCov_9fa48("5"), false);
    return stryMutAct_9fa48("8") ? ('document' in g || 'DedicatedWorkerGlobalScope' in g) && 'SharedWorkerGlobalScope' in g : stryMutAct_9fa48("7") ? false : stryMutAct_9fa48("6") ? true : (stryCov_9fa48("6", "7", "8"), (stryMutAct_9fa48("10") ? 'document' in g && 'DedicatedWorkerGlobalScope' in g : stryMutAct_9fa48("9") ? false : (stryCov_9fa48("9", "10"), (stryMutAct_9fa48("11") ? "" : (stryCov_9fa48("11"), 'document')) in g || (stryMutAct_9fa48("12") ? "" : (stryCov_9fa48("12"), 'DedicatedWorkerGlobalScope')) in g)) || (stryMutAct_9fa48("13") ? "" : (stryCov_9fa48("13"), 'SharedWorkerGlobalScope')) in g);
  }
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
const session: Auth = stryMutAct_9fa48("14") ? {} : (stryCov_9fa48("14"), {
  headers: {},
  credentials: stryMutAct_9fa48("15") ? "" : (stryCov_9fa48("15"), 'include')
});

/**
 * The credential to send. An API key (trimmed) becomes `Authorization: Bearer …`; `auth: 'session'`
 * (the default in a browser) sends the `cantila_session` cookie (`credentials: 'include'`);
 * `auth: 'none'` sends nothing. Outside a browser a missing key is an error, so that an unset
 * environment variable does not quietly make an unauthenticated client. A secret `sk_` key is refused
 * in a browser unless `dangerouslyAllowBrowser` is set, because every visitor of the page could read it.
 * No message ever includes the key.
 */
export function authFor({
  apiKey,
  auth,
  dangerouslyAllowBrowser
}: AuthOptions): Auth {
  if (stryMutAct_9fa48("16")) {
    {}
  } else {
    stryCov_9fa48("16");
    if (stryMutAct_9fa48("19") ? auth === undefined : stryMutAct_9fa48("18") ? false : stryMutAct_9fa48("17") ? true : (stryCov_9fa48("17", "18", "19"), auth !== undefined)) {
      if (stryMutAct_9fa48("20")) {
        {}
      } else {
        stryCov_9fa48("20");
        if (stryMutAct_9fa48("23") ? auth !== 'session' && auth !== 'none' && apiKey != null : stryMutAct_9fa48("22") ? false : stryMutAct_9fa48("21") ? true : (stryCov_9fa48("21", "22", "23"), (stryMutAct_9fa48("25") ? auth !== 'session' || auth !== 'none' : stryMutAct_9fa48("24") ? false : (stryCov_9fa48("24", "25"), (stryMutAct_9fa48("27") ? auth === 'session' : stryMutAct_9fa48("26") ? true : (stryCov_9fa48("26", "27"), auth !== (stryMutAct_9fa48("28") ? "" : (stryCov_9fa48("28"), 'session')))) && (stryMutAct_9fa48("30") ? auth === 'none' : stryMutAct_9fa48("29") ? true : (stryCov_9fa48("29", "30"), auth !== (stryMutAct_9fa48("31") ? "" : (stryCov_9fa48("31"), 'none')))))) || (stryMutAct_9fa48("33") ? apiKey == null : stryMutAct_9fa48("32") ? false : (stryCov_9fa48("32", "33"), apiKey != null)))) throw new TypeError(stryMutAct_9fa48("35") ? "" : (stryCov_9fa48("35"), "createClient: auth is 'session' or 'none', without apiKey."));
        return (stryMutAct_9fa48("38") ? auth !== 'session' : stryMutAct_9fa48("37") ? false : stryMutAct_9fa48("36") ? true : (stryCov_9fa48("36", "37", "38"), auth === (stryMutAct_9fa48("39") ? "" : (stryCov_9fa48("39"), 'session')))) ? session : stryMutAct_9fa48("40") ? {} : (stryCov_9fa48("40"), {
          headers: {},
          credentials: undefined
        });
      }
    }
    if (stryMutAct_9fa48("43") ? apiKey != null : stryMutAct_9fa48("42") ? false : stryMutAct_9fa48("41") ? true : (stryCov_9fa48("41", "42", "43"), apiKey == null)) {
      if (stryMutAct_9fa48("44")) {
        {}
      } else {
        stryCov_9fa48("44");
        if (stryMutAct_9fa48("46") ? false : stryMutAct_9fa48("45") ? true : (stryCov_9fa48("45", "46"), inBrowser())) return session;
        throw new TypeError(stryMutAct_9fa48("48") ? "" : (stryCov_9fa48("48"), "createClient: no apiKey (is CANTILA_API_KEY set?); pass an sk_… key, or auth: 'session' or 'none'."));
      }
    }
    const key = stryMutAct_9fa48("49") ? String(apiKey) : (stryCov_9fa48("49"), String(apiKey).trim());
    if (stryMutAct_9fa48("52") ? false : stryMutAct_9fa48("51") ? true : stryMutAct_9fa48("50") ? /^[\x21-\x7e]+$/.test(key) : (stryCov_9fa48("50", "51", "52"), !(stryMutAct_9fa48("56") ? /^[^\x21-\x7e]+$/ : stryMutAct_9fa48("55") ? /^[\x21-\x7e]$/ : stryMutAct_9fa48("54") ? /^[\x21-\x7e]+/ : stryMutAct_9fa48("53") ? /[\x21-\x7e]+$/ : (stryCov_9fa48("53", "54", "55", "56"), /^[\x21-\x7e]+$/)).test(key))) {
      if (stryMutAct_9fa48("57")) {
        {}
      } else {
        stryCov_9fa48("57");
        throw new TypeError(stryMutAct_9fa48("59") ? `` : (stryCov_9fa48("59"), `createClient: apiKey ${key ? stryMutAct_9fa48("60") ? "" : (stryCov_9fa48("60"), 'has a space, a line break or a non-ASCII character') : stryMutAct_9fa48("61") ? "" : (stryCov_9fa48("61"), 'is empty')}; check how it was set.`));
      }
    }
    if (stryMutAct_9fa48("64") ? key.startsWith('sk_') && inBrowser() || !dangerouslyAllowBrowser : stryMutAct_9fa48("63") ? false : stryMutAct_9fa48("62") ? true : (stryCov_9fa48("62", "63", "64"), (stryMutAct_9fa48("66") ? key.startsWith('sk_') || inBrowser() : stryMutAct_9fa48("65") ? true : (stryCov_9fa48("65", "66"), (stryMutAct_9fa48("67") ? key.endsWith('sk_') : (stryCov_9fa48("67"), key.startsWith(stryMutAct_9fa48("68") ? "" : (stryCov_9fa48("68"), 'sk_')))) && inBrowser())) && (stryMutAct_9fa48("69") ? dangerouslyAllowBrowser : (stryCov_9fa48("69"), !dangerouslyAllowBrowser)))) {
      if (stryMutAct_9fa48("70")) {
        {}
      } else {
        stryCov_9fa48("70");
        throw new Error(stryMutAct_9fa48("72") ? "" : (stryCov_9fa48("72"), "createClient: refusing to use a secret API key (sk_…) in a browser: anyone who can open the page can read it and act with its scope. Omit apiKey to use the session cookie; for a page only the key's owner runs, pass dangerouslyAllowBrowser: true."));
      }
    }
    return stryMutAct_9fa48("73") ? {} : (stryCov_9fa48("73"), {
      headers: stryMutAct_9fa48("74") ? {} : (stryCov_9fa48("74"), {
        Authorization: stryMutAct_9fa48("75") ? `` : (stryCov_9fa48("75"), `Bearer ${key}`)
      }),
      credentials: undefined
    });
  }
}