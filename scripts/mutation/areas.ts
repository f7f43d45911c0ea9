/**
 * The areas `pnpm mutation` mutates: the runtime code that decides behaviour, each with only the tests
 * of its behaviour (no browser, packaging, type, bench or scratch-repository tests), so that a run
 * takes minutes.
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
    name: 'mock',
    title: "The mock's policy checks and stateful store (packages/mock/src/checks, packages/mock/src/store)",
    mutate: [...notTests('packages/mock/src/checks/*.ts'), ...notTests('packages/mock/src/store/*.ts')],
    tests: [
      'packages/mock/src/store/*.test.ts',
      'packages/mock/test/checks/*.test.ts',
      ...['bad-input', 'contract', 'deprecation', 'hardening', 'http-edges', 'location', 'policy', 'respond', 'seed', 'stateful'].map(
        (name) => `packages/mock/test/${name}.test.ts`,
      ),
    ],
  },
  {
    name: 'lint',
    title: 'The lint rules and their functions (spec/lint/functions, spec/lint/rules)',
    mutate: ['spec/lint/functions/*.ts', 'spec/lint/rules/*.ts'],
    tests: ['spec/lint/ruleset.test.ts'],
  },
  {
    name: 'diff',
    title: "The spec diff's rules (scripts/diff/rules)",
    mutate: [...notTests('scripts/diff/rules/*.ts'), '!scripts/diff/rules/index.ts'],
    tests: ['scripts/diff/rules.test.ts'],
  },
];
