// @ts-nocheck
import type { Rule } from '../model.ts';
import { parameterName } from '../walk.ts';

export default {
  id: 'parameter-added-required',
  class: 'breaking',
  summary: 'a new required parameter',
  operation: ({ key, parameters }) =>
    [...parameters.to]
      .filter(([name, parameter]) => parameter.required === true && !parameters.from.has(name))
      .map(([, parameter]) => ({ operation: key, message: `new required ${parameterName(parameter)}` })),
} satisfies Rule;
