/** JSON pointers and local `$ref`s in an OpenAPI document. */
// @ts-nocheck

import { SpecError } from './errors.ts';

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `#/components/schemas/A~1B` → `['components', 'schemas', 'A/B']`. */
export function pointerParts(pointer: string): string[] {
  if (pointer === '#' || pointer === '#/') return [];
  if (!pointer.startsWith('#/')) throw new SpecError(`$ref ${pointer} is not a local reference (#/…): bundle the spec first`);
  return pointer
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `['paths', '/projects', 'get']` → `#/paths/~1projects/get`. */
export const pointerOf = (parts: readonly (string | number)[]): string =>
  `#${parts.map((part) => `/${String(part).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')}`;

/** The value at a local pointer, or `undefined` where nothing is. */
export function valueAt(document: unknown, pointer: string): unknown {
  let node = document;
  for (const part of pointerParts(pointer)) {
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/**
 * `value` with its `$ref` followed, and the reference it reaches followed in turn, until a value that
 * is not a reference. Throws a SpecError naming the chain on a reference that points nowhere or that
 * comes back to itself, so no reader loops on a circular document.
 */
export function resolveRef<T = Json>(document: unknown, value: unknown): T {
  let current = value;
  const seen: string[] = [];
  while (isObject(current) && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (seen.includes(ref)) throw new SpecError(`$ref ${[...seen, ref].join(' → ')} goes round in a circle`);
    seen.push(ref);
    current = valueAt(document, ref);
    if (current === undefined) throw new SpecError(`$ref ${ref} points nowhere${seen.length > 1 ? ` (reached from ${seen[0]})` : ''}`);
  }
  return current as T;
}
