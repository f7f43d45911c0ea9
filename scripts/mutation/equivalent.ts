/**
 * Surviving mutants no test can kill because they change nothing anyone can observe, each with why.
 * A mutant is named by its file, Stryker's mutator, the code it replaces and what it puts instead (not
 * by line, so that edits elsewhere in the file keep the name). docs/mutation.md lists each survivor with
 * its line from here, or as not yet killed; a line here that no survivor matches any more is reported
 * by `pnpm mutation` as stale.
 */
export interface Equivalent {
  file: string;
  mutator: string;
  original: string;
  replacement: string;
  why: string;
}

export const equivalents: Equivalent[] = [
  {
    file: 'packages/client/src/core/errors.ts',
    mutator: 'EqualityOperator',
    original: 'status >= 500',
    replacement: 'status > 500',
    why: "500 has a code of its own in the spec's ErrorCode table (statusCodes), so the fallback code is never asked for it",
  },
  {
    file: 'packages/client/src/core/timeout.ts',
    mutator: 'ObjectLiteral',
    original: '{ once: true }',
    replacement: '{}',
    why: 'release(), which every attempt calls when it ends (transport.ts, finally), removes the listener whether or not it ran; and an AbortSignal aborts once, so a listener left on it never runs again',
  },
  {
    file: 'packages/client/src/core/timeout.ts',
    mutator: 'BooleanLiteral',
    original: 'true',
    replacement: 'false',
    why: 'release(), which every attempt calls when it ends (transport.ts, finally), removes the listener whether or not it ran; and an AbortSignal aborts once, so a listener left on it never runs again',
  },
  {
    file: 'packages/client/src/core/timeout.ts',
    mutator: 'OptionalChaining',
    original: 'caller?.reason',
    replacement: 'caller.reason',
    why: "follow only listens on the caller's signal, so it runs only when there is one",
  },
  {
    file: 'packages/client/src/core/timeout.ts',
    mutator: 'OptionalChaining',
    original: 'signal?.reason',
    replacement: 'signal.reason',
    why: 'onAbort only listens on the signal, so it runs only when there is one',
  },
  {
    file: 'packages/mock/src/checks/credential.ts',
    mutator: 'ConditionalExpression',
    original: "found.kind === 'session'",
    replacement: 'true',
    why: "a key's secret starts sk_ (resolveCredential takes no other), and the session book answers 'not issued' for any value but its ses_ tokens, so looking a key up changes nothing",
  },
  {
    file: 'packages/mock/src/checks/scope.ts',
    mutator: 'ConditionalExpression',
    original: 'operation.scope === null',
    replacement: 'false',
    why: 'the credential check sets a credential only for an operation with a scope, so for one without, !credential holds already',
  },
  {
    file: 'packages/mock/src/checks/scope.ts',
    mutator: 'LogicalOperator',
    original: '!credential || operation.scope === null',
    replacement: '!credential && operation.scope === null',
    why: 'the credential check sets a credential for every operation with a scope that it lets on, so there is no credential exactly when the operation has no scope: both conditions hold together or not at all',
  },
  {
    file: 'scripts/diff/rules/path-parameter-renamed.ts',
    mutator: 'OptionalChaining',
    original: 'parameters.from.get(position)?.name',
    replacement: 'parameters.from.get(position).name',
    why: 'the filter has just checked parameters.from.has(position), so the parameter is there',
  },
  {
    file: 'scripts/diff/rules/scope-raised.ts',
    mutator: 'MethodExpression',
    original: 'Math.max(...[...scopes].map((scope) => order.indexOf(scope)))',
    replacement: 'Math.min(...[...scopes].map(scope => order.indexOf(scope)))',
    why: "the spec model refuses an operation whose security names more than one scope (SpecError), so an operation's scopes before and after are one scope or none: the highest of one rank is the lowest",
  },
  {
    file: 'scripts/diff/rules/scope-raised.ts',
    mutator: 'EqualityOperator',
    original: 'rank(now) > rank(was)',
    replacement: 'rank(now) >= rank(was)',
    why: "the spec model refuses an operation whose security names more than one scope (SpecError), so an operation's scopes before and after are one scope or none: two different single scopes have the same rank only when neither is in the Scope enum, and then the next test (a scope outside the enum) raises it anyway",
  },
  {
    file: 'scripts/diff/rules/scope-raised.ts',
    mutator: 'MethodExpression',
    original: '[...now].some((scope) => !order.includes(scope))',
    replacement: '[...now].every(scope => !order.includes(scope))',
    why: "the spec model refuses an operation whose security names more than one scope (SpecError), so an operation's scopes before and after are one scope or none: for one scope, some is every",
  },
  {
    file: 'scripts/diff/rules/scope-raised.ts',
    mutator: 'StringLiteral',
    original: "', '",
    replacement: '""',
    why: "the spec model refuses an operation whose security names more than one scope (SpecError), so an operation's scopes before and after are one scope or none: joining one scope uses no separator",
  },
];
