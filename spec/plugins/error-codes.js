// @ts-check
/**
 * Decorator `cantila/error-codes`: appends to the description of every schema with `x-cantila-status`
 * (the `ErrorCode` enum) the table readers see in the docs — each code, its HTTP status and what it
 * means (`x-cantila-meaning`) — so the statuses are written once, where programs read them.
 */

/** @typedef {Record<string, unknown>} SpecNode */

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
const isMap = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The decorator: Redocly calls it once per bundle and walks the spec with the visitor it returns. */
export default function errorCodes() {
  return {
    Schema: {
      /** @param {SpecNode} schema */
      leave(schema) {
        const statuses = schema['x-cantila-status'];
        if (!isMap(statuses)) return;
        const meanings = /** @type {Record<string, unknown>} */ (isMap(schema['x-cantila-meaning']) ? schema['x-cantila-meaning'] : {});
        const codes = Array.isArray(schema.enum) ? schema.enum.map(String) : [];
        const undocumented = codes.filter((code) => typeof meanings[code] !== 'string' || !(code in statuses));
        if (undocumented.length > 0) {
          throw new Error(
            `cantila/error-codes: give ${undocumented.join(', ')} a status (x-cantila-status) and a meaning (x-cantila-meaning).`,
          );
        }
        const rows = codes.map((code) => `| \`${code}\` | ${statuses[code]} | ${meanings[code]} |`);
        const intro = typeof schema.description === 'string' ? `${schema.description.trimEnd()}\n\n` : '';
        schema.description = `${intro}| code | status | meaning |\n|---|---|---|\n${rows.join('\n')}\n`;
      },
    },
  };
}
