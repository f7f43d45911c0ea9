// @ts-nocheck
import requiredResponses from '../functions/requiredResponses.ts';
import { operationsPath } from '../operation.ts';

export default {
  description: 'Every authenticated operation documents 401 and 403.',
  given: operationsPath,
  then: { function: requiredResponses, functionOptions: { statuses: ['401', '403'], when: 'authenticated' } },
};
