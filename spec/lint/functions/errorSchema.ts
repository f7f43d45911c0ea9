import { operationFunction, operationName, responsesOf, type Json } from '../operation.ts';

const errorProperties = ['error', 'message', 'request_id', 'fields'];

function isErrorShape(schema: Json | undefined): boolean {
  const properties = Object.keys(schema?.properties ?? {}).sort();
  const required: unknown[] = schema?.required ?? [];
  return (
    JSON.stringify(properties) === JSON.stringify([...errorProperties].sort()) &&
    required.includes('error') &&
    required.includes('message')
  );
}

/** Every 4xx and 5xx response of an operation is JSON in the Error shape `{error, message, request_id, fields}`. */
export default operationFunction(null, (operation, _options, context) => {
  const findings = [];
  for (const [status, response] of responsesOf(operation)) {
    if (!/^[45]/.test(status)) continue;
    const content: Json = response.content ?? {};
    const types = Object.keys(content);
    if (types.length !== 1 || !isErrorShape(content['application/json']?.schema)) {
      findings.push({
        message: `${operationName(context.path, operation)} answers ${status} without the Error schema: use a response from spec/components/responses/ or \`application/json\` with \`schema: {$ref: …/schemas/Error.yaml}\`${types.length > 1 ? ` (and only that; found ${types.join(', ')})` : ''}.`,
        path: [...context.path, 'responses', status],
      });
    }
  }
  return findings;
});
