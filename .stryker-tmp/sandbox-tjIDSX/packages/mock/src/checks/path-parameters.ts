// @ts-nocheck
import type { OperationCheck } from './context.ts';

/** Every path parameter is valid percent-encoded UTF-8. */
export const pathParameters: OperationCheck = ({ pathParams, invalid }) => {
  for (const [name, value] of Object.entries(pathParams)) {
    try {
      decodeURIComponent(value);
    } catch {
      return invalid([{ field: name, message: 'is not valid percent-encoded UTF-8' }]);
    }
  }
  return undefined;
};
