// @ts-nocheck
import type { Rule } from '../model.ts';
import { enumOf, isExtensible } from '../schema.ts';

export default {
  id: 'enum-made-extensible',
  class: 'non-breaking',
  summary:
    'an enum is newly declared `x-extensible-enum: true`: later values will not be breaking, so clients must start handling unknown ones',
  schema: ({ operation, where, from, to }) =>
    enumOf(to) && isExtensible(to) && !isExtensible(from)
      ? [{ operation, message: `${where} enum may now grow (x-extensible-enum: true)` }]
      : [],
} satisfies Rule;
