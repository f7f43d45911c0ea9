/**
 * Matches the parts of two documents that rules compare: operations by method and path (path
 * parameters matched by position, not name), parameters by location and name, bodies by media type,
 * responses by status, headers by name, and schemas node by node, following `$ref`s.
 */
// @ts-nocheck

import { resolveRef, specModel } from '@cantila/spec-model';
import type { Direction, DocumentPair, Json, OperationPair, SchemaPair, Spec } from './model.ts';

const deref = <T = Json>(spec: Spec, value: unknown): T => resolveRef<T>(spec, value);

/** `/projects/{}/deploys/{}`: a path with its parameters' names erased, so a renamed path parameter is the same path. */
const pathShape = (path: string): string => path.replace(/\{[^}]*\}/g, '{}');

/** Every operation of a document by `METHOD /path`, with its parameters (its path item's merged in) resolved and keyed. */
interface OperationEntry {
  path: string;
  operation: Json;
  parameters: Map<string, Json>;
}

function operationsOf(spec: Spec): Map<string, OperationEntry> {
  return new Map(
    specModel(spec).operations.map(({ key, path, raw, parameters }) => [
      key,
      { path, operation: raw, parameters: new Map(parameters.map((parameter) => [parameterKey(parameter.raw, path), parameter.raw])) },
    ]),
  );
}

/**
 * A parameter's identity within its operation: `query region`; header names are case-insensitive; a
 * path parameter is known by its position (`path #0`), so renaming it changes nothing for a client.
 */
function parameterKey(parameter: Json, path: string): string {
  if (parameter.in === 'path') return `path #${path.match(/\{[^}]*\}/g)?.indexOf(`{${parameter.name}}`) ?? -1}`;
  return `${parameter.in} ${parameter.in === 'header' ? String(parameter.name).toLowerCase() : parameter.name}`;
}

/** `query parameter region`. */
export const parameterName = (parameter: Json): string => `${parameter.in} parameter ${parameter.name}`;

/** The operations present in both documents, keyed as in `after`, plus the keys only one side has. */
export function matchOperations({ before, after }: DocumentPair): {
  both: OperationPair[];
  removed: string[];
  added: string[];
} {
  const from = operationsOf(before);
  const to = operationsOf(after);
  const byShape = new Map([...from].map(([key, value]) => [key.replace(value.path, pathShape(value.path)), key]));
  const both: OperationPair[] = [];
  const added: string[] = [];
  const matched = new Set<string>();
  for (const [key, { path, operation, parameters }] of to) {
    const fromKey = byShape.get(key.replace(path, pathShape(path)));
    const previous = fromKey ? from.get(fromKey) : undefined;
    if (!fromKey || !previous) {
      added.push(key);
      continue;
    }
    matched.add(fromKey);
    both.push({ before, after, key, from: previous.operation, to: operation, parameters: { from: previous.parameters, to: parameters } });
  }
  return { both, added, removed: [...from.keys()].filter((key) => !matched.has(key)) };
}

/** Pairs of values present under the same key in both records; `normalise` decides what "the same key" is. */
export function* commonEntries<T>(
  from: Record<string, T> | undefined,
  to: Record<string, T> | undefined,
  normalise: (key: string) => string = (key) => key,
): Generator<[key: string, from: T, to: T]> {
  const previous = new Map(Object.entries(from ?? {}).map(([key, value]) => [normalise(key), value]));
  for (const [key, value] of Object.entries(to ?? {})) {
    const old = previous.get(normalise(key));
    if (old !== undefined) yield [key, old, value];
  }
}

interface Place {
  root: string;
  /** Whether the root is a body (its nodes are named `… property a.b`) or a parameter or header. */
  body: boolean;
  path: string;
}

const placeName = ({ root, body, path }: Place): string => (body ? (path ? `${root} property ${path}` : `${root} body`) : `${root}${path}`);

/** Every pair of schema nodes two matched operations share, in the order a reader meets them. */
export function schemaPairs(pair: OperationPair): SchemaPair[] {
  const { before, after } = pair;
  const pairs: SchemaPair[] = [];
  const seen = new Set<string>();
  const ids = new Map<object, number>();
  const idOf = (node: object): number => {
    if (!ids.has(node)) ids.set(node, ids.size);
    return ids.get(node) as number;
  };

  const visit = (fromRaw: Json | undefined, toRaw: Json | undefined, direction: Direction, place: Place): void => {
    if (!fromRaw || !toRaw) return;
    const from = deref<Json>(before, fromRaw);
    const to = deref<Json>(after, toRaw);
    if (typeof from !== 'object' || typeof to !== 'object') return;
    // A schema shared by several places (or by itself) is compared once per direction, where it is first met.
    const visitKey = `${direction} ${idOf(from)} ${idOf(to)}`;
    if (seen.has(visitKey)) return;
    seen.add(visitKey);
    const at = (path: string): Place => ({ ...place, path });
    const propertyPath = (name: string): string => (place.path ? `${place.path}.${name}` : name);
    pairs.push({
      before,
      after,
      operation: pair.key,
      direction,
      where: placeName(place),
      from,
      to,
      propertyWhere: (name) => placeName({ ...place, body: true, path: propertyPath(name) }),
    });
    for (const [name, a, b] of commonEntries<Json>(from.properties, to.properties)) visit(a, b, direction, at(propertyPath(name)));
    visit(from.items, to.items, direction, at(`${place.path}[]`));
    if (typeof from.additionalProperties === 'object' && typeof to.additionalProperties === 'object')
      visit(from.additionalProperties, to.additionalProperties, direction, at(`${place.path}{}`));
    for (const keyword of ['allOf', 'oneOf', 'anyOf'] as const) {
      const branches: Json[] = from[keyword] ?? [];
      branches.forEach((branch, index) => {
        visit(branch, to[keyword]?.[index], direction, place);
      });
    }
  };

  for (const [key, parameter] of pair.parameters.to)
    visit(pair.parameters.from.get(key)?.schema, parameter.schema, 'request', { root: parameterName(parameter), body: false, path: '' });
  const fromBody = deref<Json>(before, pair.from.requestBody ?? {});
  const toBody = deref<Json>(after, pair.to.requestBody ?? {});
  for (const [type, a, b] of commonEntries<Json>(fromBody.content, toBody.content))
    visit(a.schema, b.schema, 'request', { root: mediaRoot('request', type), body: true, path: '' });
  for (const [status, fromRaw, toRaw] of commonEntries<Json>(pair.from.responses, pair.to.responses)) {
    const from = deref<Json>(before, fromRaw);
    const to = deref<Json>(after, toRaw);
    for (const [type, a, b] of commonEntries<Json>(from.content, to.content))
      visit(a.schema, b.schema, 'response', { root: mediaRoot(`response ${status}`, type), body: true, path: '' });
    for (const [name, a, b] of commonEntries<Json>(from.headers, to.headers, (key) => key.toLowerCase()))
      visit(deref<Json>(before, a).schema, deref<Json>(after, b).schema, 'response', {
        root: `response ${status} header ${name}`,
        body: false,
        path: '',
      });
  }
  return pairs;
}

/** `response 200` for JSON, `response 200 (text/csv)` for any other media type. */
const mediaRoot = (root: string, type: string): string => (/^application\/([\w.-]+\+)?json$/.test(type) ? root : `${root} (${type})`);
