// @ts-nocheck
import type { Rule } from '../model.ts';
import { propertiesOf } from '../schema.ts';

export default {
  id: 'response-property-added',
  class: 'non-breaking',
  summary: 'a new response property',
  schema: ({ direction, operation, from, to, propertyWhere }) => {
    if (direction !== 'response') return [];
    const was = propertiesOf(from);
    return Object.keys(propertiesOf(to))
      .filter((name) => !(name in was))
      .map((name) => ({ operation, message: `new ${propertyWhere(name)}` }));
  },
} satisfies Rule;
