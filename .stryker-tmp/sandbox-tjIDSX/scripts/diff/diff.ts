/**
 * The spec diff: every rule of rules/ run on two documents. A change to an operation that no rule
 * names is still reported (as non-breaking, "changed in a way no rule classifies"), so nothing
 * reaches a release unseen.
 */
// @ts-nocheck

import { isDeepStrictEqual } from 'node:util';
import { withoutDocs } from './docs.ts';
import type { Change, Finding, Rule, Spec } from './model.ts';
import { rules as allRules } from './rules/index.ts';
import { matchOperations, schemaPairs } from './walk.ts';

export function diffDocuments(before: Spec, after: Spec, rules: readonly Rule[] = allRules): Change[] {
  const changes: Change[] = [];
  const report = (rule: Rule, findings: Finding[]) => {
    for (const finding of findings) changes.push({ rule: rule.id, class: rule.class, ...finding });
  };
  for (const rule of rules) if (rule.document) report(rule, rule.document({ before, after }));
  for (const operation of matchOperations({ before, after }).both) {
    const schemas = schemaPairs(operation);
    const start = changes.length;
    for (const rule of rules) {
      if (rule.operation) report(rule, rule.operation(operation));
      if (rule.schema) for (const pair of schemas) report(rule, rule.schema(pair));
    }
    const classified = changes.slice(start).some((change) => change.class !== 'docs');
    if (!classified && !isDeepStrictEqual(withoutDocs(before, operation.from), withoutDocs(after, operation.to)))
      changes.push({
        rule: 'unclassified',
        class: 'non-breaking',
        operation: operation.key,
        message: 'changed in a way no rule classifies',
      });
  }
  return changes;
}
