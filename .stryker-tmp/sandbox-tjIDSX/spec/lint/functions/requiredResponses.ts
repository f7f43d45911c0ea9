// @ts-nocheck
import { conditions, conditionSchema, conditionText, operationFunction, operationName, pathItemOf, type Condition } from '../operation.ts';

interface Options {
  statuses: string[];
  when: Condition;
}

/** Operations that meet `when` document every status in `statuses`, e.g. 401 and 403 when authenticated. */
export default operationFunction<Options>(
  {
    statuses: { type: 'array', items: { type: 'string' } },
    when: conditionSchema,
  },
  (operation, { statuses, when }, context) => {
    if (!conditions[when](operation, pathItemOf(context), context.path)) return [];
    const missing = statuses.filter((status) => !(status in (operation.responses ?? {})));
    if (missing.length === 0) return [];
    return [
      {
        message: `${operationName(context.path, operation)} ${conditionText[when]} but does not document ${missing.join(', ')}: add ${missing
          .map((status) => `'${status}'`)
          .join(', ')} to its responses (shared ones are in spec/components/responses/).`,
        path: [...context.path, 'responses'],
      },
    ];
  },
);
