/**
 * The areas `pnpm mutation` mutates: the runtime code that decides behaviour, each with only the tests
 * of its behaviour (no browser, packaging, type, bench or scratch-repository tests, nor the mock's
 * broad sweeps — the contract, generated bad input, hardening — which start whole servers for each
 * mutant), so that a run takes minutes.
 */
import { behaviourTests as clientTests } from '../../packages/client/scripts/behaviour-tests.ts';

export interface Area {
  /** What `pnpm mutation <name>` calls it. */
  name: string;
  title: string;
  /** Globs of the files mutated. */
  mutate: string[];
  /** Globs of the test files run against each mutant. */
  tests: string[];
  /**
   * Leaves out the mutants of code that runs once, when a module loads (tables, constants): each one
   * needs every test run again with its modules loaded afresh, which for the mock, whose tests start
   * whole servers or load the spec, or the lint rules, whose test lints every fixture, would take most of the run (474
   * of the mock's 1,900 mutants, 63% of the time; most of the lint rules' definitions). They are counted in the report as not run.
   */
  ignoreStatic?: boolean;
}

const notTests = (glob: string): string[] => [glob, '!**/*.test.ts'];

export const areas: Area[] = [
  {
    name: 'client',
    title: "The client's core (packages/client/src/core)",
    mutate: [...notTests('packages/client/src/core/*.ts'), '!packages/client/src/core/types.ts'],
    tests: clientTests,
  },
  {
    name: 'mock-checks',
    title: "The mock's policy checks (packages/mock/src/checks)",
    mutate: notTests('packages/mock/src/checks/*.ts'),
    // The checks' in-process tests, which ask the policy layer without a server and import Prism only
    // where a request gets through to it: test/checks/ starts a whole mock (Prism loaded afresh) in each
    // file, ~8 s of every mutant's run.
    tests: ['packages/mock/src/checks/*.test.ts'],
    ignoreStatic: true,
  },
  {
    name: 'mock-store',
    title: "The mock's stateful store (packages/mock/src/store)",
    mutate: notTests('packages/mock/src/store/*.ts'),
    // The store's own unit tests: each sends the store requests in-process (test/support/store.ts), so a
    // mutant costs a second or so. The mock's tests that reach the store through a whole server
    // (stateful, model, seed) would cost ten times that per mutant.
    tests: ['packages/mock/src/store/*.test.ts'],
    // Its static mutants each need every test file run again with the spec loaded afresh: with the
    // resource table among them (read when a test file loads), 391 of 1,610, which Stryker put at 57% of
    // the run's time, most of an hour on this machine. resources.test.ts reads the table inside its tests
    // too, so the table's mutants run with those tests alone; the rest (78: the lifecycle steps, the
    // unique fields and quotas, a few constants) are not run.
    ignoreStatic: true,
  },
  {
    name: 'lint',
    title: 'The lint rules and their functions (spec/lint/functions, spec/lint/rules)',
    mutate: ['spec/lint/functions/*.ts', 'spec/lint/rules/*.ts'],
    tests: ['spec/lint/ruleset.test.ts'],
    ignoreStatic: true,
  },
  {
    name: 'diff',
    title: "The spec diff's rules (scripts/diff/rules)",
    mutate: [...notTests('scripts/diff/rules/*.ts'), '!scripts/diff/rules/index.ts'],
    tests: ['scripts/diff/rules.test.ts'],
  },
];
