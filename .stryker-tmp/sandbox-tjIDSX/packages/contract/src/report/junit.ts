/**
 * The run's results as JUnit XML for CI: one test suite per operation, one test case per check; a
 * violation is a `<failure>`, a check that could not run is `<skipped>` with its reason.
 */
// @ts-nocheck

import type { CheckResult } from '../run.ts';

/** Whether XML 1.0 can carry the character at all (most control characters it cannot, even escaped; a server's body may hold any). */
const allowedInXml = (char: string): boolean => {
  const code = char.codePointAt(0)!;
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code !== 0xfffe && code !== 0xffff);
};

const escapeXml = (text: string): string =>
  Array.from(text, (char) => (allowedInXml(char) ? char : '\uFFFD'))
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** The JUnit document, every text passed through `redact`. */
export function junitXml(results: readonly CheckResult[], redact: (text: string) => string): string {
  const suites = new Map<string, CheckResult[]>();
  for (const result of results) suites.set(result.operation, [...(suites.get(result.operation) ?? []), result]);
  const text = (value: string): string => escapeXml(redact(value));
  const failures = results.filter((r) => r.verdict === 'fail').length;
  const skipped = results.filter((r) => r.verdict === 'not checked').length;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="cantila contract" tests="${results.length}" failures="${failures}" skipped="${skipped}">`,
  ];
  for (const [operation, cases] of suites) {
    const suiteFailures = cases.filter((c) => c.verdict === 'fail').length;
    const suiteSkipped = cases.filter((c) => c.verdict === 'not checked').length;
    lines.push(`  <testsuite name="${text(operation)}" tests="${cases.length}" failures="${suiteFailures}" skipped="${suiteSkipped}">`);
    for (const result of cases) {
      const head = `    <testcase classname="${text(operation)}" name="${text(result.check)}"`;
      if (result.verdict === 'pass') lines.push(`${head}/>`);
      else if (result.verdict === 'fail') lines.push(`${head}>`, `      <failure message="${text(result.detail)}"/>`, '    </testcase>');
      else lines.push(`${head}>`, `      <skipped message="${text(result.detail)}"/>`, '    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>', '');
  return lines.join('\n');
}
