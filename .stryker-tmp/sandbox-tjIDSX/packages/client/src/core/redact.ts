// @ts-nocheck
// A key is `sk_…` wherever it starts a token, including after `_` (`x_sk_live_…`), so an identifier
// like `task_sk_1` is redacted too; `sk_` after a letter or digit (`risk_level`) is a word, not a key.
// Text after a percent-escape (`%3Dsk_…`, `Bearer%20sk_…`) is caught in the decoded view (see `redact`).
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
const secretPatterns: readonly RegExp[] = stryMutAct_9fa48("541") ? [] : (stryCov_9fa48("541"), [stryMutAct_9fa48("546") ? /(?<![A-Za-z0-9])sk_[\W-]+/g : stryMutAct_9fa48("545") ? /(?<![A-Za-z0-9])sk_[^\w-]+/g : stryMutAct_9fa48("544") ? /(?<![A-Za-z0-9])sk_[\w-]/g : stryMutAct_9fa48("543") ? /(?<![^A-Za-z0-9])sk_[\w-]+/g : stryMutAct_9fa48("542") ? /(?<=[A-Za-z0-9])sk_[\w-]+/g : (stryCov_9fa48("542", "543", "544", "545", "546"), /(?<![A-Za-z0-9])sk_[\w-]+/g), stryMutAct_9fa48("556") ? /(cantila_session"?\s*[=:]\s*"?)[^;,&\S"'\\]+/gi : stryMutAct_9fa48("555") ? /(cantila_session"?\s*[=:]\s*"?)[;,&\s"'\\]+/gi : stryMutAct_9fa48("554") ? /(cantila_session"?\s*[=:]\s*"?)[^;,&\s"'\\]/gi : stryMutAct_9fa48("553") ? /(cantila_session"?\s*[=:]\s*")[^;,&\s"'\\]+/gi : stryMutAct_9fa48("552") ? /(cantila_session"?\s*[=:]\S*"?)[^;,&\s"'\\]+/gi : stryMutAct_9fa48("551") ? /(cantila_session"?\s*[=:]\s"?)[^;,&\s"'\\]+/gi : stryMutAct_9fa48("550") ? /(cantila_session"?\s*[^=:]\s*"?)[^;,&\s"'\\]+/gi : stryMutAct_9fa48("549") ? /(cantila_session"?\S*[=:]\s*"?)[^;,&\s"'\\]+/gi : stryMutAct_9fa48("548") ? /(cantila_session"?\s[=:]\s*"?)[^;,&\s"'\\]+/gi : stryMutAct_9fa48("547") ? /(cantila_session"\s*[=:]\s*"?)[^;,&\s"'\\]+/gi : (stryCov_9fa48("547", "548", "549", "550", "551", "552", "553", "554", "555", "556"), /(cantila_session"?\s*[=:]\s*"?)[^;,&\s"'\\]+/gi), stryMutAct_9fa48("561") ? /\b(Bearer\s+)[^\S,;"'\\]+/gi : stryMutAct_9fa48("560") ? /\b(Bearer\s+)[\s,;"'\\]+/gi : stryMutAct_9fa48("559") ? /\b(Bearer\s+)[^\s,;"'\\]/gi : stryMutAct_9fa48("558") ? /\b(Bearer\S+)[^\s,;"'\\]+/gi : stryMutAct_9fa48("557") ? /\b(Bearer\s)[^\s,;"'\\]+/gi : (stryCov_9fa48("557", "558", "559", "560", "561"), /\b(Bearer\s+)[^\s,;"'\\]+/gi)]);
const redactPlain = stryMutAct_9fa48("562") ? () => undefined : (stryCov_9fa48("562"), (() => {
  const redactPlain = (text: string): string => secretPatterns.reduce(stryMutAct_9fa48("563") ? () => undefined : (stryCov_9fa48("563"), (out, pattern) => out.replace(pattern, stryMutAct_9fa48("564") ? () => undefined : (stryCov_9fa48("564"), (_match, prefix?: unknown) => stryMutAct_9fa48("565") ? `` : (stryCov_9fa48("565"), `${(stryMutAct_9fa48("568") ? typeof prefix !== 'string' : stryMutAct_9fa48("567") ? false : stryMutAct_9fa48("566") ? true : (stryCov_9fa48("566", "567", "568"), typeof prefix === (stryMutAct_9fa48("569") ? "" : (stryCov_9fa48("569"), 'string')))) ? prefix : stryMutAct_9fa48("570") ? "Stryker was here!" : (stryCov_9fa48("570"), '')}[redacted]`)))), text);
  return redactPlain;
})());

/** Decodes each run of percent-escapes that is valid UTF-8, leaving the others as they are. */
const percentDecoded = stryMutAct_9fa48("571") ? () => undefined : (stryCov_9fa48("571"), (() => {
  const percentDecoded = (text: string): string => text.replace(stryMutAct_9fa48("575") ? /(?:%[\DA-Fa-f]{2})+/g : stryMutAct_9fa48("574") ? /(?:%[^\dA-Fa-f]{2})+/g : stryMutAct_9fa48("573") ? /(?:%[\dA-Fa-f])+/g : stryMutAct_9fa48("572") ? /(?:%[\dA-Fa-f]{2})/g : (stryCov_9fa48("572", "573", "574", "575"), /(?:%[\dA-Fa-f]{2})+/g), run => {
    if (stryMutAct_9fa48("576")) {
      {}
    } else {
      stryCov_9fa48("576");
      try {
        if (stryMutAct_9fa48("577")) {
          {}
        } else {
          stryCov_9fa48("577");
          return decodeURIComponent(run);
        }
      } catch {
        if (stryMutAct_9fa48("578")) {
          {}
        } else {
          stryCov_9fa48("578");
          return run;
        }
      }
    }
  });
  return percentDecoded;
})());

/**
 * Replaces anything that looks like an API key, a bearer token or a session cookie with `[redacted]`,
 * also when percent-encoded (in a URL, say, once or more): then the text comes back decoded as far as
 * needed to show where the secret was, redacted.
 */
export function redact(text: string): string {
  if (stryMutAct_9fa48("579")) {
    {}
  } else {
    stryCov_9fa48("579");
    let out = redactPlain(text);
    for (let view = out, decoded = percentDecoded(view); stryMutAct_9fa48("581") ? decoded === view : stryMutAct_9fa48("580") ? false : (stryCov_9fa48("580", "581"), decoded !== view); decoded = percentDecoded(view)) {
      if (stryMutAct_9fa48("582")) {
        {}
      } else {
        stryCov_9fa48("582");
        view = redactPlain(decoded);
        if (stryMutAct_9fa48("585") ? view === decoded : stryMutAct_9fa48("584") ? false : stryMutAct_9fa48("583") ? true : (stryCov_9fa48("583", "584", "585"), view !== decoded)) out = view;
      }
    }
    return out;
  }
}
const secretHeaders = new Set(stryMutAct_9fa48("586") ? [] : (stryCov_9fa48("586"), [stryMutAct_9fa48("587") ? "" : (stryCov_9fa48("587"), 'authorization'), stryMutAct_9fa48("588") ? "" : (stryCov_9fa48("588"), 'cookie'), stryMutAct_9fa48("589") ? "" : (stryCov_9fa48("589"), 'set-cookie'), stryMutAct_9fa48("590") ? "" : (stryCov_9fa48("590"), 'proxy-authorization')]));

/** A header's value as it may be shown: a credential header's whole, anything like a key inside the others. */
export const redactHeader = stryMutAct_9fa48("591") ? () => undefined : (stryCov_9fa48("591"), (() => {
  const redactHeader = (name: string, value: string): string => secretHeaders.has(name) ? stryMutAct_9fa48("592") ? "" : (stryCov_9fa48("592"), '[redacted]') : redact(value);
  return redactHeader;
})());

/** Headers as `name: value` pairs for a log line, with credentials replaced by `[redacted]`. */
export function redactHeaders(headers: Headers): string {
  if (stryMutAct_9fa48("593")) {
    {}
  } else {
    stryCov_9fa48("593");
    const pairs: string[] = stryMutAct_9fa48("594") ? ["Stryker was here"] : (stryCov_9fa48("594"), []);
    for (const [name, value] of headers) pairs.push(stryMutAct_9fa48("596") ? `` : (stryCov_9fa48("596"), `${name}: ${redactHeader(name, value)}`));
    return pairs.join(stryMutAct_9fa48("597") ? "" : (stryCov_9fa48("597"), ', '));
  }
}