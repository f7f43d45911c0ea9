import { operationFunction, operationName, responsesOf, operationsPath } from '../operation.ts';

interface Options {
  everyResponse: string[];
  byStatus: Record<string, string[]>;
}

/** Every response carries the headers in `everyResponse` (X-Request-Id, RateLimit-*), and some statuses more (429: Retry-After). */
const responseHeaders = operationFunction<Options>(
  {
    everyResponse: { type: 'array', items: { type: 'string' } },
    byStatus: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
  },
  (operation, { everyResponse, byStatus }, context) => {
    const findings = [];
    for (const [status, response] of responsesOf(operation)) {
      const present = new Set(Object.keys(response.headers ?? {}).map((h) => h.toLowerCase()));
      const missing = [...everyResponse, ...(byStatus[status] ?? [])].filter((h) => !present.has(h.toLowerCase()));
      if (missing.length > 0) {
        const many = missing.length > 1;
        findings.push({
          message: `${operationName(context.path, operation)}'s ${status} response lacks the header${many ? 's' : ''} ${missing.join(', ')}: add ${many ? 'them' : 'it'} from spec/components/headers/.`,
          path: [...context.path, 'responses', status],
        });
      }
    }
    return findings;
  },
);

export default {
  description: 'Every response carries X-Request-Id and the RateLimit-* headers; 429 carries Retry-After.',
  given: operationsPath,
  then: {
    function: responseHeaders,
    functionOptions: {
      everyResponse: ['X-Request-Id', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'],
      byStatus: { '429': ['Retry-After'] },
    },
  },
};
