// @ts-nocheck
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../run.ts';
import { junitXml } from './junit.ts';
import { resultTable } from './table.ts';

const results: CheckResult[] = [
  { operation: 'GET /me', check: 'answers 200', verdict: 'pass', detail: '' },
  { operation: 'GET /me', check: 'no credential → 401', verdict: 'fail', detail: 'answered 200 <b>"&\u0000\u001b</b> for sk_live_leaked' },
  { operation: 'GET /keys', check: 'deploy key → 403', verdict: 'not checked', detail: 'no --deploy-key given' },
];
const redactKey = (text: string): string => text.replace('sk_live_leaked', '[redacted]');

describe('the JUnit report', () => {
  const xml = junitXml(results, redactKey);

  it('has one suite per operation and one case per check, with the totals', () => {
    expect(xml).toContain('<testsuites name="cantila contract" tests="3" failures="1" skipped="1">');
    expect(xml).toContain('<testsuite name="GET /me" tests="2" failures="1" skipped="0">');
    expect(xml).toContain('<testcase classname="GET /keys" name="deploy key → 403">\n      <skipped message="no --deploy-key given"/>');
  });

  it("escapes a server's text, drops what XML cannot carry, and redacts", () => {
    expect(xml).toContain('<failure message="answered 200 &lt;b&gt;&quot;&amp;\uFFFD\uFFFD&lt;/b&gt; for [redacted]"/>');
  });
});

describe('the table', () => {
  it('groups the checks by operation, marks violations, ends with the totals, and redacts', () => {
    const table = resultTable(results, redactKey);
    expect(table).toContain('\nGET /me\n  pass         answers 200\n  FAIL         no credential → 401  answered 200');
    expect(table).toContain('\nGET /keys\n  not checked  deploy key → 403     no --deploy-key given\n');
    expect(table.endsWith('\n3 checks: 1 passed, 1 violation, 1 not checked\n')).toBe(true);
    expect(table).not.toContain('sk_live_leaked');
  });
});
