import { reasonsByCode } from '../generated/conventions.ts';
import type { components } from '../generated/schema.ts';
import { redact } from './redact.ts';

/** Why a request failed, one value per documented cause (the spec's `ErrorReason`): branch on it. */
export type ErrorReason = components['schemas']['ErrorReason'];
/** On `quota_exceeded`: the quota reached, its limit and the current use (the spec's `QuotaUse`). */
export type QuotaUse = components['schemas']['QuotaUse'];

type Cause = Pick<components['schemas']['Error'], 'reason' | 'param' | 'quota'>;

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function quotaOf(value: unknown): QuotaUse | undefined {
  const { name, limit, used } = (value ?? {}) as Record<string, unknown>;
  if (typeof name !== 'string' || !/^[a-z_]{1,64}$/.test(name) || !(limit === null || isCount(limit)) || !isCount(used)) return undefined;
  return { name: name as QuotaUse['name'], limit, used };
}

/**
 * The cause an error body states: its `reason` when the spec lists it under the body's `error` code,
 * the `param` at fault and the `quota` details. A reason this client does not know, or one of another
 * code, is left out rather than mistyped.
 */
export function causeOf(body: Record<string, unknown>, error: string): Cause {
  const { reason, param, quota } = body;
  const known = typeof reason === 'string' && Object.hasOwn(reasonsByCode, error) && reasonsByCode[error]!.split(' ').includes(reason);
  const details = quotaOf(quota);
  return {
    ...(known ? { reason: reason as ErrorReason } : {}),
    ...(typeof param === 'string' ? { param: redact(param.slice(0, 200)) } : {}),
    ...(details ? { quota: details } : {}),
  };
}
