// @ts-nocheck
import type { Rule } from '../model.ts';
import { commonResponses, removedMediaTypes } from '../operation-parts.ts';

export default {
  id: 'response-media-type-removed',
  class: 'breaking',
  summary: 'a response no longer comes in a media type',
  operation: (pair) =>
    [...commonResponses(pair)].flatMap(([status, from, to]) =>
      removedMediaTypes(from, to).map((type) => ({ operation: pair.key, message: `response ${status} no longer sends ${type}` })),
    ),
} satisfies Rule;
