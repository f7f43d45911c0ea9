// @ts-nocheck
import type { Rule } from '../model.ts';
import { parameterName } from '../walk.ts';

export default {
  id: 'parameter-made-required',
  class: 'breaking',
  summary: 'an optional parameter becomes required',
  operation: ({ key, parameters }) =>
    [...parameters.to]
      .filter(
        ([name, parameter]) => parameter.required === true && parameters.from.has(name) && parameters.from.get(name)?.required !== true,
      )
      .map(([, parameter]) => ({ operation: key, message: `${parameterName(parameter)} is now required` })),
} satisfies Rule;
