// @ts-nocheck
import {
  componentFile,
  conditions,
  conditionSchema,
  conditionText,
  operationFunction,
  operationName,
  pathItemOf,
  rawParameters,
  type Condition,
} from '../operation.ts';

interface Options {
  name: string;
  component: string;
  when: Condition;
}

/**
 * Operations that meet `when` accept a shared parameter by `$ref` to its component, e.g. the
 * X-Cantila-Act-As header when authenticated: one definition, so its pattern and wording never fork.
 */
export default operationFunction<Options>(
  {
    name: { type: 'string' },
    component: { type: 'string', pattern: '^#/components/parameters/' },
    when: conditionSchema,
  },
  (operation, options, context) => {
    if (!conditions[options.when](operation, pathItemOf(context), context.path)) return [];
    if (rawParameters(context).some((parameter) => parameter.$ref === options.component)) return [];
    return [
      {
        message: `${operationName(context.path, operation)} ${conditionText[options.when]} but does not accept ${options.name} from its component: add \`$ref: ${componentFile(options.component)}\` to its parameters.`,
        path: [...context.path],
      },
    ];
  },
);
