/** The parts of a matched operation that several rules read: its body, its responses, its security. */
// @ts-nocheck

import { resolveRef } from '@cantila/spec-model';
import type { Json, OperationPair } from './model.ts';
import { commonEntries } from './walk.ts';

export const requestBodies = ({ before, after, from, to }: OperationPair): { from: Json; to: Json } => ({
  from: resolveRef<Json>(before, from.requestBody ?? {}),
  to: resolveRef<Json>(after, to.requestBody ?? {}),
});

/** The responses both sides document, by status, resolved. */
export function* commonResponses({ before, after, from, to }: OperationPair): Generator<[status: string, from: Json, to: Json]> {
  for (const [status, a, b] of commonEntries<Json>(from.responses, to.responses))
    yield [status, resolveRef<Json>(before, a), resolveRef<Json>(after, b)];
}

export const isSuccess = (status: string): boolean => /^2/.test(status);

/** The media types `from` has and `to` has not. */
export const removedMediaTypes = (from: Json, to: Json): string[] =>
  Object.keys(from.content ?? {}).filter((type) => !(type in (to.content ?? {})));

/** The scopes an operation's security requirements name (its own, else the document's), and the schemes that accept it; public operations have neither. */
export function securityOf(spec: Json, operation: Json): { scopes: Set<string>; schemes: Set<string> } {
  const requirements: Record<string, string[]>[] = operation.security ?? spec.security ?? [];
  return {
    scopes: new Set(requirements.flatMap((requirement) => Object.values(requirement).flat())),
    schemes: new Set(requirements.flatMap((requirement) => Object.keys(requirement))),
  };
}

/** `sunset 2027-01-31, use GET /projects/{project}/v2 instead`: what a deprecated part says about its end. */
export function deprecationNote(part: Json): string {
  const sunset = typeof part['x-sunset'] === 'string' ? `sunset ${part['x-sunset']}` : 'no sunset date';
  const replacement = typeof part['x-replacement'] === 'string' ? `; use ${part['x-replacement']} instead` : '';
  return `${sunset}${replacement}`;
}
