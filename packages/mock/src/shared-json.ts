/**
 * JSON that holds each repeated object, array or long string once. Prism's operation table repeats the
 * same schemas in every operation (the Error schema, with its descriptions, in each error response), so
 * as plain JSON it grows with operations × schemas: 129 MB at ten times today's surface, and reading it
 * was most of the mock's start-up. Packed, a repeated subtree is written once and referred to by index;
 * unpacked, its occurrences are one object, as a dereferenced `$ref` is.
 *
 * A reference is an object whose only key is NUL: `{"\u0000": 3}`. A key of the value that starts with
 * NUL gets one more in front, so no value is ever read as a reference.
 */

export interface Packed {
  /** The repeated subtrees and strings, each after those it contains. */
  shared: unknown[];
  value: unknown;
}

const mark = '\u0000';
/** Shorter subtrees and strings are cheaper written again than referred to (`{"\u0000":123}`). */
const minSharedLength = 32;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

type Node =
  | { kind: 'primitive'; value: Json; length: number; count: number }
  | { kind: 'array' | 'object'; keys: string[]; children: number[]; length: number; count: number };

/** Packs `value` (a JSON value: no cycles; `undefined` properties are left out, as JSON.stringify does). */
export function pack(value: unknown): Packed {
  // Each distinct subtree gets an id from its shape (its keys and its children's ids), so equal subtrees meet.
  const idOfShape = new Map<string, number>();
  const idOfObject = new Map<object, number>();
  const nodes: Node[] = [];
  const intern = (v: Json): number => {
    const known = typeof v === 'object' && v !== null ? idOfObject.get(v) : undefined;
    if (known !== undefined) {
      nodes[known]!.count++;
      return known;
    }
    let shape: string;
    let node: Node;
    if (typeof v === 'object' && v !== null) {
      const keys = Array.isArray(v) ? [] : Object.keys(v).filter((k) => v[k] !== undefined);
      const children = Array.isArray(v) ? v.map(intern) : keys.map((k) => intern(v[k]!));
      const kind = Array.isArray(v) ? 'array' : 'object';
      shape = `${kind}${JSON.stringify(keys)}${children.join(',')}`;
      // Its JSON's length, near enough: brackets, each child and its comma, each key with quotes and colon.
      const length = 2 + children.reduce((sum, id) => sum + nodes[id]!.length + 1, 0) + keys.reduce((sum, k) => sum + k.length + 3, 0);
      node = { kind, keys, children, length, count: 0 };
    } else {
      shape = JSON.stringify(v);
      node = { kind: 'primitive', value: v, length: shape.length, count: 0 };
    }
    let id = idOfShape.get(shape);
    if (id === undefined) {
      id = nodes.push(node) - 1;
      idOfShape.set(shape, id);
    }
    nodes[id]!.count++;
    if (typeof v === 'object' && v !== null) idOfObject.set(v, id);
    return id;
  };
  const root = intern(value as Json);

  const shared: unknown[] = [];
  const indexOf = new Map<number, number>();
  const write = (id: number): unknown => {
    const node = nodes[id]!;
    if (node.kind === 'primitive') return node.value;
    if (node.kind === 'array') return node.children.map(refer);
    return Object.fromEntries(node.keys.map((k, i) => [k.startsWith(mark) ? `${mark}${k}` : k, refer(node.children[i]!)]));
  };
  const refer = (id: number): unknown => {
    const node = nodes[id]!;
    if (node.count < 2 || node.length < minSharedLength) return write(id);
    let index = indexOf.get(id);
    if (index === undefined) {
      index = shared.push(write(id)) - 1;
      indexOf.set(id, index);
    }
    return { [mark]: index };
  };
  return { shared, value: write(root) };
}

/** The value `pack` packed, each repeated subtree one object. Throws on a reference to no subtree. */
export function unpack(packed: Packed): unknown {
  const done: unknown[] = [];
  const revive = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = revive(v[i]);
      return v;
    }
    const keys = Object.keys(v);
    const record = v as Record<string, unknown>;
    if (keys.length === 1 && keys[0] === mark) {
      const index = record[mark];
      if (typeof index !== 'number' || !(index in done))
        throw new Error(`packed JSON refers to shared subtree ${String(index)}, which it lacks`);
      return done[index];
    }
    // Built as JSON.parse builds objects, so a key `__proto__` stays a key.
    return Object.fromEntries(keys.map((k) => [k.startsWith(mark) ? k.slice(1) : k, revive(record[k])]));
  };
  if (!Array.isArray(packed.shared)) throw new Error('packed JSON has no list of shared subtrees');
  for (const subtree of packed.shared) done.push(revive(subtree));
  return revive(packed.value);
}
