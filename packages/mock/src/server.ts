/** Starts and stops the mock: the policy layer's HTTP server with Prism's engine inside. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEngine } from './engine.ts';
import { networkPolicy } from './network.ts';
import { nodeHandlers } from './node-http.ts';
import { createPolicy } from './policy.ts';
import { defaultSpecPath, loadMockSpec, type MockSpec } from './spec.ts';
import { createStatefulMock } from './state.ts';
import type { Clock } from './store/clock.ts';
import { loadStateFile, saveStateFile } from './store/persistence.ts';
import type { Store } from './store/store.ts';

export interface MockOptions {
  /** Port to listen on; 0 picks a free one. Default 4010. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1. */
  host?: string;
  /** The bundled spec. Default: the monorepo's docs/openapi.json. */
  specPath?: string;
  /** Generate responses from the schemas instead of the examples; keeps no state (implies `stateless`). */
  dynamic?: boolean;
  /** Seed for dynamic responses, so they repeat from run to run. */
  seed?: string;
  /** Answer the spec's examples only, keeping no state (the mock before it kept state). */
  stateless?: boolean;
  /** The clock lifecycles advance on; tests pass one they move by hand. Default: the system's. */
  clock?: Clock;
  /** Lifecycles run this many times faster (a deploy is live 10 s after it was created at 1). Default 1. */
  speed?: number;
  /** A state file: loaded at start when it exists, written when the mock stops. */
  stateFile?: string;
  /** Browser origins allowed besides loopback ones (`http://localhost:*` and the like), e.g. `https://console.example.test`. */
  corsOrigins?: readonly string[];
  /** How long a stop waits for requests under way before closing their connections, in ms. Default 5000. */
  drainMs?: number;
}

export interface RunningMock {
  /** The API's base URL, ending in the spec's base path (`/v1`). */
  url: string;
  port: number;
  /** The spec as the policy layer compiled it. */
  spec: MockSpec;
  /** The state store; `undefined` when stateless. */
  store: Store | undefined;
  /** Stops accepting connections, lets the requests under way finish (for `drainMs` at most), then closes every connection. */
  close(): Promise<void>;
}

/** Starts the mock and resolves once it accepts requests. */
export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  const specPath = options.specPath ?? defaultSpecPath;
  const host = options.host ?? '127.0.0.1';
  const spec = loadMockSpec(specPath);
  const engine = await createEngine({
    specPath,
    dynamic: options.dynamic ?? false,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });
  const stateful =
    options.stateless || options.dynamic
      ? undefined
      : createStatefulMock(spec.model, {
          ...(options.clock ? { clock: options.clock } : {}),
          ...(options.speed ? { speed: options.speed } : {}),
        });
  if (stateful && options.stateFile !== undefined) loadStateFile(stateful.store, options.stateFile);
  const policy = nodeHandlers(createPolicy(spec, engine, { stateful, network: networkPolicy(host, options.corsOrigins) }));
  // Without Host, with an unknown Expect, or with CONNECT, Node would answer bare; the policy answers in the Error shape.
  const server = createServer({ requestTimeout: 30_000, headersTimeout: 10_000, requireHostHeader: false }, policy.handle);
  server.on('checkExpectation', policy.checkExpectation);
  server.on('checkContinue', policy.checkContinue);
  server.on('connect', policy.connect);
  server.on('clientError', policy.clientError);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `port ${options.port ?? 4010} on ${host} is already in use: pass --port with another one`
            : error.message,
        ),
      ),
    );
    server.listen(options.port ?? 4010, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}${spec.basePath}`,
    port,
    spec,
    store: stateful?.store,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections go as soon as they are idle; those still answering get `drainMs` to finish.
        const idle = setInterval(() => server.closeIdleConnections(), 50);
        const deadline = setTimeout(() => server.closeAllConnections(), options.drainMs ?? 5_000);
        server.once('close', () => {
          clearInterval(idle);
          clearTimeout(deadline);
        });
      }).then(() => {
        if (stateful && options.stateFile !== undefined) saveStateFile(stateful.store, options.stateFile);
      }),
  };
}
