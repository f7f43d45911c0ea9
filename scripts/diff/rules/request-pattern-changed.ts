import type { Rule } from '../model.ts';

export default {
  id: 'request-pattern-changed',
  class: 'breaking',
  summary: 'a request value gets a pattern, or another one (which may reject what the old one accepted)',
  schema: ({ direction, operation, where, from, to }) =>
    direction === 'request' && to.pattern !== undefined && from.pattern !== to.pattern
      ? [{ operation, message: `${where} pattern ${from.pattern ? `changed from ${from.pattern} to` : 'now'} ${to.pattern}` }]
      : [],
} satisfies Rule;
