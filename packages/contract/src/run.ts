/**
 * The contract run: every operation of the spec, in the spec's order, called through the client against
 * the target and judged against the spec. Per operation: its success answer, and the access policy the
 * API reference states — no credential → 401, a key one scope too low → 403, a handle you don't own →
 * 403, an invalid body → 422, an unknown id → 404. Reads run by default; writes only when asked, on
 * resources the run creates itself (named `contract-…`), which it deletes at the end whatever happened.
 */
import { randomBytes } from 'node:crypto';
import { expectStatus, type Exchange } from './checks.ts';
import { sender, RunStopped, type Call } from './send.ts';
import {
  exampleRequest,
  invalidBody,
  operations,
  pathParameterNames,
  pathParameterSchema,
  scopeBelow,
  scopes,
  successStatusOf,
  type Operation,
} from './spec.ts';
import type { PolicyCheck, Target } from './target.ts';

export type Verdict = 'pass' | 'fail' | 'not checked';

/** One check of one operation. */
export interface CheckResult {
  /** `GET /projects/{project}`, or `(run)` for the run as a whole. */
  operation: string;
  check: string;
  verdict: Verdict;
  /** What was wrong, or why it was not checked; `''` on a pass. */
  detail: string;
}

/** The operation whose answer says which scope the key holds. */
const whoami = 'GET /me';

/** A resource the run created, and how to delete it. */
interface Created {
  remove: Operation;
  path: Record<string, string>;
}

/** The answer's body as JSON, or `undefined` when it is not JSON. */
function jsonOf(answer: Exchange): unknown {
  try {
    return JSON.parse(answer.text);
  } catch {
    return undefined;
  }
}

const token = (): string => randomBytes(4).toString('hex');

/**
 * The first string of `item` that fits the path parameter `name` of `op` (its `id` first, then its other
 * properties, then those of the objects it holds, as in `{key: {id}, secret}`), else `undefined`.
 */
function identifierIn(item: unknown, op: Operation, name: string): string | undefined {
  const { pattern } = pathParameterSchema(op, name);
  const fits = (value: unknown): value is string => typeof value === 'string' && (!pattern || new RegExp(pattern, 'u').test(value));
  const values = (value: unknown): unknown[] => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
    const record = value as Record<string, unknown>;
    return [record.id, ...Object.values(record)];
  };
  const own = values(item);
  return own.find(fits) ?? own.flatMap(values).find(fits);
}

/** A well-formed id that no server holds: the example's type prefix (`prj_`), if it has one, and a random tail. */
function unknownId(example: string): string {
  const prefix = /^[a-z]+_/.exec(example)?.[0];
  return prefix ? `${prefix}contractMissing${token()}` : `contract-missing-${token()}`;
}

