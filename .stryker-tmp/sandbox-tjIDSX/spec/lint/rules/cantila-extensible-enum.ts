// @ts-nocheck
import { createRulesetFunction } from '@stoplight/spectral-core';
import type { Json } from '../operation.ts';
import { placeName } from '../functions/placeName.ts';

/**
 * Every enum says whether it may grow (the policy: spec/guides/enums.md): `x-extensible-enum:
 * true` for sets the API adds to (statuses, error codes, kinds), which clients must read with a
 * fallback for unknown values, and where `pnpm diff` counts a new value as non-breaking; `false` for a
 * closed set, where a new value is a breaking change.
 */
const extensibleEnum = createRulesetFunction<Json, null>({ input: { type: 'object' }, options: null }, (schema, _options, context) => {
  const declared = schema['x-extensible-enum'];
  const where = placeName(context.path);
  if (Array.isArray(schema.enum) && typeof declared !== 'boolean')
    return [
      {
        message: `${where}: enum [${schema.enum.join(', ')}] must say whether it may grow: \`x-extensible-enum: true\` (statuses, codes, kinds: clients handle unknown values) or \`false\` (a closed set).`,
      },
    ];
  if (!Array.isArray(schema.enum) && declared !== undefined) return [{ message: `${where}: \`x-extensible-enum\` without an \`enum\`.` }];
  return [];
});

export default {
  description: 'Every enum says whether it may grow: x-extensible-enum true (clients handle unknown values) or false (a closed set).',
  given: ['$..[?(@ && @.enum)]', "$..[?(@ && @['x-extensible-enum'] !== undefined)]"],
  then: { function: extensibleEnum },
};
