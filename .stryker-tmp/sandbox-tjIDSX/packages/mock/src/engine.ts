/**
 * Prism's HTTP engine, embedded: the same routing, request validation, content negotiation and
 * example or dynamic responses as `prism mock`, called in-process instead of through Prism's own
 * HTTP server, so the policy layer gets Prism's findings as data and no request crosses a second socket.
 */
// @ts-nocheck

import type { IncomingHttpHeaders } from 'node:http';
import { createLogger } from '@stoplight/prism-core';
import { createInstance, type IHttpConfig, type IHttpRequest, resetJSONSchemaGenerator } from '@stoplight/prism-http';
import { JSONSchemaFaker } from 'json-schema-faker';
import type { Violation } from './errors.ts';
import { loadPrismSpec } from './precompiled.ts';
import type { Preferences } from './prefer.ts';

export interface EngineOptions {
  /** The bundled spec's JSON. */
  specPath: string;
  /** Generate responses from the schemas instead of returning the examples (`prism mock --dynamic`). */
  dynamic: boolean;
  /** Seed for dynamic responses, so they repeat from run to run. */
  seed?: string;
}

/** A request the policy layer has let through, with the base path (`/v1`) already removed from `path`. */
export interface EngineRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** What `Prefer` (or its `__…` query twins) asked for, already checked against the spec. */
  preferences?: Preferences;
}

/** Prism's answer: a response with the request's violations (an invalid request gets an error response), or Prism's own error. */
export type EngineResponse =
  | { ok: true; status: number; headers: Record<string, unknown>; body: unknown; violations: Violation[]; exampleKey: string | undefined }
  | { ok: false; status: number; message: string };

export interface Engine {
  respond(request: EngineRequest): Promise<EngineResponse>;
}

// DiagnosticSeverity.Error in @stoplight/types; warnings do not make a request invalid.
const errorSeverity = 0;

/** Loads the spec into Prism and returns the engine. */
export async function createEngine(options: EngineOptions): Promise<Engine> {
  const { operations, fakerOptions } = await loadPrismSpec(options.specPath);
  // As `prism mock` applies the spec's x-json-schema-faker options, without dereferencing the spec a second time;
  // and like `--json-schema-faker-fillProperties=false`: dynamic bodies hold only the schema's properties.
  resetJSONSchemaGenerator();
  const camelCase = (name: string): string => name.replace(/[-_ ]+(\w)/g, (_, letter: string) => letter.toUpperCase());
  JSONSchemaFaker.option({
    ...Object.fromEntries(Object.entries(fakerOptions).map(([name, value]) => [camelCase(name), value])),
    fillProperties: false,
  });
  const config: IHttpConfig = {
    isProxy: false,
    // The policy layer has authenticated the request already and reports violations itself.
    checkSecurity: false,
    validateRequest: true,
    validateResponse: false,
    errors: false,
    upstreamProxy: undefined,
    mock: { dynamic: options.dynamic, ignoreExamples: false, ...(options.seed === undefined ? {} : { seed: options.seed }) },
  };
  const prism = createInstance(config, { logger: createLogger('cantila-mock', { level: 'silent' }) });

  return {
    async respond(request) {
      const input: IHttpRequest = {
        method: request.method.toLowerCase() as IHttpRequest['method'],
        url: { path: request.path, query: request.query },
        headers: request.headers as Record<string, string>,
        body: request.body,
      };
      const requestConfig = request.preferences ? { ...config, mock: { ...config.mock, ...request.preferences } } : config;
      const result = await prism.request(input, operations, requestConfig)();
      if (result._tag === 'Left') {
        const error = result.left as Error & { status?: number; detail?: string };
        return { ok: false, status: error.status ?? 500, message: error.detail || error.message };
      }
      const { output, validations } = result.right;
      return {
        ok: true,
        status: output.statusCode,
        headers: output.headers ?? {},
        body: output.body,
        violations: validations.input.filter((v) => v.severity === errorSeverity),
        exampleKey: requestConfig.mock.exampleKey,
      };
    },
  };
}
