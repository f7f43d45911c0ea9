/** Reading schemas the way the rules compare them: their types (nullability included), enums and properties. */
import type { Json } from './model.ts';

/** The schema's types, `null` included when it is nullable (3.1 `type: [x, 'null']`, 3.0 `nullable`, or a `oneOf` with a null branch). */
export function typesOf(schema: Json): Set<string> {
  const types = new Set<string>([schema.type ?? []].flat());
  if (schema.nullable === true) types.add('null');
  for (const branch of [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) if (branch?.type === 'null') types.add('null');
  return types;
}

export const isNullable = (schema: Json): boolean => typesOf(schema).has('null');

/** The allowed values of an enum (or a `const`), or undefined when the schema takes any value of its type. */
export function enumOf(schema: Json): unknown[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum.filter((value: unknown) => value !== null);
  if ('const' in schema) return [schema.const];
  return undefined;
}

export const requiredOf = (schema: Json): Set<string> => new Set<string>(Array.isArray(schema.required) ? schema.required : []);

/** A schema's properties by name, on no prototype: `name in` finds only the schema's own (not `constructor`). */
export const propertiesOf = (schema: Json): Record<string, Json> => ({ __proto__: null, ...schema.properties });

/** The values of `values` that are not in `among`, quoted for a message: `"archived", "paused"`. */
export function missingFrom(values: readonly unknown[], among: readonly unknown[]): string[] {
  const present = new Set(among.map((value) => JSON.stringify(value)));
  return values.map((value) => JSON.stringify(value)).filter((value) => !present.has(value));
}

/** Whether the enum is declared open to new values (`x-extensible-enum: true`): clients must expect values they do not know. */
export const isExtensible = (schema: Json): boolean => schema['x-extensible-enum'] === true;

/** The values an enum gained, quoted; none when either side is not an enum. */
export function enumAdditions(from: Json, to: Json): string[] {
  const was = enumOf(from);
  const now = enumOf(to);
  return was && now ? missingFrom(now, was) : [];
}
