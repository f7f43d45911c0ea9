// @ts-nocheck
// Generated from docs/openapi.json by scripts/generate.ts (`pnpm generate`). Do not edit.

/** Each path parameter's pattern (its schema's), by name: the client refuses a value that does not match before sending anything. */
export const pathParameters: Readonly<Record<string, RegExp>> = {
  keyId: /^key_[A-Za-z0-9]+$/,
  handle: /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/,
  userId: /^usr_[A-Za-z0-9]+$/,
  invitationId: /^ivt_[A-Za-z0-9]+$/,
  project: /^(prj_[A-Za-z0-9]+|[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?)$/,
  deployId: /^dep_[A-Za-z0-9]+$/,
  restartId: /^rst_[A-Za-z0-9]+$/,
  key: /^[A-Z_][A-Z0-9_]*$/,
  domainId: /^dom_[A-Za-z0-9]+$/,
  invoiceId: /^inv_[A-Za-z0-9]+$/,
  transferId: /^trf_[A-Za-z0-9]+$/,
  eventId: /^evt_[A-Za-z0-9]+$/,
  agentId: /^agt_[A-Za-z0-9]+$/,
  alertId: /^alr_[A-Za-z0-9]+$/,
  incidentId: /^inc_[A-Za-z0-9]+$/,
};
