// @ts-nocheck
import type { Rule } from '../model.ts';
import { isActAs } from '../act-as.ts';

export default {
  id: 'act-as-removed',
  class: 'breaking',
  summary: 'an operation no longer accepts the act-as header',
  operation: ({ key, before, after, parameters }) =>
    [...parameters.from.values()].some((p) => isActAs(before, p)) && ![...parameters.to.values()].some((p) => isActAs(after, p))
      ? [{ operation: key, message: 'act-as removed: the X-Cantila-Act-As header is no longer accepted' }]
      : [],
} satisfies Rule;
