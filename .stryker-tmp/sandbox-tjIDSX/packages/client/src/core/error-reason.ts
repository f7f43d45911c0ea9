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
import { reasonsByCode } from '../generated/conventions.ts';
import type { components } from '../generated/schema.ts';
import { redact } from './redact.ts';

/** Why a request failed, one value per documented cause (the spec's `ErrorReason`): branch on it. */
export type ErrorReason = components['schemas']['ErrorReason'];
/** On `quota_exceeded`: the quota reached, its limit and the current use (the spec's `QuotaUse`). */
export type QuotaUse = components['schemas']['QuotaUse'];
type Cause = Pick<components['schemas']['Error'], 'reason' | 'param' | 'quota'>;
const isCount = stryMutAct_9fa48("227") ? () => undefined : (stryCov_9fa48("227"), (() => {
  const isCount = (value: unknown): value is number => stryMutAct_9fa48("230") ? Number.isSafeInteger(value) || value as number >= 0 : stryMutAct_9fa48("229") ? false : stryMutAct_9fa48("228") ? true : (stryCov_9fa48("228", "229", "230"), Number.isSafeInteger(value) && (stryMutAct_9fa48("233") ? value as number < 0 : stryMutAct_9fa48("232") ? value as number > 0 : stryMutAct_9fa48("231") ? true : (stryCov_9fa48("231", "232", "233"), value as number >= 0)));
  return isCount;
})());
function quotaOf(value: unknown): QuotaUse | undefined {
  if (stryMutAct_9fa48("234")) {
    {}
  } else {
    stryCov_9fa48("234");
    const {
      name,
      limit,
      used
    } = (value ?? {}) as Record<string, unknown>;
    if (stryMutAct_9fa48("237") ? (typeof name !== 'string' || !/^[a-z_]{1,64}$/.test(name) || !(limit === null || isCount(limit))) && !isCount(used) : stryMutAct_9fa48("236") ? false : stryMutAct_9fa48("235") ? true : (stryCov_9fa48("235", "236", "237"), (stryMutAct_9fa48("239") ? (typeof name !== 'string' || !/^[a-z_]{1,64}$/.test(name)) && !(limit === null || isCount(limit)) : stryMutAct_9fa48("238") ? false : (stryCov_9fa48("238", "239"), (stryMutAct_9fa48("241") ? typeof name !== 'string' && !/^[a-z_]{1,64}$/.test(name) : stryMutAct_9fa48("240") ? false : (stryCov_9fa48("240", "241"), (stryMutAct_9fa48("243") ? typeof name === 'string' : stryMutAct_9fa48("242") ? false : (stryCov_9fa48("242", "243"), typeof name !== (stryMutAct_9fa48("244") ? "" : (stryCov_9fa48("244"), 'string')))) || (stryMutAct_9fa48("245") ? /^[a-z_]{1,64}$/.test(name) : (stryCov_9fa48("245"), !(stryMutAct_9fa48("249") ? /^[^a-z_]{1,64}$/ : stryMutAct_9fa48("248") ? /^[a-z_]$/ : stryMutAct_9fa48("247") ? /^[a-z_]{1,64}/ : stryMutAct_9fa48("246") ? /[a-z_]{1,64}$/ : (stryCov_9fa48("246", "247", "248", "249"), /^[a-z_]{1,64}$/)).test(name))))) || (stryMutAct_9fa48("250") ? limit === null || isCount(limit) : (stryCov_9fa48("250"), !(stryMutAct_9fa48("253") ? limit === null && isCount(limit) : stryMutAct_9fa48("252") ? false : stryMutAct_9fa48("251") ? true : (stryCov_9fa48("251", "252", "253"), (stryMutAct_9fa48("255") ? limit !== null : stryMutAct_9fa48("254") ? false : (stryCov_9fa48("254", "255"), limit === null)) || isCount(limit))))))) || (stryMutAct_9fa48("256") ? isCount(used) : (stryCov_9fa48("256"), !isCount(used))))) return undefined;
    return stryMutAct_9fa48("257") ? {} : (stryCov_9fa48("257"), {
      name: name as QuotaUse['name'],
      limit,
      used
    });
  }
}

/**
 * The cause an error body states: its `reason` when the spec lists it under the body's `error` code,
 * the `param` at fault and the `quota` details. A reason this client does not know, or one of another
 * code, is left out rather than mistyped.
 */
export function causeOf(body: Record<string, unknown>, error: string): Cause {
  if (stryMutAct_9fa48("258")) {
    {}
  } else {
    stryCov_9fa48("258");
    const {
      reason,
      param,
      quota
    } = body;
    const known = stryMutAct_9fa48("261") ? typeof reason === 'string' && Object.hasOwn(reasonsByCode, error) || reasonsByCode[error]!.split(' ').includes(reason) : stryMutAct_9fa48("260") ? false : stryMutAct_9fa48("259") ? true : (stryCov_9fa48("259", "260", "261"), (stryMutAct_9fa48("263") ? typeof reason === 'string' || Object.hasOwn(reasonsByCode, error) : stryMutAct_9fa48("262") ? true : (stryCov_9fa48("262", "263"), (stryMutAct_9fa48("265") ? typeof reason !== 'string' : stryMutAct_9fa48("264") ? true : (stryCov_9fa48("264", "265"), typeof reason === (stryMutAct_9fa48("266") ? "" : (stryCov_9fa48("266"), 'string')))) && Object.hasOwn(reasonsByCode, error))) && reasonsByCode[error]!.split(stryMutAct_9fa48("267") ? "" : (stryCov_9fa48("267"), ' ')).includes(reason));
    const details = quotaOf(quota);
    return stryMutAct_9fa48("268") ? {} : (stryCov_9fa48("268"), {
      ...(known ? stryMutAct_9fa48("269") ? {} : (stryCov_9fa48("269"), {
        reason: reason as ErrorReason
      }) : {}),
      ...((stryMutAct_9fa48("272") ? typeof param !== 'string' : stryMutAct_9fa48("271") ? false : stryMutAct_9fa48("270") ? true : (stryCov_9fa48("270", "271", "272"), typeof param === (stryMutAct_9fa48("273") ? "" : (stryCov_9fa48("273"), 'string')))) ? stryMutAct_9fa48("274") ? {} : (stryCov_9fa48("274"), {
        param: redact(stryMutAct_9fa48("275") ? param : (stryCov_9fa48("275"), param.slice(0, 200)))
      }) : {}),
      ...(details ? stryMutAct_9fa48("276") ? {} : (stryCov_9fa48("276"), {
        quota: details
      }) : {})
    });
  }
}