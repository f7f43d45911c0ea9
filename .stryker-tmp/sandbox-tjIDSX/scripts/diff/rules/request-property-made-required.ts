// @ts-nocheck
import type { Rule } from '../model.ts';
import { propertiesOf, requiredOf } from '../schema.ts';

export default {
  id: 'request-property-made-required',
  class: 'breaking',
  summary: 'an optional request property becomes required',
  schema: ({ direction, operation, from, to, propertyWhere }) => {
    if (direction !== 'request') return [];
    const was = propertiesOf(from);
    const wasRequired = requiredOf(from);
    return [...requiredOf(to)]
      .filter((name) => name in was && !wasRequired.has(name))
      .map((name) => ({ operation, message: `${propertyWhere(name)} is now required` }));
  },
} satisfies Rule;
