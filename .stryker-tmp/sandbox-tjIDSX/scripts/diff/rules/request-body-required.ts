// @ts-nocheck
import type { Rule } from '../model.ts';
import { requestBodies } from '../operation-parts.ts';

export default {
  id: 'request-body-required',
  class: 'breaking',
  summary: 'a request body is newly required (added as required, or an optional one made required)',
  operation: (pair) => {
    const { from, to } = requestBodies(pair);
    return to.required === true && from.required !== true ? [{ operation: pair.key, message: 'request body is now required' }] : [];
  },
} satisfies Rule;
