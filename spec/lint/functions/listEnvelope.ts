import { operationFunction, operationName, parametersOf, pathItemOf, type Json } from '../operation.ts';

/**
 * A list operation (operationId `list…`, or a 200 with `next_cursor`) takes `cursor` and `limit` and
 * answers 200 with the envelope `{data: [...], next_cursor}`.
 */
export default operationFunction(null, (operation, _options, context) => {
  const schema: Json | undefined = operation.responses?.['200']?.content?.['application/json']?.schema;
  const isList = String(operation.operationId ?? '').startsWith('list') || schema?.properties?.next_cursor !== undefined;
  if (!isList) return [];
  const name = operationName(context.path, operation);
  const query = new Set(parametersOf(operation, pathItemOf(context)).filter((p) => p.in === 'query').map((p) => p.name));
  const problems: string[] = [];
  const missingParameters = ['cursor', 'limit'].filter((p) => !query.has(p));
  if (missingParameters.length > 0) problems.push(`take the query parameters ${missingParameters.join(' and ')} (spec/components/parameters/Cursor.yaml, Limit.yaml)`);
  const required: unknown[] = schema?.required ?? [];
  const envelope =
    schema?.properties?.data?.type === 'array' && schema?.properties?.next_cursor !== undefined && required.includes('data') && required.includes('next_cursor');
  if (!envelope) problems.push('answer 200 with the list envelope `{data: [...], next_cursor}`, both required');
  return problems.length === 0 ? [] : [{ message: `${name} is a list operation and must ${problems.join(' and ')}.`, path: [...context.path] }];
});
