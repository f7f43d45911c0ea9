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
import { redact } from './redact.ts';

/** What the spec says about a deprecated operation (`x-sunset`, `x-replacement`). */
export interface Deprecated {
  sunset: string;
  replacement: string;
}

/** Whether an operation is deprecated, and the warning lines, once per operation. */
export interface DeprecationNotices {
  /** Before a call: warns if the spec marks `operation` (`GET /projects`) deprecated. */
  calling(operation: string): void;
  /** After a call: warns if the response says the operation is deprecated (`Deprecation` or `Sunset` header). */
  received(operation: string, response: Response | undefined): void;
}

/**
 * Warns through `warn` the first time a client calls a deprecated operation: when the generated map
 * (from the spec's `deprecated`, `x-sunset`, `x-replacement`) says so before the call, or when the
 * response carries the `Deprecation` (RFC 9745) or `Sunset` (RFC 8594) header. At most 100 warnings
 * per client, however many paths a server marks; header values are quoted as visible ASCII, cut at 100.
 */
export function deprecationNotices(known: (operation: string) => Deprecated | undefined, warn: (line: string) => void): DeprecationNotices {
  if (stryMutAct_9fa48("191")) {
    {}
  } else {
    stryCov_9fa48("191");
    const warned = new Set<string>();
    const once = (operation: string, detail: string) => {
      if (stryMutAct_9fa48("192")) {
        {}
      } else {
        stryCov_9fa48("192");
        if (stryMutAct_9fa48("195") ? warned.has(operation) && warned.size >= 100 : stryMutAct_9fa48("194") ? false : stryMutAct_9fa48("193") ? true : (stryCov_9fa48("193", "194", "195"), warned.has(operation) || (stryMutAct_9fa48("198") ? warned.size < 100 : stryMutAct_9fa48("197") ? warned.size > 100 : stryMutAct_9fa48("196") ? false : (stryCov_9fa48("196", "197", "198"), warned.size >= 100)))) return;
        if (stryMutAct_9fa48("199")) {
          ;
        } else {
          stryCov_9fa48("199");
          warned.add(operation);
        }
        warn(redact(stryMutAct_9fa48("201") ? `` : (stryCov_9fa48("201"), `cantila: ${operation} is deprecated${detail}`)));
      }
    };
    return stryMutAct_9fa48("202") ? {} : (stryCov_9fa48("202"), {
      calling(operation) {
        if (stryMutAct_9fa48("203")) {
          {}
        } else {
          stryCov_9fa48("203");
          const entry = known(operation);
          if (stryMutAct_9fa48("205") ? false : stryMutAct_9fa48("204") ? true : (stryCov_9fa48("204", "205"), entry)) once(operation, stryMutAct_9fa48("207") ? `` : (stryCov_9fa48("207"), ` (sunset ${entry.sunset}); use ${entry.replacement}`));
        }
      },
      received(operation, response) {
        if (stryMutAct_9fa48("208")) {
          {}
        } else {
          stryCov_9fa48("208");
          const said = (stryMutAct_9fa48("209") ? [] : (stryCov_9fa48("209"), [stryMutAct_9fa48("210") ? "" : (stryCov_9fa48("210"), 'Deprecation'), stryMutAct_9fa48("211") ? "" : (stryCov_9fa48("211"), 'Sunset')])).flatMap(name => {
            if (stryMutAct_9fa48("212")) {
              {}
            } else {
              stryCov_9fa48("212");
              const value = stryMutAct_9fa48("213") ? response.headers.get(name) : (stryCov_9fa48("213"), response?.headers.get(name));
              return value ? stryMutAct_9fa48("214") ? [] : (stryCov_9fa48("214"), [stryMutAct_9fa48("215") ? `` : (stryCov_9fa48("215"), `${name}: ${stryMutAct_9fa48("216") ? value.replace(/[^ -~]/g, '?') : (stryCov_9fa48("216"), value.replace(stryMutAct_9fa48("217") ? /[ -~]/g : (stryCov_9fa48("217"), /[^ -~]/g), stryMutAct_9fa48("218") ? "" : (stryCov_9fa48("218"), '?')).slice(0, 100))}`)]) : stryMutAct_9fa48("219") ? ["Stryker was here"] : (stryCov_9fa48("219"), []);
            }
          });
          if (stryMutAct_9fa48("223") ? said.length <= 0 : stryMutAct_9fa48("222") ? said.length >= 0 : stryMutAct_9fa48("221") ? false : stryMutAct_9fa48("220") ? true : (stryCov_9fa48("220", "221", "222", "223"), said.length > 0)) once(operation, stryMutAct_9fa48("225") ? `` : (stryCov_9fa48("225"), ` (${said.join(stryMutAct_9fa48("226") ? "" : (stryCov_9fa48("226"), ', '))}); see the API changelog`));
        }
      }
    });
  }
}