// @ts-nocheck
import type { Rule } from '../model.ts';

export default {
  id: 'path-parameter-renamed',
  class: 'non-breaking',
  summary: 'a path parameter is renamed: the same URL on the wire, a new name in typed clients',
  operation: ({ key, parameters }) =>
    [...parameters.to]
      .filter(
        ([position, parameter]) =>
          position.startsWith('path ') && parameters.from.has(position) && parameters.from.get(position)?.name !== parameter.name,
      )
      .map(([position, parameter]) => ({
        operation: key,
        message: `path parameter ${parameters.from.get(position)?.name} renamed to ${parameter.name}`,
      })),
} satisfies Rule;
