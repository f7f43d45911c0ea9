/** `cantila-mock`: starts the mock, prints where it listens and the demo credentials, stops on SIGINT or SIGTERM. */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { demoCredentials } from './demo.ts';
import { startProxy } from './proxy.ts';
import { startMock } from './server.ts';
import { controlBase } from './state.ts';
import { defaultSpecPath, subAccountsPath } from './spec.ts';

// pnpm runs scripts in the package's directory; a relative --spec means the directory `pnpm mock` was typed in.
const invokedFrom = process.env.INIT_CWD ?? process.cwd();

const usage = `Usage: cantila-mock [--port 4010] [--host 127.0.0.1] [--state file.json] [--speed N] [--stateless] [--dynamic] [--seed N] [--spec docs/openapi.json]
       cantila-mock --proxy URL [--port 4010] [--host 127.0.0.1] [--spec docs/openapi.json]

  --port       port to listen on (0 picks a free one)          default 4010
  --host       interface to listen on                          default 127.0.0.1
  --state      keep the state in this file: read at start, written at stop
  --speed      run deploys, restarts and domain checks N times faster   default 1
  --stateless  keep no state: every answer is the spec's example
  --dynamic    generate responses from the schemas, not the examples (keeps no state)
  --seed       seed for dynamic responses, so they repeat
  --cors-origin  a browser origin allowed besides localhost, 127.0.0.1 and [::1] (repeatable)
  --proxy      instead of mocking, validate a real backend: forward every request to URL (its base URL,
               such as https://staging.example/v1) and report each violation of the spec in the
               X-Cantila-Violations response header and on stderr
  --spec       the bundled spec (JSON)                         default ${relative(invokedFrom, defaultSpecPath) || defaultSpecPath}`;

function fail(message: string): never {
  process.stderr.write(`cantila-mock: ${message}\n`);
  process.exit(1);
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) fail(`--port must be an integer from 0 to 65535, got ${JSON.stringify(text)}`);
  return port;
}

function parseSpeed(text: string): number {
  const speed = Number(text);
  if (!(speed >= 1 && speed <= 10_000)) fail(`--speed must be a number from 1 to 10000, got ${JSON.stringify(text)}`);
  return speed;
}

function readFlags(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        port: { type: 'string', default: '4010' },
        host: { type: 'string', default: '127.0.0.1' },
        dynamic: { type: 'boolean', default: false },
        stateless: { type: 'boolean', default: false },
        state: { type: 'string' },
        speed: { type: 'string', default: '1' },
        'cors-origin': { type: 'string', multiple: true, default: [] },
        seed: { type: 'string' },
        spec: { type: 'string' },
        proxy: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${usage}`);
  }
}

function mode(values: { dynamic: boolean; stateless: boolean; state?: string | undefined; speed: string }): string {
  if (values.dynamic) return 'dynamic responses, no state';
  if (values.stateless) return 'examples only, no state';
  const speed = values.speed === '1' ? '' : `, lifecycles ×${values.speed}`;
  return `state ${values.state === undefined ? 'in memory' : `in ${values.state}`}${speed}; reset with POST ${controlBase}/reset`;
}

async function main(): Promise<void> {
  // `pnpm mock -- --help` hands the script a leading `--`; pnpm itself would take `--help` without it.
  const args = process.argv.slice(2);
  if (args[0] === '--') args.shift();
  const values = readFlags(args);
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  if (values.proxy !== undefined) return proxy(values.proxy, values);
  const mock = await startMock({
    port: parsePort(values.port),
    host: values.host,
    dynamic: values.dynamic,
    stateless: values.stateless,
    corsOrigins: values['cors-origin'],
    speed: parseSpeed(values.speed),
    ...(values.state === undefined ? {} : { stateFile: resolve(invokedFrom, values.state) }),
    ...(values.seed === undefined ? {} : { seed: values.seed }),
    ...(values.spec === undefined ? {} : { specPath: resolve(invokedFrom, values.spec) }),
  }).catch((error: Error) => fail(error.message));

  const credentials = demoCredentials(mock.spec);
  const handles = [...mock.spec.actAsHandles];
  process.stdout.write(
    [
      `Cantila mock listening on ${mock.url} (${mock.spec.operations.length} operations, ${mode(values)})`,
      '',
      'Demo credentials:',
      ...credentials.map((c) => `  ${c.scope.padEnd(7)} ${c.header}`),
      `Act as a sub-account with ${mock.spec.actAsHeader}: ${handles.length > 0 ? handles.join(', ') : `(none: the spec has no GET ${subAccountsPath} example yet)`}`,
      ...(mock.store
        ? [`Sign in as a team member (the ${mock.spec.sessionCookie} cookie): ${new URL(mock.url).origin}${controlBase}/session`]
        : []),
      '',
      `Try: curl ${mock.url}/me -H "${credentials[0]!.header}"`,
      'Stop with Ctrl-C.',
      '',
    ].join('\n'),
  );

  stopOnSignal(mock);
}

/** `--proxy URL`: the validating proxy in front of the backend at URL. */
async function proxy(upstream: string, values: ReturnType<typeof readFlags>): Promise<void> {
  if (values.dynamic || values.seed !== undefined) fail('--dynamic and --seed shape mock answers: a proxy answers with the backend');
  const running = await startProxy({
    upstream,
    port: parsePort(values.port),
    host: values.host,
    ...(values.spec === undefined ? {} : { specPath: resolve(invokedFrom, values.spec) }),
  }).catch((error: Error) => fail(error.message));
  process.stdout.write(
    [
      `Cantila validating proxy listening on ${running.url}, forwarding to ${upstream}`,
      'Each violation of the spec is logged here and reported in the X-Cantila-Violations response header.',
      'Stop with Ctrl-C.',
      '',
    ].join('\n'),
  );
  stopOnSignal(running);
}

/** Stops `server` on SIGINT or SIGTERM, then exits. */
function stopOnSignal(server: { close(): Promise<void> }): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    // A terminal's Ctrl-C reaches the mock twice under `pnpm mock`: from the terminal and forwarded by pnpm.
    if (stopping) return;
    stopping = true;
    process.stdout.write(`Stopping (${signal}).\n`);
    // Requests under way get 5 s to finish (the mock's drain); the timer only guards against a stuck socket.
    setTimeout(() => process.exit(0), 7_000).unref();
    server.close().then(
      () => process.exit(0),
      (error: Error) => fail(`could not stop cleanly: ${error.message}`),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

// Not a top-level await: the packed build is CommonJS (build.ts); a rejection still ends the process with its error.
void main();
