// @ts-nocheck
// 
/**
 * Cantila's Redocly plugin, registered in redocly.yaml. Redocly loads plugins with a plain `import()`,
 * so this is JavaScript (type-checked by spec/plugins/code-samples.test.ts), not TypeScript.
 */
import codeSamples from './code-samples.js';
import errorCodes from './error-codes.js';
import errorReasons from './error-reasons.js';
import evolutionNotes from './evolution-notes.js';

/** The plugin: its decorators run whenever Redocly bundles the spec (`pnpm bundle`, `redocly build-docs`). */
export default function cantilaPlugin() {
  return {
    id: 'cantila',
    decorators: {
      oas3: {
        'code-samples': codeSamples,
        'error-codes': errorCodes,
        'error-reasons': errorReasons,
        'evolution-notes': evolutionNotes,
      },
    },
  };
}
