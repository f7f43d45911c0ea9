/**
 * Verifies the webhooks Cantila sends (the spec's `incident.*` webhooks): the `Cantila-Signature`
 * header is `t=<unix seconds>,v1=<hex>`, with `v1` the HMAC-SHA256 of `<t>.<raw body>` keyed with the
 * webhook signing secret (`whsec_…`). WebCrypto only, so it runs in Node ≥ 20, browsers, Deno and workers;
 * `crypto.subtle.verify` compares the MACs in constant time.
 */
// @ts-nocheck

import type { components } from '../generated/schema.ts';

/** The body of every webhook (the spec's `WebhookEvent`). */
export type WebhookEvent = components['schemas']['WebhookEvent'];

/** Why a delivery was refused. */
export type WebhookFailure = 'missing_header' | 'malformed_header' | 'stale_timestamp' | 'signature_mismatch' | 'malformed_payload';

/** A delivery that is not provably from Cantila, or not fresh: answer it 400 and do nothing. */
export class WebhookVerificationError extends Error {
  /** What was wrong, stable to branch on. */
  readonly failure: WebhookFailure;

  /** @internal */
  constructor(failure: WebhookFailure, message: string) {
    super(message);
    this.name = 'WebhookVerificationError';
    this.failure = failure;
  }
}

export interface VerifyWebhookOptions {
  /** The request body exactly as received: the raw text or bytes, never a re-serialised object. */
  payload: string | Uint8Array;
  /** The `Cantila-Signature` header. */
  signature: string | null | undefined;
  /** The webhook signing secret (`whsec_…`). */
  secret: string;
  /** How far, in seconds, the signature's time may be from `now`, either way. Default 300. */
  toleranceSeconds?: number;
  /** The current time, in milliseconds since the epoch (for tests). Default `Date.now()`. */
  now?: number;
}

// The spec's WebhookSignature allows 1024 characters; a rotation signs with two secrets at most.
const maxHeader = 1024;
const maxSignatures = 8;
const headerPattern = /^t=(\d{1,12})((?:,v1=[0-9a-f]{64})+)$/;
const encoder = new TextEncoder();

function hexBytes(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function parseHeader(signature: string | null | undefined): { timestamp: number; macs: Uint8Array<ArrayBuffer>[] } {
  if (signature === undefined || signature === null || signature === '')
    throw new WebhookVerificationError('missing_header', 'The request has no Cantila-Signature header; it did not come from Cantila.');
  const match = signature.length <= maxHeader ? headerPattern.exec(signature) : null;
  const macs = match?.[2]?.split(',v1=').slice(1) ?? [];
  if (!match || macs.length > maxSignatures)
    throw new WebhookVerificationError(
      'malformed_header',
      `The Cantila-Signature header is not t=<unix seconds>,v1=<64 hex digits> (at most ${maxSignatures} v1 values, ${maxHeader} characters).`,
    );
  return { timestamp: Number(match[1]), macs: macs.map(hexBytes) };
}

/**
 * Checks that a webhook delivery was signed by Cantila with `secret` within `toleranceSeconds` of now,
 * and returns its event. Throws a `WebhookVerificationError` otherwise; the error never contains the
 * secret. Verify before acting on anything in the body, and use `event.id` to act once per event
 * (deliveries are retried).
 */
export async function verifyWebhook(options: VerifyWebhookOptions): Promise<WebhookEvent> {
  const { payload, secret, toleranceSeconds = 300, now = Date.now() } = options;
  if (typeof payload !== 'string' && !(payload instanceof Uint8Array))
    throw new TypeError('verifyWebhook: payload must be the raw body (a string or bytes) as received, not a parsed object.');
  if (typeof secret !== 'string' || secret === '')
    throw new TypeError('verifyWebhook: secret must be the webhook signing secret (whsec_…).');
  const { timestamp, macs } = parseHeader(options.signature);
  const skew = Math.abs(now / 1000 - timestamp);
  if (!(skew <= toleranceSeconds))
    throw new WebhookVerificationError(
      'stale_timestamp',
      `The signature's time (t=${timestamp}) is ${Math.round(skew)} seconds from this clock, more than the ${toleranceSeconds} allowed: a replay, or a clock to fix.`,
    );
  const body = typeof payload === 'string' ? encoder.encode(payload) : payload;
  const signed = concat(encoder.encode(`${timestamp}.`), body);
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  const results = await Promise.all(macs.map((mac) => crypto.subtle.verify('HMAC', key, mac, signed)));
  if (!results.includes(true))
    throw new WebhookVerificationError(
      'signature_mismatch',
      'No v1 signature of the Cantila-Signature header matches the body and this secret: check the secret, and that the body is passed unchanged.',
    );
  try {
    return JSON.parse(typeof payload === 'string' ? payload : new TextDecoder('utf-8', { fatal: true }).decode(payload)) as WebhookEvent;
  } catch {
    throw new WebhookVerificationError('malformed_payload', 'The signed body is not JSON.');
  }
}
