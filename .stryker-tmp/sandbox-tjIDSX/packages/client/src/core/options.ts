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
import { actAs } from '../generated/conventions.ts';
import { pathParameters } from '../generated/parameters.ts';
import { redact } from './redact.ts';

// The smallest value of each numeric option. The largest is setTimeout's: past 2^31−1 ms, timers fire at once.
const minimums = stryMutAct_9fa48("441") ? {} : (stryCov_9fa48("441"), {
  timeout: 1,
  totalTimeout: 1,
  maxRetries: 0,
  initialDelay: 0,
  maxDelay: 0,
  maxRetryAfter: 0,
  maxResponseSize: 1,
  maxPages: 1
});

/**
 * The TypeError for the first numeric option in `options` that is set but is not a whole number from
 * its minimum to 2^31−1 (`NaN` retrying forever, `Infinity` timing out at once), naming it with `where`
 * before; `undefined` when all are fine.
 */
export function invalidNumber(where: string, options: Record<string, unknown>): TypeError | undefined {
  if (stryMutAct_9fa48("442")) {
    {}
  } else {
    stryCov_9fa48("442");
    for (const [name, min] of Object.entries(minimums)) {
      if (stryMutAct_9fa48("443")) {
        {}
      } else {
        stryCov_9fa48("443");
        const value = options[name];
        if (stryMutAct_9fa48("446") ? value !== undefined || !(Number.isInteger(value) && value as number >= min && value as number < 2 ** 31) : stryMutAct_9fa48("445") ? false : stryMutAct_9fa48("444") ? true : (stryCov_9fa48("444", "445", "446"), (stryMutAct_9fa48("448") ? value === undefined : stryMutAct_9fa48("447") ? true : (stryCov_9fa48("447", "448"), value !== undefined)) && (stryMutAct_9fa48("449") ? Number.isInteger(value) && value as number >= min && value as number < 2 ** 31 : (stryCov_9fa48("449"), !(stryMutAct_9fa48("452") ? Number.isInteger(value) && value as number >= min || value as number < 2 ** 31 : stryMutAct_9fa48("451") ? false : stryMutAct_9fa48("450") ? true : (stryCov_9fa48("450", "451", "452"), (stryMutAct_9fa48("454") ? Number.isInteger(value) || value as number >= min : stryMutAct_9fa48("453") ? true : (stryCov_9fa48("453", "454"), Number.isInteger(value) && (stryMutAct_9fa48("457") ? value as number < min : stryMutAct_9fa48("456") ? value as number > min : stryMutAct_9fa48("455") ? true : (stryCov_9fa48("455", "456", "457"), value as number >= min)))) && (stryMutAct_9fa48("460") ? value as number >= 2 ** 31 : stryMutAct_9fa48("459") ? value as number <= 2 ** 31 : stryMutAct_9fa48("458") ? true : (stryCov_9fa48("458", "459", "460"), value as number < 2 ** 31)))))))) {
          if (stryMutAct_9fa48("461")) {
            {}
          } else {
            stryCov_9fa48("461");
            return new TypeError(stryMutAct_9fa48("462") ? `` : (stryCov_9fa48("462"), `${where}${name} must be a whole number from ${min} to 2147483647, not ${(stryMutAct_9fa48("465") ? typeof value !== 'number' : stryMutAct_9fa48("464") ? false : stryMutAct_9fa48("463") ? true : (stryCov_9fa48("463", "464", "465"), typeof value === (stryMutAct_9fa48("466") ? "" : (stryCov_9fa48("466"), 'number')))) ? value : typeof value}.`));
          }
        }
      }
    }
    return undefined;
  }
}

/** A value as a message shows it: a string quoted and redacted, anything else as it prints. */
const shown = stryMutAct_9fa48("467") ? () => undefined : (stryCov_9fa48("467"), (() => {
  const shown = (value: unknown): string => (stryMutAct_9fa48("470") ? typeof value !== 'string' : stryMutAct_9fa48("469") ? false : stryMutAct_9fa48("468") ? true : (stryCov_9fa48("468", "469", "470"), typeof value === (stryMutAct_9fa48("471") ? "" : (stryCov_9fa48("471"), 'string')))) ? stryMutAct_9fa48("472") ? `` : (stryCov_9fa48("472"), `'${redact(value)}'`) : String(value);
  return shown;
})());

