/** The run's results: one entry per check of an operation, in the order they ran. */
// @ts-nocheck

import { expectStatus, type Exchange } from './checks.ts';
import type { Answer } from './send.ts';
import type { Operation } from './spec.ts';

export type Verdict = 'pass' | 'fail' | 'not checked';

/** One check of one operation. */
export interface CheckResult {
  /** `GET /projects/{project}`, or `(run)` for the run as a whole. */
  operation: string;
  check: string;
  verdict: Verdict;
  /** What was wrong, or why it was not checked; `''` on a pass. */
  detail: string;
}

export class Results {
  readonly all: CheckResult[] = [];

  /** A pass when there are no `problems`, else a violation listing them. */
  record(operation: Operation | string, check: string, problems: readonly string[]): void {
    const name = typeof operation === 'string' ? operation : operation.key;
    this.all.push({ operation: name, check, verdict: problems.length === 0 ? 'pass' : 'fail', detail: problems.join('; ') });
  }

  notChecked(operation: Operation, check: string, why: string): void {
    this.all.push({ operation: operation.key, check, verdict: 'not checked', detail: why });
  }

  /** Records whether `answer` is what `op` documents with the status `expected`; returns the exchange, if one came. */
  judge(op: Operation, check: string, answer: Answer, expected: number): Exchange | undefined {
    if ('failure' in answer) {
      this.record(op, check, [`no answer: ${answer.failure}`]);
      return undefined;
    }
    this.record(op, check, expectStatus(op, answer, expected));
    return answer;
  }

  /** Whether `operation` has a result for a check whose name passes `test`. */
  has(operation: Operation, test: (check: string) => boolean): boolean {
    return this.all.some((r) => r.operation === operation.key && test(r.check));
  }
}
