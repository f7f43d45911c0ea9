// @ts-nocheck
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyWebhook, WebhookVerificationError } from './verify.ts';

const secret = 'whsec_9fJ2kQ7xLm4Rt8Vb1Nc6Hs3Yd5Wg0Pe';
const now = Date.UTC(2026, 10, 28, 12, 51, 30);
const t = Math.floor(now / 1000);
const payload = JSON.stringify({
  id: 'whe_4Tq8Lm',
  type: 'incident.opened',
  created_at: '2026-11-28T12:51:00Z',
  account: 'your-handle',
  data: { incident: { id: 'inc_9Ru4Fz', title: 'web-shop CPU above 85% for 5 minutes — ünïcode' } },
});

/** Signs as Cantila does, with node:crypto: an implementation independent of the one under test. */
const sign = (body: string | Uint8Array, key = secret, at = t): string =>
  `t=${at},v1=${createHmac('sha256', key).update(`${at}.`).update(body).digest('hex')}`;

async function failure(options: Parameters<typeof verifyWebhook>[0]): Promise<WebhookVerificationError> {
  const error = await verifyWebhook(options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return error as WebhookVerificationError;
}

describe('verifyWebhook', () => {
  it('returns the event of a delivery signed with the secret', async () => {
    const event = await verifyWebhook({ payload, signature: sign(payload), secret, now });
    expect(event.id).toBe('whe_4Tq8Lm');
    expect(event.type).toBe('incident.opened');
  });

  it('accepts the raw bytes as well as the text', async () => {
    const bytes = new TextEncoder().encode(payload);
    expect((await verifyWebhook({ payload: bytes, signature: sign(bytes), secret, now })).data.incident.id).toBe('inc_9Ru4Fz');
  });

  it('accepts a delivery signed during a secret rotation when any v1 matches', async () => {
    const other = sign(payload, 'whsec_old').split(',')[1];
    await expect(verifyWebhook({ payload, signature: `${sign(payload)},${other}`, secret, now })).resolves.toBeDefined();
    await expect(
      verifyWebhook({ payload, signature: `t=${t},${other},${sign(payload).split(',')[1]}`, secret, now }),
    ).resolves.toBeDefined();
  });

  it('refuses a body changed by one character, and re-serialised JSON', async () => {
    const signature = sign(payload);
    expect((await failure({ payload: payload.replace('85%', '86%'), signature, secret, now })).failure).toBe('signature_mismatch');
    expect((await failure({ payload: JSON.stringify(JSON.parse(payload), null, 2), signature, secret, now })).failure).toBe(
      'signature_mismatch',
    );
  });

  it('refuses another secret, another timestamp, and a MAC of the body alone', async () => {
    expect((await failure({ payload, signature: sign(payload, 'whsec_other'), secret, now })).failure).toBe('signature_mismatch');
    const [, mac] = sign(payload).split(',v1=');
    expect((await failure({ payload, signature: `t=${t - 1},v1=${mac}`, secret, now })).failure).toBe('signature_mismatch');
    const bodyOnly = createHmac('sha256', secret).update(payload).digest('hex');
    expect((await failure({ payload, signature: `t=${t},v1=${bodyOnly}`, secret, now })).failure).toBe('signature_mismatch');
  });

  it('refuses a timestamp more than the tolerance away, either way, and accepts one at the limit', async () => {
    const old = sign(payload, secret, t - 301);
    const ahead = sign(payload, secret, t + 301);
    expect((await failure({ payload, signature: old, secret, now })).failure).toBe('stale_timestamp');
    expect((await failure({ payload, signature: ahead, secret, now })).failure).toBe('stale_timestamp');
    await expect(verifyWebhook({ payload, signature: sign(payload, secret, t - 300), secret, now })).resolves.toBeDefined();
    await expect(verifyWebhook({ payload, signature: old, secret, now, toleranceSeconds: 600 })).resolves.toBeDefined();
  });

  it('refuses a missing or malformed header without trying to verify it', async () => {
    const mac = 'a'.repeat(64);
    expect((await failure({ payload, signature: undefined, secret, now })).failure).toBe('missing_header');
    expect((await failure({ payload, signature: '', secret, now })).failure).toBe('missing_header');
    for (const signature of [
      `v1=${mac},t=${t}`,
      `t=${t}`,
      `t=${t},v1=${mac.toUpperCase()}`,
      `t=${t},v1=${mac.slice(1)}`,
      `t=${t},v0=${mac}`,
      `t=-${t},v1=${mac}`,
      `t=1e9,v1=${mac}`,
      `t=${t},v1=${mac} `,
      `t=${'9'.repeat(400)},v1=${mac}`,
      `t=${t}${`,v1=${mac}`.repeat(9)}`,
      `t=${t}${`,v1=${mac}`.repeat(20_000)}`,
    ])
      expect((await failure({ payload, signature, secret, now })).failure, signature.slice(0, 80)).toBe('malformed_header');
  });

  it('refuses a signed body that is not JSON', async () => {
    const text = 'not json';
    expect((await failure({ payload: text, signature: sign(text), secret, now })).failure).toBe('malformed_payload');
    const bytes = new Uint8Array([0xff, 0xfe, 0x7b]);
    expect((await failure({ payload: bytes, signature: sign(bytes), secret, now })).failure).toBe('malformed_payload');
  });

  it('never puts the secret in what it throws', async () => {
    const error = await failure({ payload, signature: sign(payload, 'whsec_other'), secret, now });
    expect(`${error.message} ${JSON.stringify(error)} ${error.stack}`).not.toContain(secret);
  });

  it('says what to pass when given a parsed body or no secret', async () => {
    const parsed = JSON.parse(payload) as unknown as string;
    await expect(verifyWebhook({ payload: parsed, signature: sign(payload), secret, now })).rejects.toThrow(/raw body/);
    await expect(verifyWebhook({ payload, signature: sign(payload), secret: '', now })).rejects.toThrow(/signing secret/);
  });
});
