// @ts-nocheck
import requiredResponses from '../functions/requiredResponses.ts';
import { operationsPath } from '../operation.ts';

export default {
  description: 'Every operation with path parameters documents 404.',
  given: operationsPath,
  then: { function: requiredResponses, functionOptions: { statuses: ['404'], when: 'pathParameters' } },
};
