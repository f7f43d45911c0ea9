// @ts-nocheck
import type { OperationCheck } from './context.ts';

/** The credential's scope reaches the operation's: scopes nest in the `Scope` enum's order (read ⊂ deploy ⊂ admin). */
export const scope: OperationCheck = ({ spec, operation, credential, refuse }) => {
  if (!credential || operation.scope === null) return undefined;
  const rank = (name: string): number => spec.scopes.indexOf(name);
  if (rank(credential.scope) >= rank(operation.scope)) return undefined;
  const holder = credential.kind === 'key' ? 'key' : 'session';
  return refuse(
    { reason: 'scope_insufficient' },
    `This operation needs the ${operation.scope} scope; the ${holder} has ${credential.scope}.`,
  );
};
