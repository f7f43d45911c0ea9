// @ts-nocheck
import type { Rule } from '../model.ts';
import { propertiesOf, requiredOf } from '../schema.ts';

export default {
  id: 'request-property-added-optional',
  class: 'non-breaking',
  summary: 'a new optional request property',
  schema: ({ direction, operation, from, to, propertyWhere }) => {
    if (direction !== 'request') return [];
    const was = propertiesOf(from);
    const required = requiredOf(to);
    return Object.keys(propertiesOf(to))
      .filter((name) => !(name in was) && !required.has(name))
      .map((name) => ({ operation, message: `new optional ${propertyWhere(name)}` }));
  },
} satisfies Rule;
