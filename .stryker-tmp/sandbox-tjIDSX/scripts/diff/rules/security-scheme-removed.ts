// @ts-nocheck
import type { Rule } from '../model.ts';
import { securityOf } from '../operation-parts.ts';

export default {
  id: 'security-scheme-removed',
  class: 'breaking',
  summary: 'an operation no longer accepts a kind of credential (a security scheme)',
  operation: ({ key, before, after, from, to }) => {
    const now = securityOf(after, to).schemes;
    if (now.size === 0) return [];
    return [...securityOf(before, from).schemes]
      .filter((scheme) => !now.has(scheme))
      .map((scheme) => ({ operation: key, message: `security scheme ${scheme} no longer accepted` }));
  },
} satisfies Rule;