/** Runs the contract against `target` and resolves to every check's result; `interrupt` stops it early (the clean-up still runs). */
export async function runContract(target: Target, interrupt?: AbortSignal): Promise<CheckResult[]> {
  const timeLimit = AbortSignal.timeout(target.timeLimit);
  const deadline = interrupt ? AbortSignal.any([timeLimit, interrupt]) : timeLimit;
  const send = sender({ baseUrl: target.baseUrl, rate: target.rate, requestTimeout: target.requestTimeout, deadline });
  const runName = `contract-${token()}`;
  const results: CheckResult[] = [];
  const created: Created[] = [];
  /** Path parameter values the run may use: from resources it created (writes) or found in lists (reads). */
  const createdIds = new Map<string, string>();
  const foundIds = new Map<string, string>();
  const started = Date.now();

  const record = (op: Operation | string, check: string, problems: string[]): void => {
    const operation = typeof op === 'string' ? op : op.key;
    results.push({ operation, check, verdict: problems.length === 0 ? 'pass' : 'fail', detail: problems.join('; ') });
  };
  const notChecked = (op: Operation, check: string, why: string): void => {
    results.push({ operation: op.key, check, verdict: 'not checked', detail: why });
  };
  /** Whether `kind` was skipped with `--skip`; if so, says so in the results. */
  const skipped = (op: Operation, kind: PolicyCheck, check: string): boolean => {
    if (target.skip.has(kind)) notChecked(op, check, `skipped with --skip ${kind}`);
    return target.skip.has(kind);
  };
  const judge = (op: Operation, check: string, answer: Exchange | { failure: string }, expected: number): Exchange | undefined => {
    if ('failure' in answer) {
      record(op, check, [`no answer: ${answer.failure}`]);
      return undefined;
    }
    record(op, check, expectStatus(op, answer, expected));
    return answer;
  };

  const deleteOf = (op: Operation): { remove: Operation; param: string } | undefined => {
    if (op.method !== 'post') return undefined;
    const remove = operations.find(
      (o) => o.method === 'delete' && new RegExp(`^${op.path.replace(/[{}]/g, '\\$&')}/\\{[^}/]+\\}$`).test(o.path),
    );
    return remove && { remove, param: pathParameterNames(remove).at(-1)! };
  };
  /** Keeps track of what a 2xx from a creating operation made, whichever check provoked it, so the end deletes it. */
  const track = (op: Operation, path: Record<string, string>, answer: Exchange | undefined): void => {
    const creates = deleteOf(op);
    if (!creates || !answer || answer.status < 200 || answer.status >= 300) return;
    const id = identifierIn(jsonOf(answer), creates.remove, creates.param);
    if (id === undefined) return;
    created.push({ remove: creates.remove, path: { ...path, [creates.param]: id } });
    if (!createdIds.has(creates.param)) createdIds.set(creates.param, id);
  };

  let keyScope = scopes.at(-1)!;
  const checkOperation = async (op: Operation): Promise<void> => {
    const isWrite = op.method !== 'get';
    if (isWrite && !target.includeWrites) return notChecked(op, 'writes', 'a write: pass --include-writes');
    const example = exampleRequest(op);
    const names = pathParameterNames(op);
    let path = { ...example.path, ...Object.fromEntries(names.filter((n) => foundIds.has(n)).map((n) => [n, foundIds.get(n)!])) };
    let body = example.body;
    const creates = deleteOf(op);
    if (isWrite) {
      const foreign = names.filter((name) => !createdIds.has(name));
      if (foreign.length > 0) return notChecked(op, 'writes', `acts on {${foreign.join('}, {')}} of a resource the run did not create`);
      path = Object.fromEntries(names.map((name) => [name, createdIds.get(name)!]));
      if (creates) {
        const field = ['name', 'handle'].find((f) => typeof (body as Record<string, unknown> | undefined)?.[f] === 'string');
        if (!field) return notChecked(op, 'writes', 'creates a resource without a name or handle to mark it as the run’s');
        body = { ...(body as object), [field]: runName };
      }
    }
    const call = (extra: Partial<Call>): Call => ({ key: target.apiKey, actAs: target.actAs, path, query: example.query, body, ...extra });

    if (op.scope !== null) {
      if (!skipped(op, 'unauthenticated', 'no credential → 401')) {
        track(op, path, judge(op, 'no credential → 401', await send(op, call({ key: undefined, actAs: undefined })), 401));
      }
      const lower = scopeBelow(op.scope);
      const lowerKey = lower && target.scopedKeys.get(lower);
      if (lower && !skipped(op, 'scope', `${lower} key → 403`)) {
        if (!lowerKey) notChecked(op, `${lower} key → 403`, `no --${lower}-key given`);
        else track(op, path, judge(op, `${lower} key → 403`, await send(op, call({ key: lowerKey })), 403));
      }
      if (!skipped(op, 'act-as', 'handle not yours → 403')) {
        if (target.apiKey === undefined) notChecked(op, 'handle not yours → 403', 'no --api-key given');
        else track(op, path, judge(op, 'handle not yours → 403', await send(op, call({ actAs: `contract-not-yours-${token()}` })), 403));
      }
    }
    const allowed = op.scope === null || scopes.indexOf(op.scope) <= scopes.indexOf(keyScope);
    const main =
      op.scope !== null && target.apiKey === undefined
        ? 'no --api-key given'
        : allowed
          ? undefined
          : `the key holds ${keyScope}, this needs ${op.scope}`;
    if (op.requestBody && !skipped(op, 'invalid-body', 'invalid body → 422')) {
      if (main) notChecked(op, 'invalid body → 422', main);
      else track(op, path, judge(op, 'invalid body → 422', await send(op, call({ body: invalidBody(op).body })), 422));
    }
    const last = names.at(-1);
    if (last && !skipped(op, 'unknown-id', 'unknown id → 404')) {
      if (main) notChecked(op, 'unknown id → 404', main);
      else judge(op, 'unknown id → 404', await send(op, call({ path: { ...path, [last]: unknownId(example.path[last]!) } })), 404);
    }

    const success = `answers ${successStatusOf(op)}`;
    if (main) return notChecked(op, success, main);
    // A resource's own DELETE runs last, as the clean-up.
    if (op.method === 'delete') return;
    const answer = await send(op, call({}));
    if (!('failure' in answer) && answer.status === 404 && !isWrite && names.length > 0 && expectStatus(op, answer, 404).length === 0) {
      return notChecked(op, success, `the spec's example ${names.map((n) => `${n}=${path[n]}`).join(', ')} is not on this server`);
    }
    const judged = judge(op, success, answer, successStatusOf(op));
    track(op, path, judged);
    if (op.key === whoami && judged?.status === 200) {
      const scope = (jsonOf(judged) as { key?: { scope?: string } } | undefined)?.key?.scope;
      if (scope && scopes.includes(scope)) keyScope = scope;
    }
    // A list's first item names a resource the reads further down can ask for.
    const items = judged?.status === 200 ? (jsonOf(judged) as { data?: unknown } | undefined)?.data : undefined;
    if (Array.isArray(items)) {
      for (const item of operations.filter((o) => o.method === 'get' && o.path.startsWith(`${op.path}/{`))) {
        const name = pathParameterNames(item).at(-1)!;
        const id = identifierIn(items[0], item, name);
        if (id !== undefined && pathParameterNames(item).length === names.length + 1 && !foundIds.has(name)) foundIds.set(name, id);
      }
    }
  };

  try {
    const me = operations.find((op) => op.key === whoami);
    for (const op of me ? [me, ...operations.filter((o) => o !== me)] : operations) await checkOperation(op);
  } catch (error) {
    if (!(error instanceof RunStopped)) throw error;
    const after = `stopped after ${Math.round((Date.now() - started) / 1000)} s`;
    if (interrupt?.aborted) record('(run)', 'interrupted', [`${after}: the operations after this were not checked`]);
    else record('(run)', 'time limit', [`${after} (--time-limit): the operations after this were not checked`]);
  } finally {
    // Clean-up gets its own time: each deletion one request timeout, newest resource first.
    const cleanUp = sender({
      baseUrl: target.baseUrl,
      rate: target.rate,
      requestTimeout: target.requestTimeout,
      deadline: AbortSignal.timeout(target.requestTimeout * (created.length + 1)),
    });
    for (const { remove, path } of created.reverse()) {
      const answer = await cleanUp(remove, {
        key: target.apiKey,
        actAs: target.actAs,
        path,
        query: exampleRequest(remove).query,
        body: undefined,
      }).catch(() => ({ failure: 'clean-up ran out of time' }));
      judge(remove, `answers ${successStatusOf(remove)} (clean-up)`, answer, successStatusOf(remove));
    }
  }
  for (const op of operations.filter((o) => o.method === 'delete' && target.includeWrites)) {
    if (!results.some((r) => r.operation === op.key && (r.check.startsWith('answers') || r.check === 'writes'))) {
      notChecked(op, `answers ${successStatusOf(op)}`, 'the run created nothing for it to delete');
    }
  }
  return results;
}
