/** The init openapi-fetch builds for a request: always with a method and merged `Headers`. */
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
export type PendingInit = RequestInit & {
  method: string;
  headers: Headers;
};

/**
 * What openapi-fetch builds in place of a `Request` (its `Request` option): the URL and the init,
 * kept as they are, so that `fetch(url, init)` builds the one Request a request needs. Handed a
 * `Request`, fetch builds another from it and pipes a body through a new stream: on loopback that
 * cost a POST 15–25% of its time.
 */
export class PendingRequest {
  readonly url: string;
  readonly init: PendingInit;
  constructor(url: string, init: PendingInit) {
    if (stryMutAct_9fa48("598")) {
      {}
    } else {
      stryCov_9fa48("598");
      this.url = url;
      this.init = init;
    }
  }
  get method(): string {
    if (stryMutAct_9fa48("599")) {
      {}
    } else {
      stryCov_9fa48("599");
      return this.init.method;
    }
  }
  get headers(): Headers {
    if (stryMutAct_9fa48("600")) {
      {}
    } else {
      stryCov_9fa48("600");
      return this.init.headers;
    }
  }

  /** The `Request` itself, for a `fetch` option that takes one. */
  toRequest(): Request {
    if (stryMutAct_9fa48("601")) {
      {}
    } else {
      stryCov_9fa48("601");
      return new Request(this.url, this.init);
    }
  }
}