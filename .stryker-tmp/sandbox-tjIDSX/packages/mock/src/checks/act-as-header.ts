// @ts-nocheck
import { repeatedProblem } from '../parameters.ts';
import type { OperationCheck } from './context.ts';

/** The act-as header, where the operation takes it, is sent once and is a well-formed handle (the `ActAs` parameter's schema). */
export const actAsHeader: OperationCheck = ({ req, spec, operation, invalid }) => {
  if (!operation.takesActAs) return undefined;
  const copies = req.headersDistinct[spec.actAsHeader.toLowerCase()] ?? [];
  if (copies.length > 1) return invalid([{ field: spec.actAsHeader, message: repeatedProblem('header', copies.length) }]);
  const problem = copies[0] === undefined ? undefined : spec.handleProblem(copies[0]);
  return problem ? invalid([{ field: spec.actAsHeader, message: problem }]) : undefined;
};
