// @ts-nocheck
// 
/**
 * Decorator `cantila/code-samples`: writes `x-codeSamples` (curl and TypeScript with @cantila/client)
 * on every operation when the spec is bundled, from the operation's own parameters, examples and
 * security. Nothing is written by hand per operation; an operation whose required parameter or body
 * has no example stops the bundle with a message saying which one.
 */
import { codeSamplesFor } from './samples.js';

/** @typedef {Record<string, unknown>} SpecNode */
/** @typedef {{ key: string | number, resolve: (node: unknown) => { node: unknown } }} VisitContext */
/** @typedef {{ name: string, in: string, required: boolean, example: unknown }} Parameter */

// Sent by the client or optional for the reader: never part of a sample.
const omittedHeaders = new Set(['x-cantila-act-as', 'idempotency-key']);

/** The decorator: Redocly calls it once per bundle and walks the spec with the visitor it returns. */
export default function codeSamples() {
  let serverUrl = '';
  /** @type {unknown[]} */
  let rootSecurity = [];
  let path = '';
  /** @type {Parameter[]} */
  let pathItemParameters = [];

  return {
    Root: {
      /** @param {SpecNode} root */
      enter(root) {
        const servers = /** @type {Array<{ url?: string }> | undefined} */ (root.servers);
        serverUrl = servers?.[0]?.url ?? '';
        if (!serverUrl) throw new Error('cantila/code-samples: the spec has no servers[0].url to put in the samples.');
        rootSecurity = Array.isArray(root.security) ? root.security : [];
      },
    },
    Paths: {
      PathItem: {
        /**
         * @param {SpecNode} pathItem
         * @param {VisitContext} ctx
         */
        enter(pathItem, ctx) {
          path = String(ctx.key);
          pathItemParameters = parametersOf(pathItem, ctx);
        },
        Operation: {
          /**
           * @param {SpecNode} operation
           * @param {VisitContext} ctx
           */
          enter(operation, ctx) {
            const method = String(ctx.key).toUpperCase();
            const where = `${method} ${path}`;
            const byKey = new Map([...pathItemParameters, ...parametersOf(operation, ctx)].map((p) => [`${p.in}:${p.name}`, p]));
            const parameters = [...byKey.values()];
            const needed = (/** @type {string} */ location) =>
              parameters
                .filter((p) => p.in === location && p.required && !omittedHeaders.has(p.name.toLowerCase()))
                .map(
                  (p) =>
                    /** @type {[string, unknown]} */ ([p.name, exampleOrFail(p.example, `${where}: ${location} parameter '${p.name}'`)]),
                );
            const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => {
              const parameter = byKey.get(`path:${name}`);
              if (!parameter) throw new Error(`cantila/code-samples: ${where} has no parameter for {${name}}.`);
              return /** @type {[string, unknown]} */ ([name, exampleOrFail(parameter.example, `${where}: path parameter '${name}'`)]);
            });
            const security = Array.isArray(operation.security) ? operation.security : rootSecurity;
            operation['x-codeSamples'] = codeSamplesFor({
              method,
              path,
              serverUrl,
              pathParams,
              query: needed('query'),
              headers: needed('header'),
              body: bodyExample(operation, ctx, where),
              authenticated: security.some((requirement) => Object.keys(/** @type {object} */ (requirement)).length > 0),
              paginated: typeof operation.operationId === 'string' && operation.operationId.startsWith('list'),
              returnsJson: returnsJson(operation, ctx),
            });
          },
        },
      },
    },
  };
}

/**
 * The parameters declared on a path item or operation, `$ref`s resolved.
 * @param {SpecNode} node
 * @param {VisitContext} ctx
 * @returns {Parameter[]}
 */
function parametersOf(node, ctx) {
  const list = Array.isArray(node.parameters) ? node.parameters : [];
  return list.map((item) => {
    const parameter = /** @type {SpecNode} */ (ctx.resolve(item).node);
    const schema = /** @type {SpecNode | undefined} */ (ctx.resolve(parameter.schema).node);
    return {
      name: String(parameter.name),
      in: String(parameter.in),
      required: parameter.required === true,
      example: firstDefined(
        parameter.example,
        firstExampleValue(parameter.examples, ctx),
        schema?.example,
        firstOf(schema?.examples),
        schema?.default,
        firstOf(schema?.enum),
      ),
    };
  });
}

/**
 * The example of the operation's JSON request body; `undefined` when it takes no body.
 * @param {SpecNode} operation
 * @param {VisitContext} ctx
 * @param {string} where
 */
function bodyExample(operation, ctx, where) {
  if (!operation.requestBody) return undefined;
  const requestBody = /** @type {SpecNode} */ (ctx.resolve(operation.requestBody).node);
  const content = /** @type {Record<string, SpecNode> | undefined} */ (requestBody.content);
  const media = content?.['application/json'];
  if (!media) throw new Error(`cantila/code-samples: ${where} takes a body that is not application/json; the samples cannot show it.`);
  const schema = /** @type {SpecNode | undefined} */ (ctx.resolve(media.schema).node);
  return exampleOrFail(firstDefined(media.example, firstExampleValue(media.examples, ctx), schema?.example), `${where}: request body`);
}

/**
 * Whether a 2xx response of the operation has a JSON body.
 * @param {SpecNode} operation
 * @param {VisitContext} ctx
 */
function returnsJson(operation, ctx) {
  const responses = /** @type {Record<string, unknown>} */ (operation.responses ?? {});
  return Object.entries(responses).some(([status, response]) => {
    const content = /** @type {SpecNode} */ (ctx.resolve(response).node).content;
    return /^2/.test(status) && typeof content === 'object' && content !== null && 'application/json' in content;
  });
}

/**
 * The value of the first entry of an `examples` map.
 * @param {unknown} examples
 * @param {VisitContext} ctx
 */
function firstExampleValue(examples, ctx) {
  if (!examples || typeof examples !== 'object') return undefined;
  const first = Object.values(examples)[0];
  return first === undefined ? undefined : /** @type {SpecNode} */ (ctx.resolve(first).node).value;
}

/** @param {unknown} list */
function firstOf(list) {
  return Array.isArray(list) ? list[0] : undefined;
}

/** @param {unknown[]} values */
function firstDefined(...values) {
  return values.find((value) => value !== undefined);
}

/**
 * @param {unknown} example
 * @param {string} what
 */
function exampleOrFail(example, what) {
  if (example === undefined)
    throw new Error(`cantila/code-samples: ${what} has no example; add \`example:\` to it so the code samples can use it.`);
  return example;
}
