// @ts-nocheck
import type { Rule } from '../model.ts';
import { enumOf, missingFrom } from '../schema.ts';

export default {
  id: 'request-enum-narrowed',
  class: 'breaking',
  summary: 'a request value accepts fewer values: an enum loses a value, or a free value becomes an enum',
  schema: ({ direction, operation, where, from, to }) => {
    const was = enumOf(from);
    const now = enumOf(to);
    if (direction !== 'request' || !now) return [];
    if (!was) return [{ operation, message: `${where} is now limited to ${now.map((value) => JSON.stringify(value)).join(', ')}` }];
    return missingFrom(was, now).map((value) => ({ operation, message: `${where} no longer accepts ${value}` }));
  },
} satisfies Rule;
