/**
 * A random (version 4) UUID for `Idempotency-Key`: `crypto.randomUUID` where there is one (Node, and
 * pages over https or on localhost), else built on `crypto.getRandomValues`, which pages served over
 * plain http have too.
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
export function newIdempotencyKey(): string {
  if (stryMutAct_9fa48("427")) {
    {}
  } else {
    stryCov_9fa48("427");
    if (stryMutAct_9fa48("430") ? typeof crypto.randomUUID !== 'function' : stryMutAct_9fa48("429") ? false : stryMutAct_9fa48("428") ? true : (stryCov_9fa48("428", "429", "430"), typeof crypto.randomUUID === (stryMutAct_9fa48("431") ? "" : (stryCov_9fa48("431"), 'function')))) return crypto.randomUUID();
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = bytes[6]! & 0x0f | 0x40;
    bytes[8] = bytes[8]! & 0x3f | 0x80;
    const hex = Array.from(bytes, stryMutAct_9fa48("432") ? () => undefined : (stryCov_9fa48("432"), b => b.toString(16).padStart(2, stryMutAct_9fa48("433") ? "" : (stryCov_9fa48("433"), '0')))).join(stryMutAct_9fa48("434") ? "Stryker was here!" : (stryCov_9fa48("434"), ''));
    return stryMutAct_9fa48("435") ? `` : (stryCov_9fa48("435"), `${stryMutAct_9fa48("436") ? hex : (stryCov_9fa48("436"), hex.slice(0, 8))}-${stryMutAct_9fa48("437") ? hex : (stryCov_9fa48("437"), hex.slice(8, 12))}-${stryMutAct_9fa48("438") ? hex : (stryCov_9fa48("438"), hex.slice(12, 16))}-${stryMutAct_9fa48("439") ? hex : (stryCov_9fa48("439"), hex.slice(16, 20))}-${stryMutAct_9fa48("440") ? hex : (stryCov_9fa48("440"), hex.slice(20))}`);
  }
}