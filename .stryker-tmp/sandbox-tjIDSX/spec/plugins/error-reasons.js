// @ts-nocheck
// 
/**
 * Decorator `cantila/error-reasons`, run when the spec is bundled: the error catalogue, written from
 * the places it is stated once.
 * - On the schema with `x-cantila-code` (`ErrorReason`): the table readers see — each reason, its
 *   error code and what it means (`x-cantila-meaning`).
 * - On every operation: the `reason` of each failure it can answer, by status, from the examples of its
 *   error responses. Programs read `x-cantila-errors` (`{"409": ["quota_exceeded", …]}`); readers of
 *   the reference read the same list at the end of the operation's description.
 */

import { appendEnumTable, isMap } from './enum-table.js';

/** @typedef {Record<string, unknown>} SpecNode */
/** @typedef {{ key: string | number, resolve: (node: unknown, from?: string) => { node: unknown, location?: { source: { absoluteRef: string } } } }} VisitContext */

/**
 * The reasons named by the examples of one response, in the order they are written. An example's
 * `$ref` is resolved from the file of the response that holds it (a shared response's examples are
 * relative to spec/components/responses/).
 * @param {unknown} response
 * @param {VisitContext} ctx
 * @returns {string[]}
 */
function reasonsOf(response, ctx) {
  const resolved = ctx.resolve(response);
  const from = resolved.location?.source.absoluteRef;
  const content = /** @type {Record<string, SpecNode> | undefined} */ (/** @type {SpecNode} */ (resolved.node).content);
  const values = Object.values(content ?? {}).flatMap((media) => [
    media.example,
    ...Object.values(/** @type {object} */ (media.examples ?? {})).map(
      (example) => /** @type {SpecNode | undefined} */ (ctx.resolve(example, from).node)?.value,
    ),
  ]);
  const reasons = values.map((value) => /** @type {SpecNode | undefined} */ (value)?.reason).filter((reason) => typeof reason === 'string');
  return [...new Set(/** @type {string[]} */ (reasons))];
}

/** The decorator: Redocly calls it once per bundle and walks the spec with the visitor it returns. */
export default function errorReasons() {
  return {
    Schema: {
      /** @param {SpecNode} schema */
      leave(schema) {
        if (!isMap(schema['x-cantila-code'])) return;
        appendEnumTable(schema, 'cantila/error-reasons', 'reason', [
          { title: 'code', extension: 'x-cantila-code', code: true },
          { title: 'meaning', extension: 'x-cantila-meaning' },
        ]);
      },
    },
    Operation: {
      /**
       * @param {SpecNode} operation
       * @param {VisitContext} ctx
       */
      leave(operation, ctx) {
        const responses = /** @type {Record<string, unknown>} */ (operation.responses ?? {});
        /** @type {Record<string, string[]>} */
        const byStatus = {};
        for (const [status, response] of Object.entries(responses)) {
          const reasons = reasonsOf(response, ctx);
          if (reasons.length > 0) byStatus[status] = reasons;
        }
        if (Object.keys(byStatus).length === 0) return;
        operation['x-cantila-errors'] = byStatus;
        const lines = Object.entries(byStatus).map(
          ([status, reasons]) => `- ${status === 'default' ? 'other statuses' : status}: ${reasons.map((r) => `\`${r}\``).join(', ')}`,
        );
        const description = typeof operation.description === 'string' ? operation.description.trimEnd() : '';
        operation.description = `${description}\n\n**Errors** — the \`reason\` of each failure it can answer (see \`ErrorReason\`):\n\n${lines.join('\n')}\n`;
      },
    },
  };
}
