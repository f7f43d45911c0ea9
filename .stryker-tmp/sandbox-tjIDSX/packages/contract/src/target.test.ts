// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { readTarget, UsageError, type Target } from './target.ts';

const target = (...args: string[]): Target => readTarget(args, {}) as Target;
const refusal = (...args: string[]): string => {
  try {
    readTarget(args, {});
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`accepted ${args.join(' ')}`);
};

describe('the base URL', () => {
  it.each(['http://127.0.0.1:4010/v1', 'http://127.8.9.10/v1/', 'http://localhost:1/v1', 'http://[::1]:4010/v1'])(
    'accepts loopback %s',
    (url) => {
      expect(target('--base-url', url).baseUrl).toBe(url.replace(/\/$/, ''));
    },
  );

  it.each([
    'https://api.cantila.app/v1',
    'http://localhost.evil.example/v1',
    'http://127.0.0.1.nip.io/v1',
    'http://10.0.0.1/v1',
    'http://[::2]/v1',
  ])('refuses %s without --allow-remote, and takes it with', (url) => {
    expect(refusal('--base-url', url)).toMatch(/is not loopback.*--allow-remote/);
    expect(target('--base-url', url, '--allow-remote').baseUrl).toBe(url);
  });

  it.each([
    [[], '--base-url is required'],
    [['--base-url', '127.0.0.1:4010/v1'], '--base-url must be an absolute http(s) URL'],
    [['--base-url', 'ftp://127.0.0.1/v1'], '--base-url must be http or https, not ftp:'],
    [['--base-url', 'http://me:sk_live_x@127.0.0.1/v1'], '--base-url must not hold credentials'],
    [['--base-url', 'http://127.0.0.1/v1?debug=1'], '--base-url must not have a query'],
  ])('refuses %j: %s', (args, message) => {
    expect(refusal(...args)).toContain(message);
  });
});

describe('the other flags', () => {
  const base = ['--base-url', 'http://127.0.0.1:4010/v1'];

  it('has safe defaults: reads only, 20 requests a second, 300 s in all, 10 s a request', () => {
    expect(target(...base)).toMatchObject({
      includeWrites: false,
      rate: 20,
      timeLimit: 300_000,
      requestTimeout: 10_000,
      apiKey: undefined,
    });
  });

  it('takes the key from CANTILA_API_KEY when no --api-key is given', () => {
    expect((readTarget(base, { CANTILA_API_KEY: 'sk_env' }) as Target).apiKey).toBe('sk_env');
  });

  it.each([
    [['--rate', '0'], '--rate must be a number above 0'],
    [['--rate', 'fast'], '--rate must be a number above 0'],
    [['--time-limit=-5'], '--time-limit must be a number above 0'],
    [['--time-limit', '1e9'], '--time-limit must be a number above 0 and at most 86400'],
    [['--timeout', 'Infinity'], '--timeout must be a number above 0'],
    [['--api-key', 'hunter2'], '--api-key must be an API key (sk_…)'],
    [['--read-key', 'oops'], '--read-key must be an API key (sk_…)'],
    [['--act-as', 'Client Acme'], '--act-as takes a sub-account handle such as client-acme: it must match pattern'],
    [['--act-as', 'x'.repeat(41)], '--act-as takes a sub-account handle such as client-acme: it must be at most 40 characters'],
    [['--skip', 'everything'], '--skip takes one of unauthenticated, scope, act-as, invalid-body, unknown-id, not "everything"'],
  ])('refuses %j: %s', (args, message) => {
    expect(refusal(...base, ...args)).toContain(message);
  });

  it.each([
    ['an unknown flag', ['--sk_live_secret123']],
    ['a handle', ['--act-as', 'sk_live_secret123']],
  ])('does not echo a key typed as %s', (_, args) => {
    expect(refusal(...base, ...args)).not.toContain('secret123');
  });
});
