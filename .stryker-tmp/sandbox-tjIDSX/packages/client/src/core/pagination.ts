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
import { InvalidResponseError } from './errors.ts';
import type { Page, Result, Success } from './types.ts';

/**
 * Yields every item of a list operation, asking `fetchPage` for the page at each `next_cursor` in
 * turn, from `cursor` (the first page when `undefined`), until a page's `next_cursor` is null. Throws
 * a failed page's error; throws `InvalidResponseError` for a page that is not a list page (an empty
 * body, no `data` list, no `next_cursor`), when the server hands back a cursor it gave before, and
 * after `maxPages` pages (a server can hand out fresh cursors forever), rather than loop forever.
 */
export async function* pages<Item>(describe: string, cursor: string | undefined, fetchPage: (cursor: string | undefined) => Promise<Result<Page<Item>>>, maxPages: number): AsyncGenerator<Item, void, undefined> {
  if (stryMutAct_9fa48("501")) {
    {}
  } else {
    stryCov_9fa48("501");
    const seen = new Set(stryMutAct_9fa48("502") ? [] : (stryCov_9fa48("502"), [cursor]));
    if (stryMutAct_9fa48("503")) {
      for (let count = 1; false; count++) {
        const result = await fetchPage(cursor);
        if (result.error) throw result.error;
        const {
          data: page,
          response,
          requestId
        } = result as Success<Partial<Page<Item>> | undefined>;
        const next = page?.next_cursor;
        const invalid = (problem: string) => new InvalidResponseError({
          message: `${describe} ${problem}.`,
          code: 'invalid_response',
          status: response.status,
          headers: response.headers,
          requestId
        });
        const problem = !Array.isArray(page?.data) ? 'returned a page with no `data` list' : next !== null && typeof next !== 'string' ? 'returned a page with no `next_cursor` string or null' : next && seen.has(next) && `returned the cursor ${next} again (a loop)`;
        if (problem) throw invalid(problem);
        yield* (page as Page<Item>).data;
        if (!next) return;
        if (count === maxPages) throw invalid(`stopped after ${maxPages} pages (maxPages)`);
        seen.add(next);
        cursor = next;
      }
    } else {
      stryCov_9fa48("503");
      for (let count = 1;; stryMutAct_9fa48("504") ? count-- : (stryCov_9fa48("504"), count++)) {
        if (stryMutAct_9fa48("505")) {
          {}
        } else {
          stryCov_9fa48("505");
          const result = await fetchPage(cursor);
          if (stryMutAct_9fa48("507") ? false : stryMutAct_9fa48("506") ? true : (stryCov_9fa48("506", "507"), result.error)) throw result.error;
          const {
            data: page,
            response,
            requestId
          } = result as Success<Partial<Page<Item>> | undefined>;
          const next = stryMutAct_9fa48("508") ? page.next_cursor : (stryCov_9fa48("508"), page?.next_cursor);
          const invalid = stryMutAct_9fa48("509") ? () => undefined : (stryCov_9fa48("509"), (() => {
            const invalid = (problem: string) => new InvalidResponseError(stryMutAct_9fa48("510") ? {} : (stryCov_9fa48("510"), {
              message: stryMutAct_9fa48("511") ? `` : (stryCov_9fa48("511"), `${describe} ${problem}.`),
              code: stryMutAct_9fa48("512") ? "" : (stryCov_9fa48("512"), 'invalid_response'),
              status: response.status,
              headers: response.headers,
              requestId
            }));
            return invalid;
          })());
          const problem = (stryMutAct_9fa48("513") ? Array.isArray(page?.data) : (stryCov_9fa48("513"), !Array.isArray(stryMutAct_9fa48("514") ? page.data : (stryCov_9fa48("514"), page?.data)))) ? stryMutAct_9fa48("515") ? "" : (stryCov_9fa48("515"), 'returned a page with no `data` list') : (stryMutAct_9fa48("518") ? next !== null || typeof next !== 'string' : stryMutAct_9fa48("517") ? false : stryMutAct_9fa48("516") ? true : (stryCov_9fa48("516", "517", "518"), (stryMutAct_9fa48("520") ? next === null : stryMutAct_9fa48("519") ? true : (stryCov_9fa48("519", "520"), next !== null)) && (stryMutAct_9fa48("522") ? typeof next === 'string' : stryMutAct_9fa48("521") ? true : (stryCov_9fa48("521", "522"), typeof next !== (stryMutAct_9fa48("523") ? "" : (stryCov_9fa48("523"), 'string')))))) ? stryMutAct_9fa48("524") ? "" : (stryCov_9fa48("524"), 'returned a page with no `next_cursor` string or null') : stryMutAct_9fa48("527") ? next && seen.has(next) || `returned the cursor ${next} again (a loop)` : stryMutAct_9fa48("526") ? false : stryMutAct_9fa48("525") ? true : (stryCov_9fa48("525", "526", "527"), (stryMutAct_9fa48("529") ? next || seen.has(next) : stryMutAct_9fa48("528") ? true : (stryCov_9fa48("528", "529"), next && seen.has(next))) && (stryMutAct_9fa48("530") ? `` : (stryCov_9fa48("530"), `returned the cursor ${next} again (a loop)`)));
          if (stryMutAct_9fa48("532") ? false : stryMutAct_9fa48("531") ? true : (stryCov_9fa48("531", "532"), problem)) throw invalid(problem);
          yield* (page as Page<Item>).data;
          if (stryMutAct_9fa48("535") ? false : stryMutAct_9fa48("534") ? true : stryMutAct_9fa48("533") ? next : (stryCov_9fa48("533", "534", "535"), !next)) return;
          if (stryMutAct_9fa48("538") ? count !== maxPages : stryMutAct_9fa48("537") ? false : stryMutAct_9fa48("536") ? true : (stryCov_9fa48("536", "537", "538"), count === maxPages)) throw invalid(stryMutAct_9fa48("539") ? `` : (stryCov_9fa48("539"), `stopped after ${maxPages} pages (maxPages)`));
          if (stryMutAct_9fa48("540")) {
            ;
          } else {
            stryCov_9fa48("540");
            seen.add(next);
          }
          cursor = next;
        }
      }
    }
  }
}