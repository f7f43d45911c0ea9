// @ts-nocheck
import type { Rule } from '../model.ts';
import { parameterName } from '../walk.ts';
import { isActAs } from '../act-as.ts';

export default {
  id: 'parameter-removed',
  class: 'breaking',
  summary: 'a parameter is gone or renamed (the act-as header has its own rule)',
  operation: ({ key, before, parameters }) =>
    [...parameters.from]
      .filter(([name, parameter]) => !parameters.to.has(name) && !isActAs(before, parameter))
      .map(([, parameter]) => ({ operation: key, message: `${parameterName(parameter)} removed` })),
} satisfies Rule;
