import { operationFunction, operationName, resolvedDocument, responsesOf, type Json, operationsPath } from '../operation.ts';

/** Each error example's values, keyed by where it is (`example`, `examples.scope`). */
function errorExamples(media: Json): [string, Json][] {
  const named = Object.entries<Json>(media.examples ?? {}).map(([name, example]): [string, Json] => [`examples.${name}`, example?.value]);
  return [['example', media.example] as [string, Json], ...named].filter(([, value]) => typeof value?.error === 'string');
}

/**
 * Every error example names its `reason`, and that reason belongs to the example's `error` code (the
 * `x-cantila-code` map of the ErrorReason schema) — the error catalogue a client branches on.
 * The seed's own example (no `request_id`, as the product page shows it) is exempt.
 */
const errorReason = operationFunction(null, (operation, _options, context) => {
  const codeOf: Record<string, string> = resolvedDocument(context).components?.schemas?.ErrorReason?.['x-cantila-code'] ?? {};
  const findings = [];
  for (const [status, response] of responsesOf(operation)) {
    for (const [type, media] of Object.entries<Json>(response.content ?? {})) {
      for (const [where, value] of errorExamples(media)) {
        if (value.reason === undefined && value.request_id === undefined) continue;
        const expected = codeOf[value.reason];
        const problem =
          value.reason === undefined
            ? 'names no `reason`'
            : expected === undefined
              ? `names reason \`${value.reason}\`, which ErrorReason does not list`
              : expected !== value.error
                ? `names reason \`${value.reason}\`, which belongs to \`${expected}\`, not \`${value.error}\``
                : undefined;
        if (problem)
          findings.push({
            message: `${operationName(context.path, operation)}'s ${status} example ${where} ${problem}: add the cause to spec/components/schemas/ErrorReason.yaml (enum, x-cantila-code, table) and name it in the example.`,
            path: [...context.path, 'responses', status, 'content', type],
          });
      }
    }
  }
  return findings;
});

export default {
  description: 'Every error example names a reason (ErrorReason) of its error code.',
  given: operationsPath,
  then: { function: errorReason },
};
