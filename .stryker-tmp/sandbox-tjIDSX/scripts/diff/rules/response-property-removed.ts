// @ts-nocheck
import type { Rule } from '../model.ts';
import { propertiesOf } from '../schema.ts';

export default {
  id: 'response-property-removed',
  class: 'breaking',
  summary: 'a response property is gone',
  schema: ({ direction, operation, from, to, propertyWhere }) => {
    if (direction !== 'response') return [];
    const now = propertiesOf(to);
    return Object.keys(propertiesOf(from))
      .filter((name) => !(name in now))
      .map((name) => ({ operation, message: `${propertyWhere(name)} removed` }));
  },
} satisfies Rule;
