// @ts-nocheck
import type { Rule } from '../model.ts';
import { isSuccess } from '../operation-parts.ts';

export default {
  id: 'success-status-removed',
  class: 'breaking',
  summary: 'a success (2xx) status is gone or changed',
  operation: ({ key, from, to }) => {
    const before = Object.keys(from.responses ?? {}).filter(isSuccess);
    const after = Object.keys(to.responses ?? {}).filter(isSuccess);
    const added = after.filter((status) => !before.includes(status));
    return before
      .filter((status) => !after.includes(status))
      .map((status) => ({
        operation: key,
        message: added.length > 0 ? `success status ${status} changed to ${added.join(', ')}` : `success status ${status} removed`,
      }));
  },
} satisfies Rule;
