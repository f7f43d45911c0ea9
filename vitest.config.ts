import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'spec/**/*.test.ts',
      'scripts/**/*.test.ts',
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'docs/**/*.test.ts',
      'examples/*/*.test.ts',
    ],
    exclude: ['**/node_modules/**', '**/dist/**'],
    // Test files share their worker's modules instead of importing Prism, Spectral and the spec afresh
    // each (pnpm test spent most of its time importing); no test depends on a module's first load.
    isolate: false,
    // Two workers even on 2 cores (vitest would use one): many tests wait on processes they start (the
    // mock, Chromium, tsc, pnpm in a scratch copy), and the other worker runs meanwhile. 232 s → 177 s here.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // .ci/run counts passes and failures from this file; the console keeps vitest's own output.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
