/**
 * Where the contract run goes and how hard it may push: the base URL (loopback unless the user allows a
 * remote server), the credentials, the pace and the time limit — every command-line value checked here,
 * with a message naming the flag, before a single request leaves.
 */
import { parseArgs } from 'node:util';
import { model, scopes } from './spec.ts';

export interface Target {
  /** The API's base URL, ending in its base path (`http://127.0.0.1:4010/v1`), without a trailing slash. */
  baseUrl: string;
  /** The key of the main calls; `undefined` sends none (only the public operation then succeeds). */
  apiKey: string | undefined;
  /** Keys of a known lower scope, for the "one scope too low → 403" check: scope → key. */
  scopedKeys: ReadonlyMap<string, string>;
  /** A sub-account handle to act as on the main calls. */
  actAs: string | undefined;
  /** Whether to call the operations that change state (on resources the run creates itself). */
  includeWrites: boolean;
  /** The most requests started per second. */
  rate: number;
  /** The whole run's time limit, in ms. */
  timeLimit: number;
  /** Each request's time limit, in ms. */
  requestTimeout: number;
  /** Policy checks not to run (each reported as not checked). */
  skip: ReadonlySet<PolicyCheck>;
  /** Where to write the JUnit XML, if anywhere. */
  junit: string | undefined;
  /** The fetch the requests go through (MSW's `getResponse` over handlers, say, to run in-process). Default: the global fetch. */
  fetch?: typeof fetch;
}

/** The policy checks `--skip` can name. */
export const policyChecks = ['unauthenticated', 'scope', 'act-as', 'invalid-body', 'unknown-id'] as const;
export type PolicyCheck = (typeof policyChecks)[number];

export const usage = `Usage: pnpm contract --base-url URL [--api-key KEY] [--act-as HANDLE] [--include-writes] [options]

Runs every operation of the spec through @cantila/client against the server and checks each answer
(status, headers, body) and the access policy against the spec. Exits 1 on any violation.

  --base-url URL      the API's base URL, with its base path (http://127.0.0.1:4010/v1)
  --api-key KEY       the key of the main calls (or CANTILA_API_KEY); never printed
${scopes
  .slice(0, -1)
  .map(
    (scope) =>
      `  --${scope}-key KEY${' '.repeat(Math.max(1, 10 - scope.length))}a key holding only the ${scope} scope, for the "one scope too low" 403 checks`,
  )
  .join('\n')}
  --act-as HANDLE     a sub-account handle to act as on the main calls
  --include-writes    also call the operations that change state, on resources the run creates
                      (named contract-…) and deletes afterwards
  --allow-remote      allow a base URL that is not loopback (127.0.0.1, ::1, localhost)
  --rate N            at most N requests per second                         default 20
  --time-limit S      stop the whole run after S seconds (a violation)      default 300
  --timeout S         each request's time limit in seconds                  default 10
  --skip CHECK        do not run one kind of policy check (repeatable; each reported as not checked):
                      ${policyChecks.join(', ')}
  --junit FILE        also write the results as JUnit XML`;

/** A command-line mistake: the message names the flag and what it takes. */
export class UsageError extends Error {}

const loopbackHosts = new Set(['127.0.0.1', '[::1]', 'localhost']);

function positive(flag: string, text: string, max: number): number {
  const value = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || value <= 0 || value > max) {
    throw new UsageError(`--${flag} must be a number above 0 and at most ${max}, not ${JSON.stringify(text)}`);
  }
  return value;
}

function baseUrlOf(text: string | undefined, allowRemote: boolean): string {
  if (text === undefined) throw new UsageError('--base-url is required, e.g. --base-url http://127.0.0.1:4010/v1');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--base-url must be an absolute http(s) URL such as http://127.0.0.1:4010/v1, not ${JSON.stringify(text)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--base-url must be http or https, not ${url.protocol}`);
  if (url.username || url.password) throw new UsageError('--base-url must not hold credentials: pass the key with --api-key');
  if (url.search || url.hash) throw new UsageError('--base-url must not have a query or a fragment');
  if (!allowRemote && !loopbackHosts.has(url.hostname) && !/^127\.\d+\.\d+\.\d+$/.test(url.hostname)) {
    throw new UsageError(
      `--base-url ${url.host} is not loopback: the run sends many requests (and writes with --include-writes); add --allow-remote if you mean it`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** Reads the command line (and `CANTILA_API_KEY`); throws a UsageError on anything wrong. */
export function readTarget(args: string[], env: NodeJS.ProcessEnv = process.env): Target | 'help' {
  const keyFlags = Object.fromEntries(scopes.slice(0, -1).map((scope) => [`${scope}-key`, { type: 'string' as const }]));
  let values: Record<string, string | boolean | string[] | undefined>;
  try {
    values = parseArgs({
      args,
      strict: true,
      options: {
        'base-url': { type: 'string' },
        'api-key': { type: 'string' },
        ...keyFlags,
        'act-as': { type: 'string' },
        'include-writes': { type: 'boolean', default: false },
        'allow-remote': { type: 'boolean', default: false },
        rate: { type: 'string', default: '20' },
        'time-limit': { type: 'string', default: '300' },
        timeout: { type: 'string', default: '10' },
        skip: { type: 'string', multiple: true, default: [] },
        junit: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    // parseArgs quotes the unknown option; an `sk_` key typed in the wrong place would be echoed.
    throw new UsageError((error as Error).message.replace(/sk_\S*/g, 'sk_…'));
  }
  if (values.help) return 'help';
  const text = (name: string): string | undefined => values[name] as string | undefined;
  const apiKey = text('api-key') ?? (env.CANTILA_API_KEY || undefined);
  if (apiKey !== undefined && !/^sk_\S+$/.test(apiKey)) throw new UsageError('--api-key must be an API key (sk_…)');
  const scopedKeys = new Map<string, string>();
  for (const scope of scopes.slice(0, -1)) {
    const key = text(`${scope}-key`);
    if (key === undefined) continue;
    if (!/^sk_\S+$/.test(key)) throw new UsageError(`--${scope}-key must be an API key (sk_…)`);
    scopedKeys.set(scope, key);
  }
  const actAs = text('act-as');
  const handleProblem = actAs === undefined ? undefined : model.conventions.actAs.handleProblem(actAs);
  if (handleProblem) throw new UsageError(`--act-as takes a sub-account handle such as client-acme: it ${handleProblem}`);
  const skip = values.skip as string[];
  const unknown = skip.find((check) => !(policyChecks as readonly string[]).includes(check));
  if (unknown !== undefined) throw new UsageError(`--skip takes one of ${policyChecks.join(', ')}, not ${JSON.stringify(unknown)}`);
  return {
    baseUrl: baseUrlOf(text('base-url'), values['allow-remote'] === true),
    apiKey,
    scopedKeys,
    actAs,
    includeWrites: values['include-writes'] === true,
    rate: positive('rate', text('rate')!, 1000),
    timeLimit: positive('time-limit', text('time-limit')!, 86_400) * 1000,
    requestTimeout: positive('timeout', text('timeout')!, 600) * 1000,
    skip: new Set(skip as PolicyCheck[]),
    junit: text('junit'),
  };
}
