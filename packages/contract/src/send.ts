/**
 * Sends one request of the run through @cantila/client and keeps the answer as the wire carried it: the
 * client builds the request from the spec's path and parameters, a fetch of ours paces the run and
 * reads the raw status, headers and body, and stopping the run (its time limit, Ctrl-C) aborts whatever is in flight.
 */
import { createClient, type CantilaClient } from '@cantila/client';
import type { Exchange } from './checks.ts';
import type { Operation } from './spec.ts';

/** What one call sends: `key: undefined` sends no credential. */
export interface Call {
  key: string | undefined;
  actAs?: string | undefined;
  path: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
}

/** What a request came back with: the exchange, or why no answer came. */
export type Answer = Exchange | { failure: string };

/** Thrown once the run must stop: its time limit has passed, or it was interrupted. */
export class RunStopped extends Error {}

export interface SenderOptions {
  baseUrl: string;
  /** The most requests started per second. */
  rate: number;
  /** Each request's time limit, in ms. */
  requestTimeout: number;
  /** Aborts when the run must stop. */
  deadline: AbortSignal;
  /** Default: the global fetch. */
  fetch?: typeof fetch | undefined;
}

type UntypedCall = (path: string, init: Record<string, unknown>) => Promise<{ error?: { message: string } }>;

// A server's 429 is its rate limit, not a finding: its Retry-After is waited out, a few times and briefly.
const maxRateLimitWaits = 3;
const longestRetryAfter = 60;

/** Resolves after `ms`, or throws RunStopped as soon as `signal` aborts. */
const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new RunStopped());
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new RunStopped());
      },
      { once: true },
    );
  });

/** Seconds a 429 asks to wait, if it is one with a usable Retry-After. */
function retryAfterOf(answer: Answer): number | undefined {
  if ('failure' in answer || answer.status !== 429) return undefined;
  const text = answer.headers.get('retry-after');
  const seconds = text !== null && /^\d+$/.test(text.trim()) ? Number(text) : undefined;
  return seconds !== undefined && seconds <= longestRetryAfter ? seconds : undefined;
}

/**
 * A sender: each call resolves to the exchange, or to why no answer came (refused, timed out). A 429
 * with a Retry-After of a minute or less is waited out and the call sent again, up to three times.
 */
export function sender(options: SenderOptions): (op: Operation, call: Call) => Promise<Answer> {
  const send = sendOnce(options);
  return async (op, call) => {
    let answer = await send(op, call);
    for (let waits = 0; waits < maxRateLimitWaits; waits++) {
      const seconds = retryAfterOf(answer);
      if (seconds === undefined) break;
      await sleep(seconds * 1000, options.deadline);
      answer = await send(op, call);
    }
    return answer;
  };
}

function sendOnce(options: SenderOptions): (op: Operation, call: Call) => Promise<Answer> {
  const gap = 1000 / options.rate;
  let nextStart = 0;
  const pace = async (): Promise<void> => {
    const wait = nextStart - Date.now();
    nextStart = Math.max(Date.now(), nextStart) + gap;
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  };

  return async (op, call) => {
    if (options.deadline.aborted) throw new RunStopped();
    await pace();
    let exchange: Exchange | undefined;
    const client: CantilaClient = createClient({
      baseUrl: options.baseUrl,
      maxRetries: 0,
      timeout: options.requestTimeout,
      ...(call.key === undefined ? { auth: 'none' as const } : { apiKey: call.key }),
      ...(call.actAs === undefined ? {} : { actAs: call.actAs }),
      fetch: async (request) => {
        const response = await (options.fetch ?? fetch)(request);
        exchange = { status: response.status, headers: response.headers, text: await response.clone().text() };
        return response;
      },
    });
    const method = client[op.method.toUpperCase() as 'GET'] as unknown as UntypedCall;
    try {
      const outcome = await method(op.path, {
        params: { path: call.path, query: call.query },
        signal: options.deadline,
        ...(call.body === undefined ? {} : { body: call.body }),
      });
      return exchange ?? { failure: outcome.error?.message ?? 'no response' };
    } catch (error) {
      if (options.deadline.aborted) throw new RunStopped();
      return { failure: (error as Error).message };
    }
  };
}
