// @ts-nocheck
// Generated from docs/openapi.json by scripts/generate.ts (`pnpm generate`). Do not edit.

/** The act-as header (the `ActAs` parameter): its name, and the pattern a sub-account handle matches (the `Handle` schema). */
export const actAs = { header: 'X-Cantila-Act-As', pattern: /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/ } as const;

/** The scopes (the `Scope` enum, in its order), narrowest first: each one includes those before it. */
export const scopes = ['read', 'deploy', 'admin'] as const;

/** Each error code (the `ErrorCode` enum) and the status it comes with (its `x-cantila-status`). */
export const errorStatuses = { bad_request: 400, unauthenticated: 401, forbidden: 403, not_found: 404, method_not_allowed: 405, conflict: 409, validation: 422, rate_limited: 429, internal: 500, unavailable: 503 } as const;

/** Each error code and its reasons (the `ErrorReason` values whose `x-cantila-code` it is), space-separated: the smallest form to ship. */
export const reasonsByCode: Readonly<Record<string, string>> = { bad_request: 'malformed_json', unauthenticated: 'credential_missing credential_malformed credential_too_long credential_unknown credential_revoked credential_expired', forbidden: 'scope_insufficient act_as_not_allowed agent_paused agent_project_not_allowed', not_found: 'route_not_found project_not_found deploy_not_found restart_not_found domain_not_found env_var_not_found key_not_found sub_account_not_found team_member_not_found invitation_not_found invoice_not_found billing_transfer_not_found activity_event_not_found agent_not_found alert_not_found incident_not_found', method_not_allowed: 'method_not_allowed', conflict: 'idempotency_key_reused sub_account_suspended quota_exceeded name_taken handle_taken hostname_taken last_admin already_invited incident_already_acknowledged domain_already_active domain_verification_running plan_below_usage payment_method_missing no_live_deploy restart_in_progress autoscaling_enabled deploy_not_cancelable rollback_target_never_live rollback_target_live transfer_already_pending transfer_not_pending key_expired', validation: 'invalid_input', rate_limited: 'rate_limited', internal: 'internal_error', unavailable: 'temporarily_unavailable' };
