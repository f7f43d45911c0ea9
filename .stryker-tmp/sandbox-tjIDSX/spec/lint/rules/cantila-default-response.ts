// @ts-nocheck
import requiredResponses from '../functions/requiredResponses.ts';
import { operationsPath } from '../operation.ts';

export default {
  description: 'Every operation documents a default response, for any failure it does not list (503 among them).',
  given: operationsPath,
  then: { function: requiredResponses, functionOptions: { statuses: ['default'], when: 'always' } },
};
