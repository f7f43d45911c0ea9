// @ts-nocheck
import type { Rule } from '../model.ts';
import { deprecationNote } from '../operation-parts.ts';
import { parameterName } from '../walk.ts';

export default {
  id: 'parameter-deprecated',
  class: 'non-breaking',
  summary: 'a parameter is newly deprecated (with its sunset date and replacement)',
  operation: ({ key, parameters }) =>
    [...parameters.to]
      .filter(
        ([name, parameter]) => parameter.deprecated === true && parameters.from.get(name)?.deprecated !== true && parameters.from.has(name),
      )
      .map(([, parameter]) => ({ operation: key, message: `${parameterName(parameter)} deprecated: ${deprecationNote(parameter)}` })),
} satisfies Rule;
