// @ts-nocheck
import type { Rule } from '../model.ts';
import { matchOperations } from '../walk.ts';

export default {
  id: 'operation-removed',
  class: 'breaking',
  summary: 'an operation (method and path) is gone',
  document: (pair) => matchOperations(pair).removed.map((operation) => ({ operation, message: 'operation removed' })),
} satisfies Rule;
