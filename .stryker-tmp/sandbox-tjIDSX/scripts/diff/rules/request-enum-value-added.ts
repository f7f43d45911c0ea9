// @ts-nocheck
import type { Rule } from '../model.ts';
import { enumAdditions } from '../schema.ts';

export default {
  id: 'request-enum-value-added',
  class: 'non-breaking',
  summary: 'a request enum accepts a new value',
  schema: ({ direction, operation, where, from, to }) =>
    direction === 'request' ? enumAdditions(from, to).map((value) => ({ operation, message: `${where} accepts ${value}` })) : [],
} satisfies Rule;
