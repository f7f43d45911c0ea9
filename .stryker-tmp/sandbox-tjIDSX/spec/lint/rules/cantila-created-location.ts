// @ts-nocheck
import { operationFunction, operationName, responsesOf, operationsPath } from '../operation.ts';

/** Every 201 and 202 says where the created (or started) thing is: a `Location` header and an OpenAPI link to its get. */
const createdLocation = operationFunction(null, (operation, _options, context) => {
  const findings = [];
  for (const [status, response] of responsesOf(operation)) {
    if (status !== '201' && status !== '202') continue;
    const missing = [];
    if (!Object.keys(response.headers ?? {}).some((h) => h.toLowerCase() === 'location'))
      missing.push('a Location header (spec/components/headers/Location.yaml)');
    if (Object.keys(response.links ?? {}).length === 0) missing.push('a link to the operation that reads what it created');
    if (missing.length > 0)
      findings.push({
        message: `${operationName(context.path, operation)}'s ${status} response lacks ${missing.join(' and ')}.`,
        path: [...context.path, 'responses', status],
      });
  }
  return findings;
});

export default {
  description: 'Every 201 and 202 carries a Location header and a link to the operation that reads what it created.',
  given: operationsPath,
  then: { function: createdLocation },
};
