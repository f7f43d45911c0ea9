// @ts-nocheck
import requiredResponses from '../functions/requiredResponses.ts';
import { operationsPath } from '../operation.ts';

export default {
  description: 'Every operation with a JSON body documents 400 for a body that is not JSON.',
  given: operationsPath,
  then: { function: requiredResponses, functionOptions: { statuses: ['400'], when: 'jsonBody' } },
};
