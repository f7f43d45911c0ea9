// @ts-nocheck
export { runContract, type CheckResult, type Verdict } from './run.ts';
export { readTarget, type Target } from './target.ts';
export { junitXml } from './report/junit.ts';
export { resultTable, summary } from './report/table.ts';
