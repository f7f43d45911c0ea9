// @ts-nocheck
import requiredResponses from '../functions/requiredResponses.ts';
import { operationsPath } from '../operation.ts';

export default {
  description: 'Every operation that takes parameters or a body documents 422.',
  given: operationsPath,
  then: { function: requiredResponses, functionOptions: { statuses: ['422'], when: 'input' } },
};
