// @ts-nocheck
// 
/**
 * The table the decorators error-codes and error-reasons write below an enum's description: one row
 * per value, then its entry in each extension map (`x-cantila-status`, `x-cantila-meaning`, …), so a
 * fact written once for programs is shown to readers too.
 */

/** @typedef {Record<string, unknown>} SpecNode */
/** @typedef {{ title: string, extension: string, code?: boolean }} Column */

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
export const isMap = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Appends the table of `schema`'s enum to its description; throws, naming `decorator`, when a value
 * lacks an entry in one of the columns' extensions.
 * @param {SpecNode} schema
 * @param {string} decorator
 * @param {string} first the first column's title (the enum's values)
 * @param {Column[]} columns
 */
export function appendEnumTable(schema, decorator, first, columns) {
  const maps = columns.map(({ extension }) => (isMap(schema[extension]) ? schema[extension] : {}));
  const values = Array.isArray(schema.enum) ? schema.enum.map(String) : [];
  const missing = values.filter((value) => maps.some((map) => map[value] === undefined || map[value] === null));
  if (missing.length > 0) {
    const needs = columns.map(({ title, extension }) => `a ${title} (${extension})`).join(' and ');
    throw new Error(`${decorator}: give ${missing.join(', ')} ${needs}.`);
  }
  const cell = (/** @type {unknown} */ value, /** @type {boolean | undefined} */ code) => (code ? `\`${value}\`` : String(value));
  const rows = values.map((value) => `| \`${value}\` | ${columns.map((column, i) => cell(maps[i]?.[value], column.code)).join(' | ')} |`);
  const header = `| ${first} | ${columns.map((c) => c.title).join(' | ')} |\n|---|${columns.map(() => '---|').join('')}`;
  const intro = typeof schema.description === 'string' ? `${schema.description.trimEnd()}\n\n` : '';
  schema.description = `${intro}${header}\n${rows.join('\n')}\n`;
}
