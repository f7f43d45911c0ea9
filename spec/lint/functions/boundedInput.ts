import { operationFunction, operationName, parametersOf, pathItemOf, type Json } from '../operation.ts';

const boundedFormats = new Set(['date-time', 'date', 'time', 'uuid']);
const typesOf = (schema: Json): string[] => (Array.isArray(schema.type) ? schema.type : [schema.type]).filter(Boolean);

/** Why a schema node accepts unbounded input, or null when it is bounded. */
function unbounded(schema: Json): string | null {
  if (schema.enum !== undefined || schema.const !== undefined) return null;
  const types = typesOf(schema);
  if (types.includes('string') && schema.maxLength === undefined && !boundedFormats.has(schema.format)) return 'a string without maxLength, enum or const';
  if ((types.includes('integer') || types.includes('number')) && (schema.minimum ?? schema.exclusiveMinimum) === undefined) return 'a number without minimum';
  if ((types.includes('integer') || types.includes('number')) && (schema.maximum ?? schema.exclusiveMaximum) === undefined) return 'a number without maximum';
  if (types.includes('array') && schema.maxItems === undefined) return 'an array without maxItems';
  if (typeof schema.additionalProperties === 'object' && schema.maxProperties === undefined) return 'a map without maxProperties';
  return null;
}

/** Walks a schema, calling `visit` with each node and its dotted location (`autoscaling.max`, `instance_ids[]`). */
function walk(schema: Json | undefined, where: string, visit: (node: Json, where: string) => void): void {
  if (!schema || typeof schema !== 'object') return;
  visit(schema, where);
  for (const [name, property] of Object.entries<Json>(schema.properties ?? {})) walk(property, where ? `${where}.${name}` : name, visit);
  if (typeof schema.additionalProperties === 'object') walk(schema.additionalProperties, `${where}{}`, visit);
  walk(schema.items, `${where}[]`, visit);
  for (const key of ['allOf', 'anyOf', 'oneOf', 'prefixItems']) for (const part of schema[key] ?? []) walk(part, where, visit);
}

/**
 * Every value a client sends — parameters and JSON request bodies — is bounded (OWASP API4:2023,
 * applied to input, where it protects the API): strings have maxLength/enum/const (or a date/uuid
 * format), numbers a minimum and maximum, arrays maxItems, maps maxProperties.
 */
export default operationFunction(null, (operation, _options, context) => {
  const name = operationName(context.path, operation);
  const findings: { message: string; path: (string | number)[] }[] = [];
  const check = (schema: Json | undefined, subject: string, path: (string | number)[]) =>
    walk(schema, '', (node, where) => {
      const why = unbounded(node);
      if (why) findings.push({ message: `${name}: ${subject}${where ? ` field \`${where}\`` : ''} is ${why}; bound it.`, path });
    });
  for (const parameter of parametersOf(operation, pathItemOf(context))) {
    check(parameter.schema, `the ${parameter.in} parameter \`${parameter.name}\``, [...context.path, 'parameters']);
  }
  check(operation.requestBody?.content?.['application/json']?.schema, 'the request body', [...context.path, 'requestBody']);
  return findings;
});
