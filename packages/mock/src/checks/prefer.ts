import { readPreferences } from '../prefer.ts';
import type { OperationCheck } from './context.ts';

/** `Prefer` (or its `__…` query twins) asks only for what the operation documents: a 422 naming it otherwise. Sets `preferred`. */
export const prefer: OperationCheck = (context) => {
  const found = readPreferences(context.operation, context.req.headers.prefer, context.query, context.spec.errorStatuses);
  if (found && 'fields' in found) return context.error(422, found.message, found.fields);
  context.preferred = found;
  return undefined;
};
