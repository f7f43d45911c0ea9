/** The sign-in's session book: opaque tokens, sign-out, and a bound on what it keeps. */
import { expect, it } from 'vitest';
import { sessionBook } from './sessions.ts';

const session = { user: { id: 'usr_8f2a', email: 'you@example.com', name: 'You' }, scope: 'read' };

it('opens opaque tokens, tells a signed-out one from one it never issued, and leaves other values to the caller', () => {
  const book = sessionBook();
  const token = book.open(session);
  expect(token).toMatch(/^ses_[A-Za-z0-9_-]{43}$/);
  expect(token).not.toContain(session.user.id);
  expect(book.open(session)).not.toBe(token);
  expect(book.find(token)).toEqual(session);
  book.close(token);
  expect(book.find(token)).toBe('signed out');
  expect(book.find(`ses_${'A'.repeat(43)}`)).toBe('unknown');
  expect(book.find('demo')).toBe('not issued');
  expect(book.find(`${token}x`)).toBe('not issued');
});

it('forgets the oldest sessions past 10,000 open, so a loop of sign-ins cannot grow the mock without bound', () => {
  const book = sessionBook();
  const first = book.open(session);
  const second = book.open(session);
  for (let i = 0; i < 9_999; i++) book.open(session);
  expect(book.find(first)).toBe('unknown');
  expect(book.find(second)).toEqual(session);
});
