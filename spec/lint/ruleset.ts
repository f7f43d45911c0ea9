/**
 * The Spectral half of the lint gate (`pnpm lint`, and spec/lint/lint.test.ts in `pnpm test`):
 * spectral:oas and the OWASP API Security ruleset, plus Cantila's own rules. Every rule is an error:
 * the gate fails on any finding. Each custom rule has a fixture in fixtures/<rule>.yaml listing its findings there.
 */
import type { RulesetDefinition } from '@stoplight/spectral-core';
import owaspRuleset from '@stoplight/spectral-owasp-ruleset';
import { oas } from '@stoplight/spectral-rulesets';
import actAsHeader from './rules/cantila-act-as-header.ts';
import authErrors from './rules/cantila-auth-errors.ts';
import boundedInput from './rules/cantila-bounded-input.ts';
import createdLocation from './rules/cantila-created-location.ts';
import defaultResponse from './rules/cantila-default-response.ts';
import errorReason from './rules/cantila-error-reason.ts';
import deprecation from './rules/cantila-deprecation.ts';
import errorSchema from './rules/cantila-error-schema.ts';
import examples from './rules/cantila-examples.ts';
import extensibleEnum from './rules/cantila-extensible-enum.ts';
import idempotencyConflict from './rules/cantila-idempotency-conflict.ts';
import idempotencyKey from './rules/cantila-idempotency-key.ts';
import listEnvelope from './rules/cantila-list-envelope.ts';
import malformedBody from './rules/cantila-malformed-body.ts';
import notFound from './rules/cantila-not-found.ts';
import operationDocs from './rules/cantila-operation-docs.ts';
import operationId from './rules/cantila-operation-id.ts';
import operationScope from './rules/cantila-operation-scope.ts';
import responseHeaders from './rules/cantila-response-headers.ts';
import scopeNesting from './rules/cantila-scope-nesting.ts';
import unionDiscriminator from './rules/cantila-union-discriminator.ts';
import validationError from './rules/cantila-validation-error.ts';

/** Rules of spectral:oas and OWASP we switch off, each with the reason; everything else they hold is an error. */
const switchedOff = {
  // Warns on every scope given to a non-OAuth scheme, which OpenAPI 3.1 allows and our design uses
  // (`bearerAuth: [deploy]`); replaced by cantila-operation-scope.
  'oas3-operation-security-defined': 'off',
  // The reference reads in the order of x-tagGroups; within a group, tags keep their reading order.
  'openapi-tags-alphabetical': 'off',
  // Would flag /health, public by design; cantila-operation-scope requires a scope on every other
  // operation, GETs included, so no read can be left open by mistake.
  'owasp:api2:2023-read-restricted': 'off',
  // Need 401 (and 400/422) on every operation, /health included, which takes no credential and no
  // input; replaced by cantila-auth-errors and cantila-validation-error, which know when they apply.
  'owasp:api8:2023-define-error-responses-401': 'off',
  'owasp:api8:2023-define-error-validation': 'off',
  // Apply to every string, integer and array, responses included, where free text (names,
  // messages) has no meaningful pattern and our own output needs no guard; cantila-bounded-input
  // applies the same limits to what clients send.
  'owasp:api4:2023-string-limit': 'off',
  'owasp:api4:2023-string-restricted': 'off',
  'owasp:api4:2023-integer-limit': 'off',
  'owasp:api4:2023-integer-limit-legacy': 'off',
  'owasp:api4:2023-array-limit': 'off',
  // Asks for int32/int64 on every integer. Inputs state their range with minimum and maximum
  // (cantila-bounded-input); outputs are counts and amounts in minor units, all far below 2^53,
  // which JSON numbers and every client we publish carry exactly.
  'owasp:api4:2023-integer-format': 'off',
  // CORS is set at the edge for the Console's own origin; a header on every response would tell
  // integrators nothing they can act on.
  'owasp:api8:2023-define-cors-origin': 'off',
} as const;

const asErrors = (rules: Record<string, unknown>) => Object.fromEntries(Object.keys(rules).map((name) => [name, 'error']));

/** Cantila's rules, one file each in rules/, named after the rule's id; each has a fixture in fixtures/<id>.yaml (ruleset.test.ts). */
export const customRules = {
  'cantila-operation-scope': operationScope,
  'cantila-scope-nesting': scopeNesting,
  'cantila-act-as-header': actAsHeader,
  'cantila-idempotency-key': idempotencyKey,
  'cantila-auth-errors': authErrors,
  'cantila-idempotency-conflict': idempotencyConflict,
  'cantila-not-found': notFound,
  'cantila-validation-error': validationError,
  'cantila-malformed-body': malformedBody,
  'cantila-default-response': defaultResponse,
  'cantila-error-reason': errorReason,
  'cantila-created-location': createdLocation,
  'cantila-union-discriminator': unionDiscriminator,
  'cantila-error-schema': errorSchema,
  'cantila-list-envelope': listEnvelope,
  'cantila-operation-id': operationId,
  'cantila-operation-docs': operationDocs,
  'cantila-examples': examples,
  'cantila-response-headers': responseHeaders,
  'cantila-bounded-input': boundedInput,
  'cantila-extensible-enum': extensibleEnum,
  'cantila-deprecation': deprecation,
} as const;

const cantilaRules = Object.fromEntries(
  Object.entries(customRules).map(([name, rule]) => [name, { message: '{{error}}', ...rule, severity: 'error' }]),
);

export const ruleset = {
  extends: [
    [oas as RulesetDefinition, 'recommended'],
    [owaspRuleset as unknown as RulesetDefinition, 'all'],
  ],
  rules: {
    ...asErrors(oas.rules),
    ...asErrors((owaspRuleset as unknown as { rules: Record<string, unknown> }).rules),
    ...switchedOff,
    ...cantilaRules,
  },
} as RulesetDefinition;

/** Only some of Cantila's own rules: to check one rule over a whole document quickly. */
export const onlyRules = (names: readonly (keyof typeof customRules)[]): RulesetDefinition =>
  ({ rules: Object.fromEntries(names.map((name) => [name, cantilaRules[name]])) }) as RulesetDefinition;
