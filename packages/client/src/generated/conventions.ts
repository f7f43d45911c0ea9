// Generated from docs/openapi.json by scripts/generate.ts (`pnpm generate`). Do not edit.

/** The act-as header (the `ActAs` parameter): its name, and the pattern a sub-account handle matches (the `Handle` schema). */
export const actAs = { header: 'X-Cantila-Act-As', pattern: /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/ } as const;

/** The scopes (the `Scope` enum, in its order), narrowest first: each one includes those before it. */
export const scopes = ['read', 'deploy', 'admin'] as const;

/** Each error code (the `ErrorCode` enum) and the status it comes with (its `x-cantila-status`). */
export const errorStatuses = { bad_request: 400, unauthenticated: 401, forbidden: 403, not_found: 404, method_not_allowed: 405, conflict: 409, validation: 422, rate_limited: 429, internal: 500, unavailable: 503 } as const;

/** The methods whose every operation takes an `Idempotency-Key`: the client makes one for each such call that has none. */
export const idempotencyKeyMethods: ReadonlySet<string> = new Set(['POST']);
