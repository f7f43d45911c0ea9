import {
  operationFunction,
  operationKey,
  operationName,
  publicOperations,
  resolvedDocument,
  type Json,
  operationsPath,
} from '../operation.ts';

/**
 * Every operation but the public ones names exactly one scope, the same on the API key and the
 * session cookie: `[{bearerAuth: [deploy]}, {sessionCookie: [deploy]}]`. Public ones have `security: []`.
 * Replaces spectral:oas's oas3-operation-security-defined, which warns on scopes of non-OAuth schemes.
 */
const operationScope = operationFunction(null, (operation, _options, context) => {
  const name = operationName(context.path, operation);
  const document = resolvedDocument(context);
  // The scopes are the Scope enum's values (cantila-scope-nesting checks their order).
  const scopes: unknown[] = document.components?.schemas?.Scope?.enum ?? [];
  const first = scopes[0] ?? 'read';
  const example = `\`security: [{bearerAuth: [${first}]}, {sessionCookie: [${first}]}]\` with one of ${scopes.join(', ') || 'the Scope enum (components.schemas.Scope)'}`;
  const security: Json[] | undefined = Array.isArray(operation.security) ? operation.security : undefined;
  const at = [...context.path, 'security'];
  if (publicOperations.includes(operationKey(context.path))) {
    return security?.length === 0 ? [] : [{ message: `${name} is public: give it \`security: []\`.`, path: at }];
  }
  if (!security || security.length === 0) return [{ message: `${name} names no scope: add ${example}.`, path: at }];

  const scopesOf = (scheme: string): unknown => security.find((requirement) => scheme in requirement)?.[scheme];
  const bearer = scopesOf('bearerAuth');
  const wellFormed =
    security.length === 2 &&
    security.every((requirement) => Object.keys(requirement).length === 1) &&
    Array.isArray(bearer) &&
    bearer.length === 1 &&
    scopes.includes(String(bearer[0])) &&
    JSON.stringify(bearer) === JSON.stringify(scopesOf('sessionCookie'));
  if (!wellFormed) {
    return [{ message: `${name} must name exactly one scope on both schemes: ${example}; found ${JSON.stringify(security)}.`, path: at }];
  }
  // Well formed, it names a scope of the Scope enum: the document has components.
  const defined: Json = document.components.securitySchemes ?? {};
  return ['bearerAuth', 'sessionCookie']
    .filter((scheme) => !(scheme in defined))
    .map((scheme) => ({ message: `${name} uses ${scheme}, not defined in components.securitySchemes.`, path: at }));
});

export default {
  description: 'Every operation but /health names exactly one scope (read, deploy or admin), the same on both security schemes.',
  given: operationsPath,
  then: { function: operationScope },
};
