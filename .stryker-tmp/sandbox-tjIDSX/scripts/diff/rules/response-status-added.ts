// @ts-nocheck
import type { Rule } from '../model.ts';

export default {
  id: 'response-status-added',
  class: 'non-breaking',
  summary: 'a newly documented status (an error the operation can now answer with, or another success)',
  operation: ({ key, from, to }) =>
    Object.keys(to.responses ?? {})
      .filter((status) => !(status in (from.responses ?? {})))
      .map((status) => ({ operation: key, message: `new response ${status}` })),
} satisfies Rule;
