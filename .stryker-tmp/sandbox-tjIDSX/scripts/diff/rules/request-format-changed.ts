// @ts-nocheck
import type { Rule } from '../model.ts';
import { requestKeywordChanged } from '../request-keyword-changed.ts';

export default {
  id: 'request-format-changed',
  class: 'breaking',
  summary: 'a request value gets a format, or another one',
  schema: requestKeywordChanged('format'),
} satisfies Rule;
