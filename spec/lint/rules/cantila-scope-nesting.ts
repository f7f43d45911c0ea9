import { createRulesetFunction } from '@stoplight/spectral-core';

/**
 * The `Scope` enum lists the scopes narrowest first — every tool nests them in that order — and its
 * description's chain (`read` ⊂ `deploy` ⊂ `admin`), which readers of the docs see, says the same.
 */
const scopeNesting = createRulesetFunction<{ enum: unknown[]; description?: unknown }, null>(
  { input: { type: 'object', required: ['enum'], properties: { enum: { type: 'array' } } }, options: null },
  (scope, _options, context) => {
    const values = scope.enum.map(String);
    const chain = /`[a-z]+`(?:\s*⊂\s*`[a-z]+`)+/.exec(String(scope.description))?.[0] ?? '';
    const stated = [...chain.matchAll(/`([a-z]+)`/g)].map((m) => m[1]);
    if (stated.join() === values.join()) return [];
    const wanted = values.map((value) => `\`${value}\``).join(' ⊂ ');
    const found = chain ? `it says ${chain}` : 'it states no chain';
    return [{ message: `Scope's description must state the nesting in the enum's order, ${wanted}; ${found}.`, path: [...context.path] }];
  },
);

export default {
  description: "The Scope enum lists the scopes narrowest first, and its description's `a` ⊂ `b` chain says the same.",
  given: '$.components.schemas.Scope',
  then: { function: scopeNesting },
};
