// @ts-nocheck
import { pattern } from '@stoplight/spectral-functions';
import { operationsPath } from '../operation.ts';

export default {
  description: 'operationIds are camelCase.',
  message: '{{path}}: operationId "{{value}}" is not camelCase (e.g. listProjects).',
  given: `${operationsPath}.operationId`,
  then: { function: pattern, functionOptions: { match: '^[a-z][a-zA-Z0-9]*$' } },
};
