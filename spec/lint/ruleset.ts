/**
 * The Spectral half of the lint gate (`pnpm lint`, and spec/lint/lint.test.ts in `pnpm test`):
 * spectral:oas and the OWASP API Security ruleset, plus Cantila's own rules. Every rule is an error:
 * the gate fails on any finding. Each custom rule has a bad fixture in fixtures/<rule>.yaml.
 */
import type { RulesetDefinition } from '@stoplight/spectral-core';
import { pattern } from '@stoplight/spectral-functions';
import owaspRuleset from '@stoplight/spectral-owasp-ruleset';
import { oas } from '@stoplight/spectral-rulesets';
import boundedInput from './functions/boundedInput.ts';
import createdLocation from './functions/createdLocation.ts';
import errorReason from './functions/errorReason.ts';
import errorSchema from './functions/errorSchema.ts';
import listEnvelope from './functions/listEnvelope.ts';
import mediaExamples from './functions/mediaExamples.ts';
import operationDocs from './functions/operationDocs.ts';
import operationScope from './functions/operationScope.ts';
import requiredParameter from './functions/requiredParameter.ts';
import requiredResponses from './functions/requiredResponses.ts';
import responseHeaders from './functions/responseHeaders.ts';
import unionDiscriminator from './functions/unionDiscriminator.ts';

const operations = '$.paths[*][?(@property.match(/^(get|put|post|delete|options|head|patch|trace)$/))]';

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

export const customRules = {
  'cantila-operation-scope': {
    description: 'Every operation but /health names exactly one scope (read, deploy or admin), the same on both security schemes.',
    given: operations,
    then: { function: operationScope },
  },
  'cantila-act-as-header': {
    description: 'Every authenticated operation accepts the X-Cantila-Act-As header.',
    given: operations,
    then: {
      function: requiredParameter,
      functionOptions: { name: 'the X-Cantila-Act-As header', component: '#/components/parameters/ActAs', when: 'authenticated' },
    },
  },
  'cantila-idempotency-key': {
    description: 'Every POST accepts the Idempotency-Key header.',
    given: operations,
    then: {
      function: requiredParameter,
      functionOptions: { name: 'the Idempotency-Key header', component: '#/components/parameters/IdempotencyKey', when: 'post' },
    },
  },
  'cantila-auth-errors': {
    description: 'Every authenticated operation documents 401 and 403.',
    given: operations,
    then: { function: requiredResponses, functionOptions: { statuses: ['401', '403'], when: 'authenticated' } },
  },
  'cantila-idempotency-conflict': {
    description: 'Every operation that accepts Idempotency-Key documents 409 (the same key with a different body).',
    given: operations,
    then: { function: requiredResponses, functionOptions: { statuses: ['409'], when: 'idempotencyKey' } },
  },
  'cantila-not-found': {
    description: 'Every operation with path parameters documents 404.',
    given: operations,
    then: { function: requiredResponses, functionOptions: { statuses: ['404'], when: 'pathParameters' } },
  },
  'cantila-validation-error': {
    description: 'Every operation that takes parameters or a body documents 422.',
    given: operations,
    then: { function: requiredResponses, functionOptions: { statuses: ['422'], when: 'input' } },
  },
  'cantila-malformed-body': {
    description: 'Every operation with a JSON body documents 400 for a body that is not JSON.',
    given: operations,
    then: { function: requiredResponses, functionOptions: { statuses: ['400'], when: 'jsonBody' } },
  },
  'cantila-default-response': {
    description: 'Every operation documents a default response, for any failure it does not list (503 among them).',
    given: operations,
    then: { function: requiredResponses, functionOptions: { statuses: ['default'], when: 'always' } },
  },
  'cantila-error-reason': {
    description: 'Every error example names a reason (ErrorReason) of its error code.',
    given: operations,
    then: { function: errorReason },
  },
  'cantila-created-location': {
    description: 'Every 201 and 202 carries a Location header and a link to the operation that reads what it created.',
    given: operations,
    then: { function: createdLocation },
  },
  'cantila-union-discriminator': {
    description: 'Every oneOf or anyOf of objects has a discriminator whose property each member requires as a const.',
    given: ['$..[?(@ && (@.oneOf || @.anyOf))]'],
    resolved: false,
    then: { function: unionDiscriminator },
  },
  'cantila-error-schema': {
    description: 'Every 4xx, 5xx and default response uses the Error schema, by $ref.',
    given: operations,
    then: { function: errorSchema },
  },
  'cantila-list-envelope': {
    description: 'List operations are named list…, take the shared cursor and limit, and return {data, next_cursor}.',
    given: operations,
    then: { function: listEnvelope },
  },
  'cantila-operation-id': {
    description: 'operationIds are camelCase.',
    message: '{{path}}: operationId "{{value}}" is not camelCase (e.g. listProjects).',
    given: `${operations}.operationId`,
    then: { function: pattern, functionOptions: { match: '^[a-z][a-zA-Z0-9]*$' } },
  },
  'cantila-operation-docs': {
    description: 'Every operation has a summary, a description and one tag.',
    given: operations,
    then: { function: operationDocs },
  },
  'cantila-examples': {
    description: 'Every request and response body has an example.',
    given: operations,
    then: { function: mediaExamples },
  },
  'cantila-response-headers': {
    description: 'Every response carries X-Request-Id and the RateLimit-* headers; 429 carries Retry-After.',
    given: operations,
    then: {
      function: responseHeaders,
      functionOptions: {
        everyResponse: ['X-Request-Id', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'],
        byStatus: { '429': ['Retry-After'] },
      },
    },
  },
  'cantila-bounded-input': {
    description:
      'Every parameter and request body value is typed, bounded (maxLength, minimum/maximum, maxItems, maxProperties) and closed (additionalProperties: false).',
    given: operations,
    then: { function: boundedInput },
  },
} as const;

export const ruleset = {
  extends: [
    [oas as RulesetDefinition, 'recommended'],
    [owaspRuleset as unknown as RulesetDefinition, 'all'],
  ],
  rules: {
    ...asErrors(oas.rules),
    ...asErrors((owaspRuleset as unknown as { rules: Record<string, unknown> }).rules),
    ...switchedOff,
    ...Object.fromEntries(Object.entries(customRules).map(([name, rule]) => [name, { message: '{{error}}', ...rule, severity: 'error' }])),
  },
} as RulesetDefinition;
