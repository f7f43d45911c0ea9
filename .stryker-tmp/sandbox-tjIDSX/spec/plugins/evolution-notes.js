// @ts-nocheck
// 
/**
 * Decorator `cantila/evolution-notes`: says in the reference what the spec's evolution marks mean, so
 * a reader sees them where they read. A deprecated operation, parameter or property gets a first line
 * with its sunset date and replacement (`x-sunset`, `x-replacement`); an enum that may grow
 * (`x-extensible-enum: true`) gets a last line telling clients to handle values they do not know.
 */

/** @typedef {Record<string, unknown>} SpecNode */

const extensibleNote =
  'More values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).';

/** @param {SpecNode} node */
const deprecationNote = (node) =>
  `**Deprecated**: stops working on ${String(node['x-sunset'])}; use ${String(node['x-replacement'])} instead.`;

/** @param {SpecNode} node */
function noteDeprecation(node) {
  if (node.deprecated !== true) return;
  const note = deprecationNote(node);
  const description = typeof node.description === 'string' ? node.description : '';
  if (!description.startsWith(note)) node.description = description ? `${note}\n\n${description}` : note;
}

/** @param {SpecNode} schema */
function noteExtensibleEnum(schema) {
  if (schema['x-extensible-enum'] !== true) return;
  const description = typeof schema.description === 'string' ? schema.description.trimEnd() : '';
  if (!description.endsWith(extensibleNote)) schema.description = description ? `${description}\n\n${extensibleNote}` : extensibleNote;
}

/** The decorator: Redocly calls it once per bundle and walks the spec with the visitor it returns. */
export default function evolutionNotes() {
  return {
    Operation: { leave: noteDeprecation },
    Parameter: { leave: noteDeprecation },
    Schema: {
      /** @param {SpecNode} schema */
      leave(schema) {
        noteDeprecation(schema);
        noteExtensibleEnum(schema);
      },
    },
  };
}
