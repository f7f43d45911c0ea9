// @ts-nocheck
import type { Rule } from '../model.ts';

const upperBounds = ['maxLength', 'maximum', 'exclusiveMaximum', 'maxItems', 'maxProperties'];
const lowerBounds = ['minLength', 'minimum', 'exclusiveMinimum', 'minItems', 'minProperties'];

export default {
  id: 'request-bounds-narrowed',
  class: 'breaking',
  summary: 'a request value gets a tighter (or a new) length, range, item or property count limit',
  schema: ({ direction, operation, where, from, to }) => {
    if (direction !== 'request') return [];
    const narrowed = (keyword: string, tighter: (was: number, now: number) => boolean) => {
      const now = to[keyword];
      const was = from[keyword];
      if (typeof now !== 'number' || (typeof was === 'number' && !tighter(was, now))) return [];
      const message = typeof was === 'number' ? `${where} ${keyword} narrowed from ${was} to ${now}` : `${where} now has ${keyword} ${now}`;
      return [{ operation, message }];
    };
    return [
      ...upperBounds.flatMap((keyword) => narrowed(keyword, (was, now) => now < was)),
      ...lowerBounds.flatMap((keyword) => narrowed(keyword, (was, now) => now > was)),
    ];
  },
} satisfies Rule;
