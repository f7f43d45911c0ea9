/**
 * The contract run: every operation of the spec, in the spec's order, called through the client against
 * the target and judged against the spec. Per operation: the access policy the API reference states —
 * no credential → 401, a key one scope too low → 403, a handle you don't own → 403, an invalid body →
 * 422, an unknown id → 404 — then its success answer. Reads run by default; writes only when asked, on
 * resources the run creates itself (resources.ts), which it deletes at the end whatever happened.
 */
import { randomBytes } from 'node:crypto';
import { expectStatus } from './checks.ts';
import { jsonOf, Resources } from './resources.ts';
import { Results, type CheckResult } from './results.ts';
import { RunStopped, sender, type Call } from './send.ts';
import {
  exampleRequest,
  invalidBody,
  operations,
  pathParameterNames,
  scopeBelow,
  scopes,
  successStatusOf,
  type Operation,
} from './spec.ts';
import type { PolicyCheck, Target } from './target.ts';

export type { CheckResult, Verdict } from './results.ts';

/** The operation whose answer says which scope the key holds. */
const whoami = 'GET /me';

const token = (): string => randomBytes(4).toString('hex');

/** A well-formed id that no server holds: the example's type prefix (`prj_`), if it has one, and a random tail. */
function unknownId(example: string): string {
  const prefix = /^[a-z]+_/.exec(example)?.[0];
  return prefix ? `${prefix}contractMissing${token()}` : `contract-missing-${token()}`;
}

