// @ts-nocheck
import type { Rule } from '../model.ts';
import { propertiesOf, requiredOf } from '../schema.ts';

export default {
  id: 'response-property-made-optional',
  class: 'breaking',
  summary: 'a response property that was always sent may now be missing',
  schema: ({ direction, operation, from, to, propertyWhere }) => {
    if (direction !== 'response') return [];
    const now = propertiesOf(to);
    const required = requiredOf(to);
    return [...requiredOf(from)]
      .filter((name) => name in now && !required.has(name))
      .map((name) => ({ operation, message: `${propertyWhere(name)} is now optional` }));
  },
} satisfies Rule;
