import { createRulesetFunction } from '@stoplight/spectral-core';
import { derefRaw, type Json } from '../operation.ts';

/** Typed `object` (alone, or among other types: `[object, 'null']`), or untyped with properties. */
const isObjectSchema = (schema: Json): boolean =>
  schema.type === undefined ? schema.properties !== undefined : [schema.type].flat().includes('object');

/**
 * A `oneOf` or `anyOf` of object schemas is a discriminated union: a `discriminator` names a
 * property that every member requires and fixes with `const`, so a client can tell the members apart.
 * Runs on the document as written (`resolved: false`), so each union is reported once, where it is.
 */
const unionDiscriminator = createRulesetFunction<Json, null>({ input: { type: 'object' }, options: null }, (schema, _options, context) => {
  const findings = [];
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const members: unknown = schema[keyword];
    if (!Array.isArray(members)) continue;
    const objects = members.map((member: Json) => derefRaw(context, member) ?? {}).filter(isObjectSchema);
    if (objects.length < 2) continue;
    const where = context.path.join('.');
    const property: unknown = schema.discriminator?.propertyName;
    if (typeof property !== 'string') {
      findings.push({
        message: `${where}: its ${keyword} of objects needs a discriminator: add \`discriminator: {propertyName: type, mapping: …}\` and give each member \`type: {const: …}\`.`,
        path: [...context.path, keyword],
      });
      continue;
    }
    objects.forEach((member, index) => {
      if (!member.required?.includes(property) || member.properties?.[property]?.const === undefined)
        findings.push({
          message: `${where}: ${keyword} member ${index} must require \`${property}\` and fix it with \`const\`, the discriminator's value for it.`,
          path: [...context.path, keyword, index],
        });
    });
  }
  return findings;
});

export default {
  description:
    'Every oneOf or anyOf of objects among the schemas (components.schemas) has a discriminator whose property each member requires as a const.',
  given: ['$.components.schemas..[?(@ && (@.oneOf || @.anyOf))]'],
  resolved: false,
  then: { function: unionDiscriminator },
};
