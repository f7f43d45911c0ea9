/** Server-made ids: the type prefix the spec's `id` pattern names (`prj_`, `dep_`, …) and random letters and digits. */
// @ts-nocheck

import { randomBytes } from 'node:crypto';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `length` random characters of [A-Za-z0-9]. */
export function randomAlphanumeric(length: number): string {
  // 62 × 4 = 248 < 256: bytes from 248 up are dropped so every character is equally likely.
  let text = '';
  while (text.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && text.length < length) text += alphabet[byte % 62];
    }
  }
  return text;
}

/** A new id with `prefix` (`prj_`), e.g. `prj_Q2x9TbLmW4`. */
export const newId = (prefix: string): string => `${prefix}${randomAlphanumeric(10)}`;

/** The prefix an id pattern such as `^prj_[A-Za-z0-9]+$` requires, or `undefined` when it names none. */
export function prefixOfPattern(pattern: unknown): string | undefined {
  return typeof pattern === 'string' ? /^\^([a-z]+_)\[/.exec(pattern)?.[1] : undefined;
}
