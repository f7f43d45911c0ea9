// @ts-nocheck
import type { Rule } from '../model.ts';
import { typesOf } from '../schema.ts';

export default {
  id: 'request-type-narrowed',
  class: 'breaking',
  summary: 'a request value accepts fewer types (null included)',
  schema: ({ direction, operation, where, from, to }) => {
    if (direction !== 'request') return [];
    const was = typesOf(from);
    const now = typesOf(to);
    if (now.size === 0 || (was.size > 0 && [...was].every((type) => now.has(type) || (type === 'integer' && now.has('number'))))) return [];
    return [{ operation, message: `${where} type narrowed from ${[...was].join(' or ') || 'any'} to ${[...now].join(' or ')}` }];
  },
} satisfies Rule;
