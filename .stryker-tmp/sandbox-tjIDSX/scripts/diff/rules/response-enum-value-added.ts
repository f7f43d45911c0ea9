// @ts-nocheck
import type { Rule } from '../model.ts';
import { enumAdditions, isExtensible } from '../schema.ts';

export default {
  id: 'response-enum-value-added',
  class: 'breaking',
  summary: 'a response enum not declared `x-extensible-enum: true` gets a new value',
  schema: ({ direction, operation, where, from, to }) =>
    direction === 'response' && !isExtensible(from)
      ? enumAdditions(from, to).map((value) => ({ operation, message: `${where} enum value ${value} added (this enum is not extensible)` }))
      : [],
} satisfies Rule;
