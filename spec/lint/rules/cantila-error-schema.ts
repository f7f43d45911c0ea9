import { derefRaw, operationFunction, operationName, rawOperation, type Json, operationsPath } from '../operation.ts';

const errorRef = '#/components/schemas/Error';

/**
 * Every 4xx, 5xx and `default` response of an operation is `application/json` with the Error schema
 * itself, by `$ref` (spec/components/schemas/Error.yaml): a copy could drift from it unnoticed.
 */
const errorSchema = operationFunction(null, (operation, _options, context) => {
  const findings = [];
  for (const [status, written] of Object.entries<Json>(rawOperation(context).responses ?? {})) {
    if (status !== 'default' && !/^[45]/.test(status)) continue;
    const content: Json = derefRaw(context, written)?.content ?? {};
    const types = Object.keys(content);
    if (types.length !== 1 || derefRaw(context, content['application/json'])?.schema?.$ref !== errorRef) {
      findings.push({
        message: `${operationName(context.path, operation)} answers ${status} without the Error schema: use a response from spec/components/responses/, or \`application/json\` with \`schema: {$ref: …/schemas/Error.yaml}\` and nothing else${types.length > 1 ? ` (found ${types.join(', ')})` : ''}.`,
        path: [...context.path, 'responses', status],
      });
    }
  }
  return findings;
});

export default {
  description: 'Every 4xx, 5xx and default response uses the Error schema, by $ref.',
  given: operationsPath,
  then: { function: errorSchema },
};
