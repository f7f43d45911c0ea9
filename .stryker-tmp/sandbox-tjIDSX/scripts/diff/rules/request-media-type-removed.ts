// @ts-nocheck
import type { Rule } from '../model.ts';
import { removedMediaTypes, requestBodies } from '../operation-parts.ts';

export default {
  id: 'request-media-type-removed',
  class: 'breaking',
  summary: 'the request body no longer accepts a media type',
  operation: (pair) => {
    const { from, to } = requestBodies(pair);
    return removedMediaTypes(from, to).map((type) => ({ operation: pair.key, message: `request body no longer accepts ${type}` }));
  },
} satisfies Rule;
