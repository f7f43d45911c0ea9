/**
 * Prints the plain closing line CI reads, `N passed, N failed` (`, N skipped` when any were), from
 * vitest's JSON report. Exits non-zero when any test failed or no report exists.
 */
// @ts-nocheck

import { readFile } from 'node:fs/promises';

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  success: boolean;
}

const reportPath = process.argv[2] ?? 'test-results/vitest.json';

try {
  const report = JSON.parse(await readFile(reportPath, 'utf8')) as VitestReport;
  const skipped = report.numPendingTests + report.numTodoTests;
  console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
  process.exit(report.numFailedTests === 0 && report.success ? 0 : 1);
} catch (error) {
  console.error(
    `no test report at ${reportPath}: the test command stopped before vitest wrote one (${error instanceof Error ? error.message : String(error)})`,
  );
  process.exit(1);
}
