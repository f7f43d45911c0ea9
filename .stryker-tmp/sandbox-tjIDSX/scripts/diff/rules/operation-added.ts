// @ts-nocheck
import type { Rule } from '../model.ts';
import { matchOperations } from '../walk.ts';

export default {
  id: 'operation-added',
  class: 'non-breaking',
  summary: 'a new operation',
  document: (pair) => matchOperations(pair).added.map((operation) => ({ operation, message: 'new operation' })),
} satisfies Rule;
