/** The policy layer's checks, in the order the real API applies them. */
// @ts-nocheck

import { actAsAccess } from './act-as-access.ts';
import { actAsHeader } from './act-as-header.ts';
import { body } from './body.ts';
import type { OperationCheck, RequestCheck } from './context.ts';
import { credential } from './credential.ts';
import { expectation } from './expectation.ts';
import { hostHeader } from './host-header.ts';
import { parameters } from './parameters.ts';
import { pathParameters } from './path-parameters.ts';
import { prefer } from './prefer.ts';
import { scope } from './scope.ts';

export type { OperationCheck, OperationContext, RequestCheck, RequestContext } from './context.ts';
export { route } from './route.ts';

/** Before routing: what HTTP itself requires. */
export const requestChecks: readonly RequestCheck[] = [hostHeader, expectation];

/** After routing (./route.ts), on the operation's request. */
export const operationChecks: readonly OperationCheck[] = [
  credential,
  actAsHeader,
  scope,
  actAsAccess,
  pathParameters,
  body,
  parameters,
  prefer,
];
