// @ts-nocheck
import requiredResponses from '../functions/requiredResponses.ts';
import { operationsPath } from '../operation.ts';

export default {
  description: 'Every operation that accepts Idempotency-Key documents 409 (the same key with a different body).',
  given: operationsPath,
  then: { function: requiredResponses, functionOptions: { statuses: ['409'], when: 'idempotencyKey' } },
};
