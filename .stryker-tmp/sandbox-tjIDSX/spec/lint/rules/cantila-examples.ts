// @ts-nocheck
import { operationFunction, operationName, responsesOf, type Json, operationsPath } from '../operation.ts';

function hasExample(media: Json): boolean {
  return media.example !== undefined || Object.keys(media.examples ?? {}).length > 0 || media.schema?.example !== undefined;
}

/** Every request body and every response body of an operation shows an example. */
const mediaExamples = operationFunction(null, (operation, _options, context) => {
  const name = operationName(context.path, operation);
  const findings = [];
  for (const [type, media] of Object.entries<Json>(operation.requestBody?.content ?? {})) {
    if (!hasExample(media))
      findings.push({
        message: `${name}'s request body (${type}) has no example: add \`example\` or \`examples\`.`,
        path: [...context.path, 'requestBody', 'content', type],
      });
  }
  for (const [status, response] of responsesOf(operation)) {
    for (const [type, media] of Object.entries<Json>(response.content ?? {})) {
      if (!hasExample(media))
        findings.push({
          message: `${name}'s ${status} response (${type}) has no example: add \`example\` or \`examples\`.`,
          path: [...context.path, 'responses', status, 'content', type],
        });
    }
  }
  return findings;
});

export default {
  description: 'Every request and response body has an example.',
  given: operationsPath,
  then: { function: mediaExamples },
};
