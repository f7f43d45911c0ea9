// @ts-nocheck
import { changedDocs } from '../docs.ts';
import type { Rule } from '../model.ts';

export default {
  id: 'docs-changed',
  class: 'docs',
  summary: "an operation's documentation (summary, descriptions, examples) changed",
  operation: ({ key, before, after, from, to }) => {
    const changed = changedDocs(before, from, after, to);
    return changed.length > 0 ? [{ operation: key, message: `documentation updated (${changed.join(', ')})` }] : [];
  },
} satisfies Rule;
