import type { Json } from './model.ts';

/** Whether a resolved parameter is the shared act-as header (by its `$ref`, as the lint requires every operation to take it). */
export const isActAs = (parameter: Json): boolean => parameter.$ref === '#/components/parameters/ActAs';
