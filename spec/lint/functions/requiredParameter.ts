import { conditions, conditionSchema, conditionText, operationFunction, operationName, parametersOf, pathItemOf, type Condition, type Json } from '../operation.ts';

interface Options {
  in: string;
  name: string;
  component: string;
  when: Condition;
}

/** Operations that meet `when` accept a given parameter, e.g. the X-Cantila-Act-As header when authenticated. */
export default operationFunction<Options>(
  {
    in: { type: 'string' },
    name: { type: 'string' },
    component: { type: 'string' },
    when: conditionSchema,
  },
  (operation, options, context) => {
    const pathItem = pathItemOf(context);
    if (!conditions[options.when](operation, pathItem, context.path)) return [];
    const accepted = parametersOf(operation, pathItem).some(
      (parameter) => parameter.in === options.in && String(parameter.name).toLowerCase() === options.name.toLowerCase(),
    );
    if (accepted) return [];
    return [
      {
        message: `${operationName(context.path, operation)} ${conditionText[options.when]} but does not accept the ${options.in} parameter ${options.name}: add \`$ref: ${options.component}\` to its parameters.`,
        path: [...context.path],
      },
    ];
  },
);
