/**
 * The state every account starts with: the items of the spec's list examples, so the ids and names the
 * docs show exist — but for what the create examples create (a list example shows the state after
 * them), so that each create example works on a fresh seed instead of meeting its own name.
 */
// @ts-nocheck

import type { ResourceTable } from './resources.ts';
import { itemsAt, type AccountState } from './state.ts';

export function seedState(table: ResourceTable): AccountState {
  const state: AccountState = { collections: {}, documents: {}, activity: [], idempotency: {}, lifecycles: [] };
  // A POST makes its example's item when it is a create, or answers an item of another kind than the one it acts on (a transfer of a project).
  const created = new Set<unknown>();
  for (const op of table.operations.values()) {
    const example = op.example as { id?: unknown; key?: { id?: unknown } } | undefined;
    const id = example?.id ?? example?.key?.id;
    // A create answering no id of its own (`{agent, secret}`) must not mark id-less items (environment variables) as created.
    if (id !== undefined && op.method === 'POST' && (op.kind === 'create' || !String(id).startsWith(op.collection?.idPrefix ?? '\0')))
      created.add(id);
  }
  const lists = [...table.operations.values()].filter((op) => op.kind === 'list' && op.collection);
  // Parents first, so a child's items go under a parent that exists.
  lists.sort((a, b) => a.path.length - b.path.length);
  for (const op of lists) {
    const collection = op.collection!;
    const items = ((op.example as { data?: unknown } | undefined)?.data ?? []) as Record<string, unknown>[];
    if (op.path === '/activity') {
      state.activity = structuredClone(items) as AccountState['activity'];
      continue;
    }
    for (const item of items) {
      if (created.has(item.id)) continue;
      let key = collection.template;
      const parent = collection.parent;
      if (parent) {
        const parents = state.collections[parent.template] ?? [];
        const parentId = item[`${parent.resourceType}_id`] ?? parents[0]?.id;
        if (typeof parentId !== 'string') continue;
        key = collection.template.replace(`{${parent.itemParam}}`, parentId);
      }
      itemsAt(state, key).push(structuredClone(item));
    }
  }
  return state;
}
