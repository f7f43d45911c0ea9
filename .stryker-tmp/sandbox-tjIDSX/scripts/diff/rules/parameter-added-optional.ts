// @ts-nocheck
import type { Rule } from '../model.ts';
import { parameterName } from '../walk.ts';

export default {
  id: 'parameter-added-optional',
  class: 'non-breaking',
  summary: 'a new optional parameter',
  operation: ({ key, parameters }) =>
    [...parameters.to]
      .filter(([name, parameter]) => parameter.required !== true && !parameters.from.has(name))
      .map(([, parameter]) => ({ operation: key, message: `new optional ${parameterName(parameter)}` })),
} satisfies Rule;
