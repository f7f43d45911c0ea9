// @ts-check
/**
 * Decorator `cantila/error-reasons`, run when the spec is bundled: the error catalogue, written from
 * the places it is stated once.
 * - On the schema with `x-cantila-code` (`ErrorReason`): the table readers see — each reason, its
 *   error code and what it means (`x-cantila-meaning`).
 * - On every operation: the `reason` of each failure it can answer, by status, from the examples of its
 *   error responses. Programs read `x-cantila-errors` (`{"409": ["quota_exceeded", …]}`); readers of
 *   the reference read the same list at the end of the operation's description.
 */

/** @typedef {Record<string, unknown>} SpecNode */
/** @typedef {{ key: string | number, resolve: (node: unknown) => { node: unknown } }} VisitContext */

/**
 * The reasons named by the examples of one response, in the order they are written.
 * @param {unknown} response
 * @param {VisitContext} ctx
 * @returns {string[]}
 */
function reasonsOf(response, ctx) {
  const content = /** @type {Record<string, SpecNode> | undefined} */ (/** @type {SpecNode} */ (ctx.resolve(response).node).content);
  const values = Object.values(content ?? {}).flatMap((media) => [
    media.example,
    ...Object.values(/** @type {object} */ (media.examples ?? {})).map(
      (example) => /** @type {SpecNode | undefined} */ (ctx.resolve(example).node)?.value,
    ),
  ]);
  const reasons = values.map((value) => /** @type {SpecNode | undefined} */ (value)?.reason).filter((reason) => typeof reason === 'string');
  return [...new Set(/** @type {string[]} */ (reasons))];
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
const isMap = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The decorator: Redocly calls it once per bundle and walks the spec with the visitor it returns. */
export default function errorReasons() {
  return {
    Schema: {
      /** @param {SpecNode} schema */
      leave(schema) {
        const codes = schema['x-cantila-code'];
        if (!isMap(codes)) return;
        const meanings = isMap(schema['x-cantila-meaning']) ? schema['x-cantila-meaning'] : {};
        const reasons = Array.isArray(schema.enum) ? schema.enum.map(String) : [];
        const undocumented = reasons.filter((reason) => typeof meanings[reason] !== 'string' || typeof codes[reason] !== 'string');
        if (undocumented.length > 0)
          throw new Error(
            `cantila/error-reasons: give ${undocumented.join(', ')} a code (x-cantila-code) and a meaning (x-cantila-meaning).`,
          );
        const rows = reasons.map((reason) => `| \`${reason}\` | \`${codes[reason]}\` | ${meanings[reason]} |`);
        const intro = typeof schema.description === 'string' ? `${schema.description.trimEnd()}\n\n` : '';
        schema.description = `${intro}| reason | code | meaning |\n|---|---|---|\n${rows.join('\n')}\n`;
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
