/** A signal for one attempt: aborts when the caller's signal aborts or when `ms` have passed, whichever comes first. */
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
export interface Deadline {
  signal: AbortSignal;
  /** Whether it was the time limit (not the caller) that aborted. */
  expired(): boolean;
  /** Stops the timer and stops following the caller's signal; call it when the attempt is over. */
  release(): void;
}

/**
 * Combines the caller's `AbortSignal` (if any) with a timeout of `ms`. (Written out rather than with
 * `AbortSignal.any`/`AbortSignal.timeout` so that it works in every browser the client supports and
 * tells the two causes apart; in Node 20 `AbortSignal.timeout` also measured no faster per request,
 * and its timer stays pending after the request until the signal is garbage-collected.)
 */
export function deadline(ms: number, caller: AbortSignal | undefined): Deadline {
  if (stryMutAct_9fa48("650")) {
    {}
  } else {
    stryCov_9fa48("650");
    const controller = new AbortController();
    let expired = stryMutAct_9fa48("651") ? true : (stryCov_9fa48("651"), false);
    const timer = setTimeout(() => {
      if (stryMutAct_9fa48("652")) {
        {}
      } else {
        stryCov_9fa48("652");
        expired = stryMutAct_9fa48("653") ? false : (stryCov_9fa48("653"), true);
        if (stryMutAct_9fa48("654")) {
          ;
        } else {
          stryCov_9fa48("654");
          controller.abort();
        }
      }
    }, ms);
    const follow = stryMutAct_9fa48("655") ? () => undefined : (stryCov_9fa48("655"), (() => {
      const follow = (): void => controller.abort(stryMutAct_9fa48("656") ? caller.reason : (stryCov_9fa48("656"), caller?.reason));
      return follow;
    })());
    stryMutAct_9fa48("657") ? caller.addEventListener('abort', follow, {
      once: true
    }) : (stryCov_9fa48("657"), caller?.addEventListener(stryMutAct_9fa48("658") ? "" : (stryCov_9fa48("658"), 'abort'), follow, stryMutAct_9fa48("659") ? {} : (stryCov_9fa48("659"), {
      once: stryMutAct_9fa48("660") ? false : (stryCov_9fa48("660"), true)
    })));
    return stryMutAct_9fa48("661") ? {} : (stryCov_9fa48("661"), {
      signal: controller.signal,
      expired: stryMutAct_9fa48("662") ? () => undefined : (stryCov_9fa48("662"), () => expired),
      release: () => {
        if (stryMutAct_9fa48("663")) {
          {}
        } else {
          stryCov_9fa48("663");
          if (stryMutAct_9fa48("664")) {
            ;
          } else {
            stryCov_9fa48("664");
            clearTimeout(timer);
          }
          stryMutAct_9fa48("665") ? caller.removeEventListener('abort', follow) : (stryCov_9fa48("665"), caller?.removeEventListener(stryMutAct_9fa48("666") ? "" : (stryCov_9fa48("666"), 'abort'), follow));
        }
      }
    });
  }
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (stryMutAct_9fa48("667")) {
    {}
  } else {
    stryCov_9fa48("667");
    return new Promise((resolve, reject) => {
      if (stryMutAct_9fa48("668")) {
        {}
      } else {
        stryCov_9fa48("668");
        if (stryMutAct_9fa48("671") ? signal.aborted : stryMutAct_9fa48("670") ? false : stryMutAct_9fa48("669") ? true : (stryCov_9fa48("669", "670", "671"), signal?.aborted)) return reject(signal.reason);
        const onAbort = (): void => {
          if (stryMutAct_9fa48("672")) {
            {}
          } else {
            stryCov_9fa48("672");
            if (stryMutAct_9fa48("673")) {
              ;
            } else {
              stryCov_9fa48("673");
              clearTimeout(timer);
            }
            reject(stryMutAct_9fa48("675") ? signal.reason : (stryCov_9fa48("675"), signal?.reason));
          }
        };
        const timer = setTimeout(() => {
          if (stryMutAct_9fa48("676")) {
            {}
          } else {
            stryCov_9fa48("676");
            stryMutAct_9fa48("677") ? signal.removeEventListener('abort', onAbort) : (stryCov_9fa48("677"), signal?.removeEventListener(stryMutAct_9fa48("678") ? "" : (stryCov_9fa48("678"), 'abort'), onAbort));
            if (stryMutAct_9fa48("679")) {
              ;
            } else {
              stryCov_9fa48("679");
              resolve();
            }
          }
        }, ms);
        stryMutAct_9fa48("680") ? signal.addEventListener('abort', onAbort, {
          once: true
        }) : (stryCov_9fa48("680"), signal?.addEventListener(stryMutAct_9fa48("681") ? "" : (stryCov_9fa48("681"), 'abort'), onAbort, stryMutAct_9fa48("682") ? {} : (stryCov_9fa48("682"), {
          once: stryMutAct_9fa48("683") ? false : (stryCov_9fa48("683"), true)
        })));
      }
    });
  }
}