/** Throws unless `handle` is a sub-account handle (the spec's `ActAs` pattern). */
export function checkHandle(handle: unknown): asserts handle is string {
  if (stryMutAct_9fa48("473")) {
    {}
  } else {
    stryCov_9fa48("473");
    if (stryMutAct_9fa48("476") ? typeof handle !== 'string' && !actAs.pattern.test(handle) : stryMutAct_9fa48("475") ? false : stryMutAct_9fa48("474") ? true : (stryCov_9fa48("474", "475", "476"), (stryMutAct_9fa48("478") ? typeof handle === 'string' : stryMutAct_9fa48("477") ? false : (stryCov_9fa48("477", "478"), typeof handle !== (stryMutAct_9fa48("479") ? "" : (stryCov_9fa48("479"), 'string')))) || (stryMutAct_9fa48("480") ? actAs.pattern.test(handle) : (stryCov_9fa48("480"), !actAs.pattern.test(handle))))) {
      if (stryMutAct_9fa48("481")) {
        {}
      } else {
        stryCov_9fa48("481");
        throw new TypeError(stryMutAct_9fa48("483") ? `` : (stryCov_9fa48("483"), `actAs: ${shown(handle)} is not a sub-account handle like 'client-acme' (${actAs.pattern}).`));
      }
    }
  }
}

/**
 * The TypeError for the first parameter of `path` (`/projects/{project}`) whose value in `values` is
 * not a string matching the spec's pattern for it: `..`, `.` or `''` would send the request to another
 * operation, since URL parsing collapses dot segments even when percent-encoded.
 */
export function invalidPathParameter(where: string, path: string, values: Record<string, unknown> | undefined): TypeError | undefined {
  if (stryMutAct_9fa48("484")) {
    {}
  } else {
    stryCov_9fa48("484");
    for (const [, name] of path.matchAll(stryMutAct_9fa48("486") ? /\{(\W+)\}/g : stryMutAct_9fa48("485") ? /\{(\w)\}/g : (stryCov_9fa48("485", "486"), /\{(\w+)\}/g))) {
      if (stryMutAct_9fa48("487")) {
        {}
      } else {
        stryCov_9fa48("487");
        const value = stryMutAct_9fa48("488") ? values[name!] : (stryCov_9fa48("488"), values?.[name!]);
        const pattern = pathParameters[name!];
        if (stryMutAct_9fa48("491") ? pattern || !(typeof value === 'string' && pattern.test(value)) : stryMutAct_9fa48("490") ? false : stryMutAct_9fa48("489") ? true : (stryCov_9fa48("489", "490", "491"), pattern && (stryMutAct_9fa48("492") ? typeof value === 'string' && pattern.test(value) : (stryCov_9fa48("492"), !(stryMutAct_9fa48("495") ? typeof value === 'string' || pattern.test(value) : stryMutAct_9fa48("494") ? false : stryMutAct_9fa48("493") ? true : (stryCov_9fa48("493", "494", "495"), (stryMutAct_9fa48("497") ? typeof value !== 'string' : stryMutAct_9fa48("496") ? true : (stryCov_9fa48("496", "497"), typeof value === (stryMutAct_9fa48("498") ? "" : (stryCov_9fa48("498"), 'string')))) && pattern.test(value))))))) {
          if (stryMutAct_9fa48("499")) {
            {}
          } else {
            stryCov_9fa48("499");
            return new TypeError(stryMutAct_9fa48("500") ? `` : (stryCov_9fa48("500"), `${where}path parameter ${name} ${shown(value)} does not match ${pattern.source}; nothing was sent.`));
          }
        }
      }
    }
    return undefined;
  }
}