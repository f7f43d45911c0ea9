// @ts-nocheck
import type { Rule } from '../model.ts';
import { deprecationNote } from '../operation-parts.ts';
import { propertiesOf } from '../schema.ts';

export default {
  id: 'property-deprecated',
  class: 'non-breaking',
  summary: 'a property is newly deprecated (with its sunset date and replacement)',
  schema: ({ operation, from, to, propertyWhere }) => {
    const was = propertiesOf(from);
    return Object.entries(propertiesOf(to))
      .filter(([name, property]) => property.deprecated === true && name in was && was[name]?.deprecated !== true)
      .map(([name, property]) => ({ operation, message: `${propertyWhere(name)} deprecated: ${deprecationNote(property)}` }));
  },
} satisfies Rule;
