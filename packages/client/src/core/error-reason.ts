import type { components } from '../generated/schema.ts';
import { redact } from './redact.ts';

/** Why a request failed, one value per documented cause (the spec's `ErrorReason`): branch on it. */
export type ErrorReason = components['schemas']['ErrorReason'];
/**
 * What an error's `reason` holds: a documented `ErrorReason`, or a cause a newer API added — the enum is
 * extensible — that this version of the client does not name yet.
 */
export type AnyErrorReason = ErrorReason | (string & {});
/** On `quota_exceeded`: the quota reached, its limit and the current use (the spec's `QuotaUse`). */
export type QuotaUse = components['schemas']['QuotaUse'];

type Cause = Pick<components['schemas']['Error'], 'param' | 'quota'> & { reason?: AnyErrorReason };

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function quotaOf(value: unknown): QuotaUse | undefined {
  const { name, limit, used } = (value ?? {}) as Record<string, unknown>;
  if (typeof name !== 'string' || !/^[a-z_]{1,64}$/.test(name) || !(limit === null || isCount(limit)) || !isCount(used)) return undefined;
  return { name: name as QuotaUse['name'], limit, used };
}

/**
 * The cause an error body states: its `reason` (kept when this client does not know it, as the enum may
 * grow; left out when it is not a reason at all — not a lower-case token, or a key), the `param` at fault
 * and the `quota` details.
 */
export function causeOf(body: Record<string, unknown>): Cause {
  const { reason, param, quota } = body;
  const details = quotaOf(quota);
  return {
    ...(typeof reason === 'string' && /^[a-z][a-z0-9_]{0,63}$/.test(reason) && redact(reason) === reason ? { reason } : {}),
    ...(typeof param === 'string' ? { param: redact(param.slice(0, 200)) } : {}),
    ...(details ? { quota: details } : {}),
  };
}
