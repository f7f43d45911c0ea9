// @ts-nocheck
import type { Rule } from '../model.ts';
import { deprecationNote } from '../operation-parts.ts';

export default {
  id: 'operation-deprecated',
  class: 'non-breaking',
  summary: 'an operation is newly deprecated (with its sunset date and replacement)',
  operation: ({ key, from, to }) =>
    to.deprecated === true && from.deprecated !== true ? [{ operation: key, message: `deprecated: ${deprecationNote(to)}` }] : [],
} satisfies Rule;
