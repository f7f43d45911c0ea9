// @ts-nocheck
import requiredParameter from '../functions/requiredParameter.ts';
import { operationsPath } from '../operation.ts';

export default {
  description: 'Every POST accepts the Idempotency-Key header.',
  given: operationsPath,
  then: {
    function: requiredParameter,
    functionOptions: { name: 'the Idempotency-Key header', component: '#/components/parameters/IdempotencyKey', when: 'post' },
  },
};
