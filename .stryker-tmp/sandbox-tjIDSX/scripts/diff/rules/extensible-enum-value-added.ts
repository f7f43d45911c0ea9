// @ts-nocheck
import type { Rule } from '../model.ts';
import { enumAdditions, isExtensible } from '../schema.ts';

export default {
  id: 'extensible-enum-value-added',
  class: 'non-breaking',
  summary: 'an enum declared `x-extensible-enum: true` gets a new value (clients handle unknown values)',
  schema: ({ direction, operation, where, from, to }) =>
    direction === 'response' && isExtensible(from)
      ? enumAdditions(from, to).map((value) => ({ operation, message: `${where} enum value ${value} added` }))
      : [],
} satisfies Rule;
