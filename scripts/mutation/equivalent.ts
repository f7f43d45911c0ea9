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
    file: 'packages/client/src/core/auth.ts',
    mutator: 'ObjectLiteral',
    original: '{ headers: {}, credentials: undefined }',
    replacement: '{}',
    why: "openapi-fetch's mergeHeaders skips a missing headers object as it does an empty one, and a missing credentials reads as undefined",
  },
  {
    file: 'packages/client/src/core/client.ts',
    mutator: 'ConditionalExpression',
    original: 'this.#middleware.length',
    replacement: 'true',
    why: "openapi-fetch's use() given no middleware adds none",
  },
  {
    file: 'packages/client/src/core/client.ts',
    mutator: 'ConditionalExpression',
    original: 'timeout === undefined && totalTimeout === undefined && maxRetries === undefined',
    replacement: 'false',
    why: 'invalidNumber finds nothing wrong with three undefined values: the test only spares a call that work',
  },
  {
    file: 'packages/client/src/core/client.ts',
    mutator: 'StringLiteral',
    original: "'{'",
    replacement: '""',
    why: 'invalidPathParameter finds no parameter to check in a path without one: the test only spares a call that work',
  },
  {
    file: 'packages/client/src/core/idempotency.ts',
    mutator: 'ConditionalExpression',
    original: "typeof crypto.randomUUID === 'function'",
    replacement: 'false',
    why: 'built on crypto.getRandomValues the key is a fresh version 4 UUID as well (idempotency.test.ts checks that way on its own); randomUUID is only the shorter way to one',
  },
  {
    file: 'packages/client/src/core/idempotency.ts',
    mutator: 'StringLiteral',
    original: "'function'",
    replacement: '""',
    why: 'built on crypto.getRandomValues the key is a fresh version 4 UUID as well (idempotency.test.ts checks that way on its own); randomUUID is only the shorter way to one',
  },
  {
    file: 'packages/client/src/core/retry.ts',
    mutator: 'StringLiteral',
    original: "''",
    replacement: '"Stryker was here!"',
    why: 'an absent Retry-After read as that text is, like the empty text, neither digits nor a date (Date.parse gives NaN): no wait is read from it',
  },
  {
    file: 'packages/client/src/core/scope.ts',
    mutator: 'ConditionalExpression',
    original: 'needed === null',
    replacement: 'false',
    why: "a public operation needs null, and scopes.indexOf(null) is -1, which every scope's rank (0 or more) passes anyway",
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
    file: 'packages/client/src/core/transport.ts',
    mutator: 'ConditionalExpression',
    original: "length >= 0 && !headers.has('content-encoding')",
    replacement: 'false',
    why: 'a body whose length the server stated, uncompressed, ends at that length (fetch stops there), just held to maxResponseSize: counting it again, in a copy that keeps status, headers, URL, type and redirected, only costs time (the copy differs only in that its headers could be changed, as those of any Response made in code)',
  },
  {
    file: 'packages/client/src/core/transport.ts',
    mutator: 'EqualityOperator',
    original: 'length >= 0',
    replacement: 'length > 0',
    why: 'an empty body of stated length has nothing to count: counting it, in a copy that keeps status, headers, URL, type and redirected, only costs time (the copy differs only in that its headers could be changed, as those of any Response made in code)',
  },
  {
    file: 'packages/client/src/core/transport.ts',
    mutator: 'EqualityOperator',
    original: 'length >= 0',
    replacement: 'length < 0',
    why: 'a body whose length the server stated, uncompressed, ends at that length (fetch stops there), just held to maxResponseSize: counting it again, in a copy that keeps status, headers, URL, type and redirected, only costs time (the copy differs only in that its headers could be changed, as those of any Response made in code)',
  },
  {
    file: 'packages/client/src/core/transport.ts',
    mutator: 'ConditionalExpression',
    original: 'response === undefined',
    replacement: 'true',
    why: 'a response arrived, so fetch built the request from the same URL and init: building it again cannot throw, it only costs time',
  },
  {
    file: 'packages/client/src/core/transport.ts',
    mutator: 'OptionalChaining',
    original: 'error?.message',
    replacement: 'error.message',
    why: 'a result without a response is a failure, which always carries its error',
  },
  {
    file: 'packages/client/src/core/transport.ts',
    mutator: 'ConditionalExpression',
    original: 'end !== undefined',
    replacement: 'true',
    why: 'with no totalTimeout end is undefined, and Date.now() + delay >= undefined is false anyway',
  },
  {
    file: 'scripts/diff/rules/parameter-made-required.ts',
    mutator: 'OptionalChaining',
    original: 'parameters.from.get(name)?.required',
    replacement: 'parameters.from.get(name).required',
    why: 'the filter has just checked parameters.from.has(name), so the parameter is there',
  },
  {
    file: 'scripts/diff/rules/property-deprecated.ts',
    mutator: 'OptionalChaining',
    original: 'was[name]?.deprecated',
    replacement: 'was[name].deprecated',
    why: "the filter has just checked that the old schema has the property (name in was, properties on no prototype), and a property's schema is an object or a boolean, never null",
  },
  {
    file: 'scripts/diff/rules/scope-raised.ts',
    mutator: 'ArrayDeclaration',
    original: '[]',
    replacement: '["Stryker was here"]',
    why: 'without a Scope enum every scope ranks -1 either way: only a scope named "Stryker was here" would rank otherwise, and a scope has no spaces (RFC 6749, section 3.3)',
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
