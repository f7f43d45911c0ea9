import { operationFunction, operationName, parametersOf, pathItemOf, type Json, operationsPath } from '../operation.ts';

const boundedFormats = new Set(['date-time', 'date', 'time', 'uuid']);
const composition = ['allOf', 'anyOf', 'oneOf'];
const typesOf = (schema: Json): string[] => (Array.isArray(schema.type) ? schema.type : [schema.type]).filter(Boolean);

/** Why a schema node accepts unbounded input, or null when it is bounded. `inAllOf`: a part whose siblings add properties. */
function unbounded(schema: Json, inAllOf: boolean): string | null {
  if (schema.enum !== undefined || schema.const !== undefined) return null;
  const types = typesOf(schema);
  if (types.length === 0) return composition.some((key) => key in schema) ? null : 'a value of any type (give it a `type`)';
  if (types.includes('string') && schema.maxLength === undefined && !boundedFormats.has(schema.format))
    return 'a string without maxLength, enum or const';
  const numeric = types.includes('integer') || types.includes('number');
  if (numeric && (schema.minimum ?? schema.exclusiveMinimum) === undefined) return 'a number without minimum';
  if (numeric && (schema.maximum ?? schema.exclusiveMaximum) === undefined) return 'a number without maximum';
  if (types.includes('array') && schema.maxItems === undefined) return 'an array without maxItems';
  if (types.includes('object') && typeof schema.additionalProperties === 'object' && schema.maxProperties === undefined)
    return 'a map without maxProperties';
  const closed =
    schema.additionalProperties === false || schema.unevaluatedProperties === false || typeof schema.additionalProperties === 'object';
  if (types.includes('object') && !closed && !inAllOf)
    return 'an object that accepts properties it does not list (add `additionalProperties: false`)';
  return null;
}

/**
 * Walks a schema, or a list of them (`allOf`, `prefixItems`…), calling `visit` with each node and its dotted
 * location (`autoscaling.max`, `instance_ids[]`).
 */
function walk(node: unknown, where: string, visit: (node: Json, where: string, inAllOf: boolean) => void, inAllOf = false): void {
  if (Array.isArray(node)) {
    for (const part of node) walk(part, where, visit, inAllOf);
    return;
  }
  // The schema `true` accepts any value, as `{}` does; `false` accepts none.
  const schema = (node === true ? {} : node) as Json | undefined;
  if (!schema || typeof schema !== 'object') return;
  visit(schema, where, inAllOf);
  for (const [name, property] of Object.entries<Json>(schema.properties ?? {})) walk(property, where ? `${where}.${name}` : name, visit);
  if (typeof schema.additionalProperties === 'object') walk(schema.additionalProperties, `${where}{}`, visit);
  walk(schema.items, `${where}[]`, visit);
  walk(schema.prefixItems, `${where}[]`, visit);
  walk(schema.allOf, where, visit, true);
  walk(schema.anyOf, where, visit);
  walk(schema.oneOf, where, visit);
}

/**
 * Every value a client sends — parameters and request bodies in every media type — is bounded
 * (OWASP API4:2023, applied to input, where it protects the API) and closed: strings have
 * maxLength/enum/const (or a date/uuid format), numbers a minimum and maximum, arrays maxItems, maps
 * maxProperties, objects `additionalProperties: false`, and every value a type.
 */
const boundedInput = operationFunction(null, (operation, _options, context) => {
  const name = operationName(context.path, operation);
  const findings: { message: string; path: (string | number)[] }[] = [];
  const check = (schema: Json | undefined, subject: string, path: (string | number)[]) =>
    walk(schema, '', (node, where, inAllOf) => {
      const why = unbounded(node, inAllOf);
      if (why) findings.push({ message: `${name}: ${subject}${where ? ` field \`${where}\`` : ''} is ${why}.`, path });
    });
  for (const parameter of parametersOf(operation, pathItemOf(context))) {
    check(parameter.schema, `the ${parameter.in} parameter \`${parameter.name}\``, [...context.path, 'parameters']);
  }
  for (const [type, media] of Object.entries<Json>(operation.requestBody?.content ?? {})) {
    check(media.schema, `the request body (${type})`, [...context.path, 'requestBody', 'content', type]);
  }
  return findings;
});

export default {
  description:
    'Every parameter and request body value is typed, bounded (maxLength, minimum/maximum, maxItems, maxProperties) and closed (additionalProperties: false).',
  given: operationsPath,
  then: { function: boundedInput },
};
