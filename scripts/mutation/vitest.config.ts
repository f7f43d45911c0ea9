/**
 * The vitest config of a `pnpm mutation` run: the repository's, with only the tests of the area named by
 * CANTILA_MUTATION_AREA. (Not Stryker's `testFiles`: with it, Stryker 10 switches a mutant of code that
 * runs when a module loads on only after the module has loaded, so every such mutant survives —
 * stryker-js#6144.)
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import repository from '../../vitest.config.ts';
import { areas } from './areas.ts';

const area = areas.find(({ name }) => name === process.env.CANTILA_MUTATION_AREA);
if (!area)
  throw new Error(`scripts/mutation/vitest.config.ts: CANTILA_MUTATION_AREA names no area (${process.env.CANTILA_MUTATION_AREA}).`);

export default defineConfig({
  test: {
    ...repository.test,
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: area.tests,
    // Each file loads its modules afresh, so that a mutant of code run when a module loads is switched on.
    isolate: true,
    reporters: ['default'],
    outputFile: {},
  },
});
