import { componentFile, operationFunction, operationName, rawParameters, type Json, operationsPath } from '../operation.ts';

const pageParameters = ['#/components/parameters/Cursor', '#/components/parameters/Limit'];

/** `{data: [...], next_cursor: string | null}`, both required, for a schema with properties. */
function isEnvelope({ required, properties }: Json): boolean {
  const nextCursor: unknown = properties.next_cursor?.type;
  return (
    Array.isArray(required) &&
    required.includes('data') &&
    required.includes('next_cursor') &&
    Array.isArray(nextCursor) &&
    nextCursor.includes('string') &&
    nextCursor.includes('null')
  );
}

/**
 * A list operation — one whose 200 answers `{data: [...]}`, or whose operationId starts with `list` — is
 * named `list…`, takes the shared `cursor` and `limit` parameters and answers the envelope
 * `{data: [...], next_cursor: string | null}`, both required.
 */
const listEnvelope = operationFunction(null, (operation, _options, context) => {
  const schema: Json = operation.responses?.['200']?.content?.['application/json']?.schema ?? {};
  const answersData = schema.properties?.data?.type === 'array';
  const named = String(operation.operationId).startsWith('list');
  if (!answersData && !named) return [];
  const problems: string[] = [];
  if (!named) problems.push('have an operationId that starts with `list`');
  const passed = new Set(rawParameters(context).map((parameter) => parameter.$ref));
  const missing = pageParameters.filter((ref) => !passed.has(ref));
  if (missing.length > 0) problems.push(`take ${missing.map((ref) => `\`$ref: ${componentFile(ref)}\``).join(' and ')}`);
  if (!answersData || !isEnvelope(schema))
    problems.push("answer 200 with `{data: [...], next_cursor}`, both required, next_cursor typed `[string, 'null']`");
  return problems.length === 0
    ? []
    : [
        {
          message: `${operationName(context.path, operation)} is a list operation and must ${problems.join(', and ')}.`,
          path: [...context.path],
        },
      ];
});

export default {
  description: 'List operations are named list…, take the shared cursor and limit, and return {data, next_cursor}.',
  given: operationsPath,
  then: { function: listEnvelope },
};
