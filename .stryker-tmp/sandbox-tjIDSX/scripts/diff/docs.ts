/** What counts as documentation in a document: the words and examples a reader sees, which no client depends on. */
// @ts-nocheck

import { isDeepStrictEqual } from 'node:util';
import { resolveRef } from '@cantila/spec-model';
import type { Spec } from './model.ts';

const docKeys = new Set(['summary', 'description', 'title', 'example', 'examples', 'externalDocs']);
/** Generated at bundle time from the rest of the operation: a change there is reported by what caused it. */
const derivedKeys = new Set(['x-codeSamples']);

/** `node` with every `$ref` inlined (a reference to itself is left as the `$ref`), keeping the keys `keep` accepts. */
function inline(spec: Spec, node: unknown, keep: (key: string) => boolean, stack: ReadonlySet<unknown> = new Set()): unknown {
  if (Array.isArray(node)) return node.map((item) => inline(spec, item, keep, stack));
  if (!node || typeof node !== 'object') return node;
  const target = resolveRef<object>(spec, node);
  if (stack.has(target)) return { $ref: (node as { $ref?: string }).$ref };
  const inner = new Set(stack).add(target);
  return Object.fromEntries(
    Object.entries(target)
      .filter(([key]) => keep(key))
      .map(([key, value]) => [key, inline(spec, value, keep, inner)]),
  );
}

/** The node, references inlined, without its documentation. */
export const withoutDocs = (spec: Spec, node: unknown): unknown => inline(spec, node, (key) => !docKeys.has(key) && !derivedKeys.has(key));

/** The documentation keys (`description`, `examples`, …) whose values differ between two nodes, at any depth. */
export function changedDocs(before: Spec, from: unknown, after: Spec, to: unknown): string[] {
  const changed = new Set<string>();
  const compare = (a: unknown, b: unknown): void => {
    if (isDeepStrictEqual(a, b) || !a || !b || typeof a !== 'object' || typeof b !== 'object') return;
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const x = (a as Record<string, unknown>)[key];
      const y = (b as Record<string, unknown>)[key];
      if (docKeys.has(key) && !Array.isArray(a) && !isDeepStrictEqual(x, y)) changed.add(key);
      else compare(x, y);
    }
  };
  const documented = (key: string) => !derivedKeys.has(key);
  compare(inline(before, from, documented), inline(after, to, documented));
  return [...changed].sort();
}
