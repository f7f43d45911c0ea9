/**
 * The policy layer in-process (src/policy.ts): one per test file, built in `beforeAll`, asked as a
 * client would ask the mock, without a server or a socket (the server's side is test/checks/). Prism's
 * engine, the real one, loads on the first request every check lets through, so that tests of what the
 * checks refuse never import it: most of a mock's start-up, and of each `pnpm mutation mock-checks` run.
 */
import { beforeAll, expect } from 'vitest';
import type { Engine } from '../../src/engine.ts';
import { networkPolicy } from '../../src/network.ts';
import { createPolicy, type Policy } from '../../src/policy.ts';
import { type BodyRead, maxBodyBytes } from '../../src/request.ts';
import { defaultSpecPath, loadMockSpec } from '../../src/spec.ts';
import { createStatefulMock } from '../../src/state.ts';
import { type Answer, bodyOf } from './http.ts';

export interface PolicyTestOptions {
  /** The bundled spec, or a variant of it (`specVariant`). */
  specPath?: string;
  /** With the state store (and the development sign-in); without it, the examples answer. */
  stateful?: boolean;
}

export interface Ask {
  method?: string;
  /** By name; an array is every value sent (`[]`: not sent). Host is `localhost` unless given. */
  headers?: Record<string, string | string[]>;
  body?: string | Uint8Array;
  httpVersion?: string;
}

// node:http keeps only the first of these when one is sent twice, and joins the others with ", ".
const firstOnly = new Set(['authorization', 'content-type', 'content-length', 'host']);

// Prism's engine of each spec, loaded when first asked; one for every test file of a worker that shares this module (pnpm test).
const engines = new Map<string, Promise<Engine>>();

function engineOnDemand(specPath: string): Engine {
  return {
    async respond(request) {
      let engine = engines.get(specPath);
      if (!engine) {
        engine = import('../../src/engine.ts').then(({ createEngine }) => createEngine({ specPath, dynamic: false }));
        engines.set(specPath, engine);
      }
      return (await engine).respond(request);
    },
  };
}

/** This test file's policy layer: `ask(path, init)` answers as the mock on 127.0.0.1 would. */
export function usePolicy(options: PolicyTestOptions = {}): { ask(path: string, init?: Ask): Promise<Answer> } {
  let policy: Policy | undefined;
  beforeAll(() => {
    const specPath = options.specPath ?? defaultSpecPath;
    const spec = loadMockSpec(specPath);
    const stateful = options.stateful ? createStatefulMock(spec.model, {}) : undefined;
    policy = createPolicy(spec, engineOnDemand(specPath), { stateful, network: networkPolicy('127.0.0.1') });
  });
  return {
    async ask(path, { method = 'GET', headers = {}, body, httpVersion = '1.1' } = {}) {
      if (!policy) throw new Error('the policy is not built: ask inside a test');
      const distinct: Record<string, string[]> = { host: ['localhost'] };
      for (const [name, value] of Object.entries(headers)) distinct[name.toLowerCase()] = typeof value === 'string' ? [value] : value;
      const joined = Object.entries(distinct)
        .filter(([, values]) => values.length > 0)
        .map(([name, values]) => [name, firstOnly.has(name) ? values[0] : values.join(name === 'cookie' ? '; ' : ', ')]);
      const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : (body ?? new Uint8Array());
      const read: BodyRead = bytes.length > maxBodyBytes ? { tooLarge: true } : { bytes };
      const response = await policy.answer({
        method,
        url: path,
        httpVersion,
        headers: Object.fromEntries(joined),
        headersDistinct: distinct,
        remoteAddress: '127.0.0.1',
        tls: false,
        readBody: async () => read,
        gone: () => false,
      });
      const text = response.body ?? '';
      return { status: response.status, headers: new Headers(response.headers), body: bodyOf(text), text };
    },
  };
}

/**
 * A `Prefer` the last check (checks/prefer.ts) refuses: a request that carries it and gets that refusal
 * (`expectPassed`) went through every check before, without asking Prism.
 */
export const probe = { prefer: 'code=none' };

/** `answer` is the last check's refusal of `probe`: every check before it let the request on. */
export function expectPassed(answer: Answer): void {
  expect(answer.status, answer.text).toBe(422);
  expect(answer.body.fields).toEqual([{ field: 'Prefer', message: 'code must be a three-digit status such as 404, not "none"' }]);
}
