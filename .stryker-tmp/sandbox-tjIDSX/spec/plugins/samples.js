// @ts-nocheck
// 
/** Renders one operation's code samples — curl and TypeScript with @cantila/client — from a plain description of a request. */

/**
 * @typedef {object} SampleRequest
 * @property {string} method Upper-case HTTP method.
 * @property {string} path The path as the spec writes it, e.g. `/projects/{project}`.
 * @property {string} serverUrl The spec's first server, e.g. `https://api.cantila.app/v1`.
 * @property {Array<[string, unknown]>} pathParams Each path parameter with its example, in path order.
 * @property {Array<[string, unknown]>} query The required query parameters with their examples.
 * @property {Array<[string, unknown]>} headers The required header parameters with their examples.
 * @property {unknown} body The JSON body's example; `undefined` when the operation takes none.
 * @property {boolean} authenticated Whether the operation needs a credential.
 * @property {boolean} paginated Whether it is a list operation, read with `paginate`.
 * @property {boolean} returnsJson Whether a 2xx response has a JSON body worth printing.
 */

/** @typedef {{ lang: string, label: string, source: string }} CodeSample */

/** The environment variable both samples read the API key from. */
export const apiKeyVariable = 'CANTILA_API_KEY';

/**
 * Both samples of one operation, in the order the docs show them.
 * @param {SampleRequest} request
 * @returns {CodeSample[]}
 */
export function codeSamplesFor(request) {
  return [
    { lang: 'Shell', label: 'curl', source: curlSample(request) },
    { lang: 'TypeScript', label: 'TypeScript', source: typescriptSample(request) },
  ];
}

/**
 * A curl command a reader can paste into a shell with `CANTILA_API_KEY` set.
 * @param {SampleRequest} request
 */
export function curlSample(request) {
  let url = request.serverUrl + fillPath(request);
  if (request.query.length > 0) {
    url += `?${request.query.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`).join('&')}`;
  }
  const first = request.method === 'GET' ? `curl ${shellQuote(url)}` : `curl -X ${request.method} ${shellQuote(url)}`;
  const options = [];
  if (request.authenticated) options.push(`-H "Authorization: Bearer $${apiKeyVariable}"`);
  for (const [name, value] of request.headers) options.push(`-H ${shellQuote(`${name}: ${String(value)}`)}`);
  if (request.body !== undefined) {
    options.push(`-H "Content-Type: application/json"`);
    options.push(`-d ${shellQuote(JSON.stringify(request.body, null, 2).replace(/\n/g, '\n  '))}`);
  }
  return [first, ...options.map((option) => `  ${option}`)].join(' \\\n');
}

/**
 * A TypeScript module calling the operation through @cantila/client, the way its README shows.
 * @param {SampleRequest} request
 */
export function typescriptSample(request) {
  // Outside a browser the client refuses to start without a key unless told it needs none.
  const client = request.authenticated ? `createClient({ apiKey: process.env.${apiKeyVariable} })` : "createClient({ auth: 'none' })";
  const [callee, after] = request.paginated
    ? ['for await (const item of cantila.paginate(', ')) {']
    : [`const { ${request.returnsJson ? 'data, error' : 'error'} } = await cantila.${request.method}(`, ');'];
  const path = tsString(request.path);
  const init = requestInit(request, callee.length + path.length + ', '.length + after.length);
  const call = `${callee}${path}${init === undefined ? '' : `, ${init}`}${after}`;
  const use = request.paginated
    ? ['  console.log(item);', '}']
    : ['if (error) throw error;', ...(request.returnsJson ? ['console.log(data);'] : [])];
  return [`import { createClient } from '@cantila/client';`, '', `const cantila = ${client};`, '', call, ...use].join('\n');
}

/**
 * The call's second argument (`params`, `body`), or `undefined` when the call needs none.
 * @param {SampleRequest} request
 * @param {number} column The characters on its line besides the argument itself.
 */
function requestInit(request, column) {
  /** @type {Record<string, unknown>} */
  const params = {};
  if (request.pathParams.length > 0) params.path = Object.fromEntries(request.pathParams);
  if (request.query.length > 0) params.query = Object.fromEntries(request.query);
  if (request.headers.length > 0) params.header = Object.fromEntries(request.headers);
  /** @type {Record<string, unknown>} */
  const init = {};
  if (Object.keys(params).length > 0) init.params = params;
  if (request.body !== undefined) init.body = request.body;
  return Object.keys(init).length === 0 ? undefined : tsLiteral(init, '', column);
}

/** @param {SampleRequest} request */
function fillPath(request) {
  const values = new Map(request.pathParams);
  return request.path.replace(/\{([^}]+)\}/g, (_, name) => encodeURIComponent(String(values.get(name))));
}

/** Longest line a sample may have before a literal is broken over several lines. */
const lineWidth = 80;

/**
 * A value as a TypeScript literal in the house style: single quotes, bare keys where they are
 * identifiers; on one line when it fits after `column` characters, else one entry per line.
 * @param {unknown} value
 * @param {string} indent
 * @param {number} column
 * @returns {string}
 */
function tsLiteral(value, indent, column) {
  const flat = flatLiteral(value);
  if (value === null || typeof value !== 'object' || column + flat.length <= lineWidth) return flat;
  const inner = `${indent}  `;
  const lines = Array.isArray(value)
    ? value.map((item) => `${inner}${tsLiteral(item, inner, inner.length)},`)
    : Object.entries(value).map(([name, item]) => `${inner}${tsKey(name)}: ${tsLiteral(item, inner, `${inner}${tsKey(name)}: `.length)},`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${lines.join('\n')}\n${indent}${close}`;
}

/**
 * @param {unknown} value
 * @returns {string}
 */
function flatLiteral(value) {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return tsString(value);
  if (Array.isArray(value)) return `[${value.map(flatLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value).map(([name, item]) => `${tsKey(name)}: ${flatLiteral(item)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  throw new TypeError(`cannot write ${typeof value} as a TypeScript literal`);
}

/** @param {string} name */
function tsKey(name) {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : tsString(name);
}

/** @param {string} text */
function tsString(text) {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

/**
 * Quotes a word for a POSIX shell: left bare when it is safe, single-quoted otherwise.
 * @param {string} word
 */
function shellQuote(word) {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
