// @ts-nocheck
import requiredParameter from '../functions/requiredParameter.ts';
import { operationsPath } from '../operation.ts';

export default {
  description: 'Every authenticated operation accepts the X-Cantila-Act-As header.',
  given: operationsPath,
  then: {
    function: requiredParameter,
    functionOptions: { name: 'the X-Cantila-Act-As header', component: '#/components/parameters/ActAs', when: 'authenticated' },
  },
};
