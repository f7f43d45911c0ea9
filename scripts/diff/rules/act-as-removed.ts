import type { Rule } from '../model.ts';
import { isActAs } from '../act-as.ts';

export default {
  id: 'act-as-removed',
  class: 'breaking',
  summary: 'an operation no longer accepts the act-as header',
  operation: ({ key, parameters }) =>
    [...parameters.from.values()].some(isActAs) && ![...parameters.to.values()].some(isActAs)
      ? [{ operation: key, message: 'act-as removed: the X-Cantila-Act-As header is no longer accepted' }]
      : [],
} satisfies Rule;
