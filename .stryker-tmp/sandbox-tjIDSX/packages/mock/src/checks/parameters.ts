// @ts-nocheck
import { parameterProblems } from '../parameters.ts';
import type { OperationCheck } from './context.ts';

/** The operation's query and header parameters (but the act-as header) fit their schemas, each sent once. */
export const parameters: OperationCheck = ({ req, operation, query, invalid }) => {
  const problems = parameterProblems(operation.parameters, query, req.headersDistinct);
  return problems.length > 0 ? invalid(problems) : undefined;
};
