// @ts-nocheck
import type { Rule } from '../model.ts';
import { propertiesOf, requiredOf } from '../schema.ts';

export default {
  id: 'request-property-added-required',
  class: 'breaking',
  summary: 'a new required request property',
  schema: ({ direction, operation, from, to, propertyWhere }) => {
    if (direction !== 'request') return [];
    const was = propertiesOf(from);
    return [...requiredOf(to)]
      .filter((name) => !(name in was))
      .map((name) => ({ operation, message: `new required ${propertyWhere(name)}` }));
  },
} satisfies Rule;
