// @ts-nocheck
import type { Rule } from '../model.ts';
import { requestKeywordChanged } from '../request-keyword-changed.ts';

export default {
  id: 'request-pattern-changed',
  class: 'breaking',
  summary: 'a request value gets a pattern, or another one (which may reject what the old one accepted)',
  schema: requestKeywordChanged('pattern'),
} satisfies Rule;
