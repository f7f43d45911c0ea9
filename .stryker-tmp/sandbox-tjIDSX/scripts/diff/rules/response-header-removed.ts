// @ts-nocheck
import type { Rule } from '../model.ts';
import { commonResponses } from '../operation-parts.ts';

export default {
  id: 'response-header-removed',
  class: 'breaking',
  summary: 'a response no longer sends a header',
  operation: (pair) =>
    [...commonResponses(pair)].flatMap(([status, from, to]) => {
      const kept = new Set(Object.keys(to.headers ?? {}).map((name) => name.toLowerCase()));
      return Object.keys(from.headers ?? {})
        .filter((name) => !kept.has(name.toLowerCase()))
        .map((name) => ({ operation: pair.key, message: `response ${status} header ${name} removed` }));
    }),
} satisfies Rule;
