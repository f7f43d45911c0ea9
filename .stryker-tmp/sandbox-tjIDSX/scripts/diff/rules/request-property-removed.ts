// @ts-nocheck
import type { Rule } from '../model.ts';
import { propertiesOf } from '../schema.ts';

export default {
  id: 'request-property-removed',
  class: 'breaking',
  summary: 'a request property is gone from a closed schema (a client still sending it gets a 422)',
  schema: ({ direction, operation, from, to, propertyWhere }) => {
    if (direction !== 'request' || to.additionalProperties === true || typeof to.additionalProperties === 'object') return [];
    const now = propertiesOf(to);
    return Object.keys(propertiesOf(from))
      .filter((name) => !(name in now))
      .map((name) => ({ operation, message: `${propertyWhere(name)} removed` }));
  },
} satisfies Rule;
