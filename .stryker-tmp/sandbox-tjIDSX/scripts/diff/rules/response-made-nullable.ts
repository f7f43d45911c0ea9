// @ts-nocheck
import type { Rule } from '../model.ts';
import { isNullable } from '../schema.ts';

export default {
  id: 'response-made-nullable',
  class: 'breaking',
  summary: 'a response value (a property, an item, a header) can now be null',
  schema: ({ direction, operation, where, from, to }) =>
    direction === 'response' && isNullable(to) && !isNullable(from) ? [{ operation, message: `${where} can now be null` }] : [],
} satisfies Rule;
