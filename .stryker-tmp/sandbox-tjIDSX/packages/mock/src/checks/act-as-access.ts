// @ts-nocheck
import { subAccountsPath } from '../spec.ts';
import type { OperationCheck } from './context.ts';

/** A caller may act only as one of its sub-accounts (those of the spec's `GET /sub-accounts` example): any other handle is a 403. */
export const actAsAccess: OperationCheck = ({ req, spec, operation, refuse }) => {
  const handle = operation.takesActAs ? req.headers[spec.actAsHeader.toLowerCase()] : undefined;
  if (typeof handle !== 'string' || spec.actAsHandles.has(handle)) return undefined;
  return refuse(
    { reason: 'act_as_not_allowed', param: spec.actAsHeader },
    `You may not act as ${handle}: it is not one of your sub-accounts (GET ${spec.basePath}${subAccountsPath} lists them).`,
  );
};
