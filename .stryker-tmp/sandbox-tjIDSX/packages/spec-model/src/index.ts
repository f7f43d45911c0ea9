// @ts-nocheck
export { type ActAsConvention, type Conventions, subAccountsOperation } from './conventions.ts';
export { SpecError } from './errors.ts';
export { bundledSpecPath, loadSpecModel, type SpecModel, specModel } from './model.ts';
export {
  type Body,
  type HttpMethod,
  httpMethods,
  type NamedExample,
  type Operation,
  type Parameter,
  type Response,
  type ResponseHeader,
  readOperations,
  schemeKinds,
} from './operations.ts';
export { isObject, type Json, pointerOf, resolveRef, valueAt } from './refs.ts';
