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
  {
    file: 'packages/mock/src/store/behaviours.ts',
    mutator: 'BooleanLiteral',
    original: 'false',
    replacement: 'true',
    why: "the behaviours that locate a collection without its item (a project's deploys for a new deploy, a rollback, a restart, a transfer; its variables) have no parameter of that item in their path, so locate answers the same when told to find one",
  },
  {
    file: 'packages/mock/src/store/behaviours.ts',
    mutator: 'ArrayDeclaration',
    original: '[]',
    replacement: '["Stryker was here"]',
    why: 'deleting a project looks through the billing transfers for its own: a string in their place has no project_id, so nothing is canceled either way',
  },
  {
    file: 'packages/mock/src/store/behaviours.ts',
    mutator: 'ConditionalExpression',
    original: 'value !== undefined',
    replacement: 'true',
    why: 'a filter set to undefined is no filter (filterActivity checks each for undefined), and a project filter of undefined is still undefined',
  },
  {
    file: 'packages/mock/src/store/crud.ts',
    mutator: 'StringLiteral',
    original: "'account'",
    replacement: '""',
    why: 'the store records an activity event only for an operation with an action (store.ts), so the type given to one without is never seen',
  },
  {
    file: 'packages/mock/src/store/store.ts',
    mutator: 'ArrayDeclaration',
    original: '[]',
    replacement: '["Stryker was here"]',
    why: 'work whose collection is gone (its project was deleted) looks for its item there: a string is no item, so the work is dropped either way',
  },
  {
    file: 'packages/mock/src/store/crud.ts',
    mutator: 'BooleanLiteral',
    original: 'false',
    replacement: 'true',
    why: "a list's or a create's path names no item of its own collection, so locate answers the same when told to find one",
  },
  {
    file: 'packages/mock/src/store/crud.ts',
    mutator: 'ConditionalExpression',
    original: 'field !== undefined',
    replacement: 'true',
    why: "a collection without a unique field looks up values[undefined], which a request's values never have",
  },
  {
    file: 'packages/mock/src/store/crud.ts',
    mutator: 'ConditionalExpression',
    original: 'quota === undefined',
    replacement: 'false',
    why: 'quotaLimit of no quota finds no quota of that name, so there is no limit either way',
  },
  {
    file: 'packages/mock/src/store/crud.ts',
    mutator: 'ConditionalExpression',
    original: 'limit !== undefined',
    replacement: 'true',
    why: 'a length compared with an undefined limit is false, as no limit is',
  },
  {
    file: 'packages/mock/src/store/crud.ts',
    mutator: 'ConditionalExpression',
    original: 'changes !== null',
    replacement: 'true',
    why: 'Object.assign skips a null source',
  },
  {
    file: 'packages/mock/src/store/ids.ts',
    mutator: 'ArithmeticOperator',
    original: 'length * 2',
    replacement: 'length / 2',
    why: 'the loop draws more bytes until it has length characters, so fewer per draw make the same text',
  },
  {
    file: 'packages/mock/src/store/lifecycles.ts',
    mutator: 'ConditionalExpression',
    original: 'other !== deploy',
    replacement: 'true',
    why: 'the deploy going live is still deploying when its siblings are looked at, so it is never the live one superseded',
  },
  {
    file: 'packages/mock/src/store/lifecycles.ts',
    mutator: 'ConditionalExpression',
    original: 'at !== undefined',
    replacement: 'true',
    why: 'work with no step left has no time: undefined <= now is false, as the check is',
  },
  {
    file: 'packages/mock/src/store/pagination.ts',
    mutator: 'BlockStatement',
    original: '{ return undefined; }',
    replacement: '{}',
    why: 'a function that ends without return answers undefined too',
  },
  {
    file: 'packages/mock/src/store/persistence.ts',
    mutator: 'StringLiteral',
    original: "'utf8'",
    replacement: '""',
    why: 'without an encoding the file is read as a Buffer, which JSON.parse reads as its UTF-8 text',
  },
  {
    file: 'packages/mock/src/store/store.ts',
    mutator: 'ConditionalExpression',
    original: '!owners.has(path)',
    replacement: 'true',
    why: 'the owner of a path is worked out again each time instead of once: the same answer',
  },
  {
    file: 'packages/mock/src/store/store.ts',
    mutator: 'ConditionalExpression',
    original: 'c.itemParam !== undefined',
    replacement: 'true',
    why: "a collection without an item parameter gives a `{undefined}` path no operation's path starts with",
  },
  {
    file: 'packages/mock/src/store/store.ts',
    mutator: 'ConditionalExpression',
    original: 'collection.itemParam === undefined',
    replacement: 'false',
    why: 'params[undefined] is undefined too',
  },
  {
    file: 'packages/mock/src/store/store.ts',
    mutator: 'LogicalOperator',
    original: '!needItem || ref === undefined',
    replacement: '!needItem && ref === undefined',
    why: "a collection located without its item has no parameter of that item in the path (lists, creates, the behaviours' own), so ref is undefined whenever needItem is false",
  },
  {
    file: 'packages/mock/src/store/store.ts',
    mutator: 'ConditionalExpression',
    original: 'ref === undefined',
    replacement: 'false',
    why: 'an item is looked for only where the path names it (get, update, delete, actions, parents), so ref is there whenever needItem is true',
  },
  {
    file: 'packages/mock/src/store/store.ts',
    mutator: 'ConditionalExpression',
    original: 'reply.body === undefined',
    replacement: 'false',
    why: 'a copy of an undefined body is undefined',
  },
  {
    file: 'packages/mock/src/store/resources.ts',
    mutator: 'StringLiteral',
    original: "''",
    replacement: '"Stryker was here!"',
    why: 'only an operation or parameter without a description gets it, and no pattern looked for matches it any more than an empty text',
  },
  {
    file: 'packages/mock/src/store/resources.ts',
    mutator: 'ArrayDeclaration',
    original: '[]',
    replacement: '["Stryker was here"]',
    why: 'a schema without oneOf is looked through for a null member: a string in place of its members has no type either',
  },
  {
    file: 'packages/mock/src/store/resources.ts',
    mutator: 'OptionalChaining',
    original: '/^\\{([^}]+)\\}/.exec(itemPath.slice(op.path.length + 1))?.[1]',
    replacement: '/^\\{([^}]+)\\}/.exec(itemPath.slice(op.path.length + 1))[1]',
    why: 'the item path was picked as one that goes on with `/{` after the list, so what follows the list always starts with a parameter',
  },
  {
    file: 'packages/mock/src/store/resources.ts',
    mutator: 'Regex',
    original: '/^\\{([^}]+)\\}/',
    replacement: '/\\{([^}]+)\\}/',
    why: 'the item path was picked as one that goes on with `/{` after the list, so what follows the list always starts with a parameter',
  },
];
