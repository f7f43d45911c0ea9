/**
 * What the checks of the policy layer see. A check is `(context) → reply | nothing`: a reply refuses
 * the request (or answers it, like a CORS preflight), nothing lets it on to the next check. Checks run
 * in the order of ./index.ts; the few that establish something for those after them (the credential,
 * the body, the preferences) write it into the context, and say so.
 */
import type { Credential } from '../credentials.ts';
import type { PreferenceChoice } from '../prefer.ts';
import type { Refusals, Reply } from '../reply.ts';
import type { MockRequest } from '../request.ts';
import type { NetworkPolicy } from '../network.ts';
import type { SessionBook } from '../sessions.ts';
import type { MockSpec, OperationPolicy } from '../spec.ts';

/** A request before it is routed. */
export interface RequestContext extends Refusals {
  req: MockRequest;
  spec: MockSpec;
  requestId: string;
  method: string;
  /** The request's path, without its query. */
  fullPath: string;
  query: Record<string, string | string[]>;
  /** Who the rate limit counts the request against: the client's address until a credential is known. */
  rateLimitKey: string;
  redact(text: string): string;
  /** The origins and Host names the mock answers. */
  network: NetworkPolicy;
  /** The sessions the development sign-in opened. */
  sessions: SessionBook;
}

/** A request routed to one operation of the spec. */
export interface OperationContext extends RequestContext {
  operation: OperationPolicy;
  /** The path below the base path (`/projects/web-shop`). */
  path: string;
  /** The path parameters, still percent-encoded as they came. */
  pathParams: Record<string, string>;
  /** Set by the credential check for an authenticated operation. */
  credential?: Credential;
  /** Set by the body check: the parsed JSON body, `undefined` for none. */
  body?: unknown;
  /** Set by the Prefer check. */
  preferred?: PreferenceChoice;
}

export type RequestCheck = (context: RequestContext) => Reply | undefined;
export type OperationCheck = (context: OperationContext) => Reply | undefined | Promise<Reply | undefined>;
