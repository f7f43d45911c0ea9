/** The run's results as a table for a terminal: one block per operation, one line per check, then the totals. */
// @ts-nocheck

import type { CheckResult } from '../run.ts';

const label = { pass: 'pass', fail: 'FAIL', 'not checked': 'not checked' } as const;

/** The table, every line passed through `redact`. */
export function resultTable(results: readonly CheckResult[], redact: (text: string) => string): string {
  const width = Math.max(...results.map((r) => r.check.length), 5);
  const lines: string[] = [];
  let operation: string | undefined;
  for (const result of results) {
    if (result.operation !== operation) {
      operation = result.operation;
      lines.push('', operation);
    }
    const detail = result.detail ? `  ${result.detail}` : '';
    lines.push(`  ${label[result.verdict].padEnd(11)}  ${result.check.padEnd(width)}${detail}`.trimEnd());
  }
  lines.push('', summary(results));
  return redact(`${lines.join('\n')}\n`);
}

/** `214 checks: 180 passed, 3 violations, 31 not checked`. */
export function summary(results: readonly CheckResult[]): string {
  const count = (verdict: CheckResult['verdict']): number => results.filter((r) => r.verdict === verdict).length;
  const failed = count('fail');
  return `${results.length} checks: ${count('pass')} passed, ${failed} violation${failed === 1 ? '' : 's'}, ${count('not checked')} not checked`;
}
