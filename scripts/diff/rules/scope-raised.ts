import type { Json, Rule } from '../model.ts';
import { securityOf } from '../operation-parts.ts';

/** The scopes narrowest first, as the `Scope` schema lists them (each includes those before it). */
const scopeOrder = (spec: Json): string[] => spec.components?.schemas?.Scope?.enum ?? [];

export default {
  id: 'scope-raised',
  class: 'breaking',
  summary: 'an operation needs a wider scope, or a credential where it needed none',
  operation: ({ key, before, after, from, to }) => {
    const was = securityOf(before, from).scopes;
    const now = securityOf(after, to).scopes;
    if ([...now].every((scope) => was.has(scope))) return [];
    if (was.size === 0) return [{ operation: key, message: `now requires a credential (scope ${[...now].join(', ')})` }];
    const order = scopeOrder(before);
    const rank = (scopes: Set<string>) => Math.max(...[...scopes].map((scope) => order.indexOf(scope)));
    const raised = rank(now) > rank(was) || [...now].some((scope) => !order.includes(scope));
    return raised ? [{ operation: key, message: `scope raised from ${[...was].join(', ')} to ${[...now].join(', ')}` }] : [];
  },
} satisfies Rule;
