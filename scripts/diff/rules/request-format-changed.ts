import type { Rule } from '../model.ts';

export default {
  id: 'request-format-changed',
  class: 'breaking',
  summary: 'a request value gets a format, or another one',
  schema: ({ direction, operation, where, from, to }) =>
    direction === 'request' && to.format !== undefined && from.format !== to.format
      ? [{ operation, message: `${where} format ${from.format ? `changed from ${from.format} to` : 'now'} ${to.format}` }]
      : [],
} satisfies Rule;
