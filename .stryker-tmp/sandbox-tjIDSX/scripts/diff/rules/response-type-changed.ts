// @ts-nocheck
import type { Rule } from '../model.ts';
import { typesOf } from '../schema.ts';

export default {
  id: 'response-type-changed',
  class: 'breaking',
  summary: "a response value's type or format changed",
  schema: ({ direction, operation, where, from, to }) => {
    if (direction !== 'response') return [];
    const was = typesOf(from);
    const now = [...typesOf(to)].filter((type) => type !== 'null');
    const findings = [];
    if (was.size > 0 && now.some((type) => !was.has(type)))
      findings.push({ operation, message: `${where} type changed from ${[...was].join(' or ')} to ${now.join(' or ')}` });
    if (from.format !== to.format)
      findings.push({ operation, message: `${where} format changed from ${from.format ?? 'none'} to ${to.format ?? 'none'}` });
    return findings;
  },
} satisfies Rule;
