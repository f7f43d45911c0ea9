import { describe, expect, it } from 'vitest';
import { redact, redactHeaders } from './redact.ts';

describe('redact', () => {
  it('hides API keys, bearer tokens and the session cookie wherever they appear', () => {
    const text =
      'key sk_live_4eC39HqLyjWDarjtT1zdp7dc, Authorization: Bearer abc.def, Cookie: theme=dark; cantila_session=s3cr3t-value; x=1';
    const out = redact(text);
    expect(out).not.toMatch(/4eC39HqLyjWDarjtT1zdp7dc|abc\.def|s3cr3t-value/);
    expect(out).toBe('key [redacted], Authorization: Bearer [redacted], Cookie: theme=dark; cantila_session=[redacted]; x=1');
  });

  it('hides a key joined to a name by an underscore: x_sk_live_… and, by the same rule, task_sk_1', () => {
    expect(redact('CANTILA_sk_live_4eC39HqLyj set')).toBe('CANTILA_[redacted] set');
    expect(redact('job task_sk_1 failed')).toBe('job task_[redacted] failed');
  });

  it('leaves words where sk_ follows a letter or a digit alone', () => {
    expect(redact('risk_level high, desk_2 free, 4sk_x')).toBe('risk_level high, desk_2 free, 4sk_x');
  });

  it.each([
    ['Bearer%20sk_live_4eC39HqLyj', 'Bearer [redacted]'],
    ['/v1/projects/key%3Dsk_live_4eC39HqLyj', '/v1/projects/key=[redacted]'],
    ['?q=key%253Dsk_live_4eC39HqLyj&x=1', '?q=key=[redacted]&x=1'],
    ['cantila_session%3Ds3cr3t', 'cantila_session=[redacted]'],
  ])('hides a percent-encoded secret, showing that part decoded: %s', (text, redacted) => {
    expect(redact(text)).toBe(redacted);
  });

  it('leaves percent signs and escapes that hide nothing as they are', () => {
    expect(redact('GET /v1/projects/a%2Fb at 100% (bad escape %E0%A4%A)')).toBe('GET /v1/projects/a%2Fb at 100% (bad escape %E0%A4%A)');
  });

  it('keeps an escape that is not UTF-8 as it is while it decodes the rest around it', () => {
    expect(redact('/v1/x%FF/key%3Dsk_live_4eC39HqLyj')).toBe('/v1/x%FF/key=[redacted]');
  });

  it('hides a key after a character that takes several escapes (%C3%A9)', () => {
    expect(redact('/v1/caf%C3%A9%3Dsk_live_4eC39HqLyj')).toBe('/v1/café=[redacted]');
  });

  it('hides a bearer token after more than one space', () => {
    expect(redact('Authorization: Bearer   eyJhbGciOi.x')).toBe('Authorization: Bearer   [redacted]');
  });

  it.each([
    ['cantila_session = s3cr3t; theme=dark', 'cantila_session = [redacted]; theme=dark'],
    ['{"cantila_session":"s3cr3t","theme":"dark"}', '{"cantila_session":"[redacted]","theme":"dark"}'],
    ['cantila_session: s3cr3t', 'cantila_session: [redacted]'],
    ['?cantila_session=s3cr3t&theme=dark', '?cantila_session=[redacted]&theme=dark'],
  ])('hides the session cookie written as %s', (text, redacted) => {
    expect(redact(text)).toBe(redacted);
  });
});

describe('redactHeaders', () => {
  it('hides credential headers entirely and keys inside other headers', () => {
    const headers = new Headers({
      Authorization: 'Bearer sk_test_1',
      Cookie: 'cantila_session=abc',
      'X-Debug': 'sk_test_2',
      'X-Cantila-Act-As': 'client-acme',
    });
    const line = redactHeaders(headers);
    expect(line).toBe('authorization: [redacted], cookie: [redacted], x-cantila-act-as: client-acme, x-debug: [redacted]');
  });
});
