// @ts-nocheck
import { operationFunction, operationName, operationsPath } from '../operation.ts';

const nonEmpty = (value: unknown): boolean => typeof value === 'string' && value.trim().length > 0;

/** Every operation has a summary, a description and exactly one tag: what the reference shows a reader. */
const operationDocs = operationFunction(null, (operation, _options, context) => {
  const missing: string[] = [];
  if (!nonEmpty(operation.summary)) missing.push('a `summary`');
  if (!nonEmpty(operation.description))
    missing.push('a `description` (what it does, its side effects, what it records in the activity log)');
  if (!Array.isArray(operation.tags) || operation.tags.length !== 1) missing.push('exactly one tag in `tags`');
  return missing.length === 0
    ? []
    : [{ message: `${operationName(context.path, operation)} needs ${missing.join(', ')}.`, path: [...context.path] }];
});

export default {
  description: 'Every operation has a summary, a description and one tag.',
  given: operationsPath,
  then: { function: operationDocs },
};
