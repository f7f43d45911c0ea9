/**
 * The resources a run may touch. Reads use the spec's example ids, or the id of the first item a list
 * returned (a real server's own resources). Writes touch only what the run created itself: each `POST`
 * that has a matching `DELETE` creates one, named `contract-<random>`, and every 2xx of such a `POST` —
 * whichever check provoked it — is remembered so the run can delete it at the end. Any other write
 * runs only inside a resource the run created: never on the account itself (`PATCH /account`,
 * `PUT /billing/plan`) nor to create what it could not delete (`POST /sub-accounts`).
 */
// @ts-nocheck

import type { Exchange } from './checks.ts';
import { operations, pathParameterNames, pathParameterSchema, type ExampleRequest, type Operation } from './spec.ts';

/** A resource the run created, and how to delete it. */
export interface Created {
  remove: Operation;
  path: Record<string, string>;
}

/** The answer's body as JSON, or `undefined` when it is not JSON. */
export function jsonOf(answer: Exchange): unknown {
  try {
    return JSON.parse(answer.text);
  } catch {
    return undefined;
  }
}

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

/** For a `POST` that creates a resource the API can delete: that `DELETE` and its last path parameter. */
function deletionOf(op: Operation): { remove: Operation; param: string } | undefined {
  if (op.method !== 'post') return undefined;
  const item = new RegExp(`^${op.path.replace(/[{}]/g, '\\$&')}/\\{[^}/]+\\}$`);
  const remove = operations.find((o) => o.method === 'delete' && item.test(o.path));
  return remove && { remove, param: pathParameterNames(remove).at(-1)! };
}

/** What a call of `op` may use, or why the run leaves it alone. */
export type Plan = { path: Record<string, string>; body: unknown } | { leaveAlone: string };

export class Resources {
  /** Newest last. */
  readonly created: Created[] = [];
  private readonly createdIds = new Map<string, string>();
  private readonly foundIds = new Map<string, string>();

  /** @param name What the run names the resources it creates. */
  constructor(private readonly name: string) {}

  /** The path (and body) of a call of `op`, from its example, or why a write must not run. */
  plan(op: Operation, example: ExampleRequest): Plan {
    const names = pathParameterNames(op);
    if (op.method === 'get') {
      return {
        path: { ...example.path, ...Object.fromEntries(names.flatMap((n) => (this.foundIds.has(n) ? [[n, this.foundIds.get(n)!]] : []))) },
        body: example.body,
      };
    }
    const foreign = names.filter((n) => !this.createdIds.has(n));
    if (foreign.length > 0) return { leaveAlone: `acts on {${foreign.join('}, {')}} of a resource the run did not create` };
    const path = Object.fromEntries(names.map((n) => [n, this.createdIds.get(n)!]));
    const creates = deletionOf(op) !== undefined;
    if (!creates && names.length === 0) return { leaveAlone: 'changes the account itself, or creates what the run could not delete' };
    if (!creates) return { path, body: example.body };
    const body = example.body as Record<string, unknown> | undefined;
    const field = ['name', 'handle'].find((f) => typeof body?.[f] === 'string');
    if (!field) return { leaveAlone: 'creates a resource without a name or handle to mark it as the run’s' };
    return { path, body: { ...body, [field]: this.name } };
  }

  /** Remembers what a 2xx of a creating `op` made, so the run's end deletes it. */
  track(op: Operation, path: Record<string, string>, answer: Exchange | undefined): void {
    const deletion = deletionOf(op);
    if (!deletion || !answer || answer.status < 200 || answer.status >= 300) return;
    const id = identifierIn(jsonOf(answer), deletion.remove, deletion.param);
    if (id === undefined) return;
    this.created.push({ remove: deletion.remove, path: { ...path, [deletion.param]: id } });
    if (!this.createdIds.has(deletion.param)) this.createdIds.set(deletion.param, id);
  }

  /** Takes the first item of a list `op` answered as the resource the reads of its items will ask for. */
  learn(op: Operation, answer: Exchange): void {
    const items = answer.status === 200 ? (jsonOf(answer) as { data?: unknown } | undefined)?.data : undefined;
    if (!Array.isArray(items)) return;
    const depth = pathParameterNames(op).length + 1;
    for (const read of operations.filter((o) => o.method === 'get' && o.path.startsWith(`${op.path}/{`))) {
      const names = pathParameterNames(read);
      const id = identifierIn(items[0], read, names.at(-1)!);
      if (id !== undefined && names.length === depth && !this.foundIds.has(names.at(-1)!)) this.foundIds.set(names.at(-1)!, id);
    }
  }
}
