import { createRulesetFunction } from '@stoplight/spectral-core';
import type { Json } from '../operation.ts';
import { placeName } from '../functions/placeName.ts';

const isDate = (value: unknown): boolean =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/**
 * A deprecated operation, parameter or property says when it stops working (`x-sunset`, a date) and
 * what to use instead (`x-replacement`): the docs show both, the mock sends them as the `Deprecation`
 * and `Sunset` headers, and the client warns with them. Neither may appear without `deprecated: true`.
 */
const deprecation = createRulesetFunction<Json, null>({ input: { type: 'object' }, options: null }, (part, _options, context) => {
  const where = placeName(context.path);
  if (part.deprecated !== true) {
    // The rule is given only such parts that have one of them (`given`, below).
    const stray = ['x-sunset', 'x-replacement'].filter((key) => key in part);
    return [{ message: `${where}: ${stray.join(' and ')} without \`deprecated: true\`.` }];
  }
  const missing = [];
  if (!isDate(part['x-sunset'])) missing.push('`x-sunset` (the date it stops working, YYYY-MM-DD)');
  if (typeof part['x-replacement'] !== 'string' || part['x-replacement'].trim() === '')
    missing.push('`x-replacement` (what to use instead, e.g. `GET /projects/{project}/deploys`)');
  return missing.length > 0 ? [{ message: `${where} is deprecated without ${missing.join(' and ')}.` }] : [];
});

export default {
  description:
    'A deprecated operation, parameter or property has x-sunset (a date) and x-replacement; neither appears without deprecated: true.',
  given: ['$..[?(@ && @.deprecated === true)]', "$..[?(@ && (@['x-sunset'] !== undefined || @['x-replacement'] !== undefined))]"],
  then: { function: deprecation },
};