/** Runs the contract against `target` and resolves to every check's result; `interrupt` stops it early (the clean-up still runs). */
export async function runContract(target: Target, interrupt?: AbortSignal): Promise<CheckResult[]> {
  const timeLimit = AbortSignal.timeout(target.timeLimit);
  const deadline = interrupt ? AbortSignal.any([timeLimit, interrupt]) : timeLimit;
  const send = sender({ baseUrl: target.baseUrl, rate: target.rate, requestTimeout: target.requestTimeout, deadline, fetch: target.fetch });
  const results = new Results();
  const resources = new Resources(`contract-${token()}`);
  const started = Date.now();
  let keyScope = scopes.at(-1)!;

  /** Whether `kind` was skipped with `--skip`; if so, says so in the results. */
  const skipped = (op: Operation, kind: PolicyCheck, check: string): boolean => {
    if (target.skip.has(kind)) results.notChecked(op, check, `skipped with --skip ${kind}`);
    return target.skip.has(kind);
  };

  const checkOperation = async (op: Operation): Promise<void> => {
    const isWrite = op.method !== 'get';
    if (isWrite && !target.includeWrites) return results.notChecked(op, 'writes', 'a write: pass --include-writes');
    const example = exampleRequest(op);
    const plan = resources.plan(op, example);
    if ('leaveAlone' in plan) return results.notChecked(op, 'writes', plan.leaveAlone);
    const { path, body } = plan;
    const call = (extra: Partial<Call>): Call => ({ key: target.apiKey, actAs: target.actAs, path, query: example.query, body, ...extra });
    /** Sends a policy check's call and judges it; a 2xx it provoked from a creating operation is tracked for deletion. */
    const policyCheck = async (check: string, extra: Partial<Call>, expected: number): Promise<void> => {
      resources.track(op, path, results.judge(op, check, await send(op, call(extra)), expected));
    };

    if (op.scope !== null) {
      if (!skipped(op, 'unauthenticated', 'no credential → 401'))
        await policyCheck('no credential → 401', { key: undefined, actAs: undefined }, 401);
      const lower = scopeBelow(op.scope);
      const lowerKey = lower && target.scopedKeys.get(lower);
      if (lower && !skipped(op, 'scope', `${lower} key → 403`)) {
        if (lowerKey) await policyCheck(`${lower} key → 403`, { key: lowerKey }, 403);
        else results.notChecked(op, `${lower} key → 403`, `no --${lower}-key given`);
      }
      if (!skipped(op, 'act-as', 'handle not yours → 403')) {
        if (target.apiKey !== undefined) await policyCheck('handle not yours → 403', { actAs: `contract-not-yours-${token()}` }, 403);
        else results.notChecked(op, 'handle not yours → 403', 'no --api-key given');
      }
    }
    const cannotCall =
      op.scope === null
        ? undefined
        : target.apiKey === undefined
          ? 'no --api-key given'
          : scopes.indexOf(op.scope) > scopes.indexOf(keyScope)
            ? `the key holds ${keyScope}, this needs ${op.scope}`
            : undefined;
    if (op.requestBody && !skipped(op, 'invalid-body', 'invalid body → 422')) {
      if (cannotCall) results.notChecked(op, 'invalid body → 422', cannotCall);
      else await policyCheck('invalid body → 422', { body: invalidBody(op).body }, 422);
    }
    const names = pathParameterNames(op);
    const last = names.at(-1);
    if (last && !skipped(op, 'unknown-id', 'unknown id → 404')) {
      if (cannotCall) results.notChecked(op, 'unknown id → 404', cannotCall);
      else await policyCheck('unknown id → 404', { path: { ...path, [last]: unknownId(example.path[last]!) } }, 404);
    }

    const success = `answers ${successStatusOf(op)}`;
    if (cannotCall) return results.notChecked(op, success, cannotCall);
    // A resource's own DELETE runs last, as the clean-up.
    if (op.method === 'delete') return;
    const answer = await send(op, call({}));
    if (!('failure' in answer) && answer.status === 404 && !isWrite && names.length > 0 && expectStatus(op, answer, 404).length === 0) {
      return results.notChecked(op, success, `the spec's example ${names.map((n) => `${n}=${path[n]}`).join(', ')} is not on this server`);
    }
    // A write the run cannot set up for (a restart needs a live deploy, a rollback a former one) may be refused as
    // documented — a 404 or 409 in the Error shape whose reason the spec lists for it: no violation, nor a pass.
    if (!('failure' in answer) && isWrite && [404, 409].includes(answer.status) && expectStatus(op, answer, answer.status).length === 0) {
      const refusal = jsonOf(answer) as { reason?: string; message?: string } | undefined;
      const documented = (op.raw['x-cantila-errors'] as Record<string, string[]> | undefined)?.[String(answer.status)] ?? [];
      if (refusal?.reason !== undefined && documented.includes(refusal.reason)) {
        return results.notChecked(op, success, `refused as documented (${answer.status} ${refusal.reason}): ${refusal.message ?? ''}`);
      }
    }
    const judged = results.judge(op, success, answer, successStatusOf(op));
    if (!judged) return;
    resources.track(op, path, judged);
    resources.learn(op, judged);
    if (op.key === whoami && judged.status === 200) {
      const scope = (jsonOf(judged) as { key?: { scope?: string } } | undefined)?.key?.scope;
      if (scope && scopes.includes(scope)) keyScope = scope;
    }
  };

  try {
    const me = operations.find((op) => op.key === whoami);
    for (const op of me ? [me, ...operations.filter((o) => o !== me)] : operations) await checkOperation(op);
  } catch (error) {
    if (!(error instanceof RunStopped)) throw error;
    const after = `stopped after ${Math.round((Date.now() - started) / 1000)} s`;
    if (interrupt?.aborted) results.record('(run)', 'interrupted', [`${after}: the operations after this were not checked`]);
    else results.record('(run)', 'time limit', [`${after} (--time-limit): the operations after this were not checked`]);
  } finally {
    // The clean-up gets its own time: one request timeout per deletion, newest resource first.
    const { created } = resources;
    const cleanUp = sender({
      baseUrl: target.baseUrl,
      rate: target.rate,
      requestTimeout: target.requestTimeout,
      deadline: AbortSignal.timeout(target.requestTimeout * (created.length + 1)),
      fetch: target.fetch,
    });
    for (const { remove, path } of [...created].reverse()) {
      const call: Call = { key: target.apiKey, actAs: target.actAs, path, query: exampleRequest(remove).query, body: undefined };
      const answer = await cleanUp(remove, call).catch(() => ({ failure: 'the clean-up ran out of time' }));
      results.judge(remove, `answers ${successStatusOf(remove)} (clean-up)`, answer, successStatusOf(remove));
    }
  }
  for (const op of operations.filter((o) => o.method === 'delete' && target.includeWrites)) {
    if (!results.has(op, (check) => check.startsWith('answers') || check === 'writes')) {
      results.notChecked(op, `answers ${successStatusOf(op)}`, 'the run created nothing for it to delete');
    }
  }
  return results.all;
}
