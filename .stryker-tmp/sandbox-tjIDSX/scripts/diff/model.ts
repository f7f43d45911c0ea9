/**
 * The vocabulary of the spec diff: what a change is, how it is classified, and what a rule looks at.
 * Rules (one per file in rules/) see pairs of matched parts of the two documents: the whole document,
 * one operation, or one schema node; the walk (walk.ts) matches them.
 */
// @ts-nocheck


/** breaking → a major release; non-breaking → minor; docs → patch. */
export type ChangeClass = 'breaking' | 'non-breaking' | 'docs';

export interface Change {
  rule: string;
  class: ChangeClass;
  /** `DELETE /projects/{project}`, or `Guides` for a change outside any operation. */
  operation: string;
  /** `operation removed`, `new required query parameter region`: plain words, naming where. */
  message: string;
}

/** What a rule reports; the diff adds the rule's id and class. */
export interface Finding {
  operation: string;
  message: string;
}

// Schemas are walked field by field; a loose type keeps the rules short.
export type Json = Record<string, any>;
/** An OpenAPI document, as parsed. */
export type Spec = Json;

export interface DocumentPair {
  before: Spec;
  after: Spec;
}

export interface OperationPair extends DocumentPair {
  /** `GET /projects`. */
  key: string;
  /** The operations as written (their `parameters` unresolved). */
  from: Json;
  to: Json;
  /** Each side's parameters, its path item's merged in, resolved, keyed by location and name (`query region`, `path #0`). */
  parameters: { from: Map<string, Json>; to: Map<string, Json> };
}

/** Which way a value travels: what a client sends (request) or receives (response). */
export type Direction = 'request' | 'response';

export interface SchemaPair extends DocumentPair {
  operation: string;
  direction: Direction;
  /** Where the schema sits, in words: `request property name`, `response 200 property data[].status`, `query parameter region`. */
  where: string;
  /** The schemas, `$ref`s resolved. */
  from: Json;
  to: Json;
  /** How to name a property of this schema (`request property data[].name`). */
  propertyWhere(name: string): string;
}

export interface Rule {
  id: string;
  class: ChangeClass;
  /** One line for the README's table: when the rule fires. */
  summary: string;
  document?(pair: DocumentPair): Finding[];
  operation?(pair: OperationPair): Finding[];
  schema?(pair: SchemaPair): Finding[];
}

/** `GET /projects: new required query parameter region`: how a change is printed everywhere. */
export const describeChange = (change: Change): string => `${change.operation}: ${change.message}`;
