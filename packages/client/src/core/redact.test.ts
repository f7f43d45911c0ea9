import { describe, expect, it } from 'vitest';
import { redact, redactHeaders } from './redact.ts';

describe('redact', () => {
  it('hides API keys, bearer tokens and the session cookie wherever they appear', () => {
    const text = 'key sk_live_4eC39HqLyjWDarjtT1zdp7dc, Authorization: Bearer abc.def, Cookie: theme=dark; cantila_session=s3cr3t-value; x=1';
    const out = redact(text);
    expect(out).not.toMatch(/4eC39HqLyjWDarjtT1zdp7dc|abc\.def|s3cr3t-value/);
    expect(out).toBe('key [redacted], Authorization: Bearer [redacted], Cookie: theme=dark; cantila_session=[redacted]; x=1');
  });

  it('leaves ordinary text alone', () => {
    expect(redact('No project named web-shop (task_sk_1 is not a key)')).toBe('No project named web-shop (task_sk_1 is not a key)');
  });
});

describe('redactHeaders', () => {
  it('hides credential headers entirely and keys inside other headers', () => {
    const headers = new Headers({ Authorization: 'Bearer sk_test_1', Cookie: 'cantila_session=abc', 'X-Debug': 'sk_test_2', 'X-Cantila-Act-As': 'client-acme' });
    const line = redactHeaders(headers);
    expect(line).toBe('authorization: [redacted], cookie: [redacted], x-cantila-act-as: client-acme, x-debug: [redacted]');
  });
});
