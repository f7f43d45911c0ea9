// @ts-nocheck
// 
/**
 * Decorator `cantila/error-codes`: appends to the description of every schema with `x-cantila-status`
 * (the `ErrorCode` enum) the table readers see in the docs — each code, its HTTP status and what it
 * means (`x-cantila-meaning`) — so the statuses are written once, where programs read them.
 */

import { appendEnumTable, isMap } from './enum-table.js';

/** @typedef {Record<string, unknown>} SpecNode */

/** The decorator: Redocly calls it once per bundle and walks the spec with the visitor it returns. */
export default function errorCodes() {
  return {
    Schema: {
      /** @param {SpecNode} schema */
      leave(schema) {
        if (!isMap(schema['x-cantila-status'])) return;
        appendEnumTable(schema, 'cantila/error-codes', 'code', [
          { title: 'status', extension: 'x-cantila-status' },
          { title: 'meaning', extension: 'x-cantila-meaning' },
        ]);
      },
    },
  };
}
