/** What every response of the policy layer carries (src/policy.ts): the request id, the rate-limit numbers, CORS. */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { bearer, send } from './support/http.ts';
import { useMock } from './support/mock.ts';
import { adminKey, keyFor } from './support/spec.ts';

// The checks apart from the state store (tested in stateful.test.ts): the examples answer.
const server = useMock({ stateless: true });

describe('headers on every response', () => {
  it('sends a fresh X-Request-Id and the RateLimit-* numbers, whatever the status', async () => {
    const answers = await Promise.all([
      send(server.at('/v1/health')),
      send(server.at('/v1/projects/web-shop'), { method: 'DELETE', headers: bearer(adminKey) }),
      send(server.at('/v1/projects')),
      send(server.at('/v1/nowhere')),
      send(server.at('/v1/health'), { method: 'PUT' }),
      send(server.at('/v1/projects?limit=0'), { headers: bearer(adminKey) }),
      send(server.at('/v1/projects'), {
        method: 'OPTIONS',
        headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET' },
      }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 204, 401, 404, 405, 422, 204]);
    const ids = answers.map((a) => a.headers.get('x-request-id'));
    for (const [i, answer] of answers.entries()) {
      expect(ids[i]).toMatch(/^req_[A-Za-z0-9]+$/);
      for (const name of ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset']) expect(answer.headers.get(name)).toMatch(/^\d+$/);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("counts a credential's requests down in RateLimit-Remaining", async () => {
    const key = `${keyFor('read')}counting`;
    const first = await send(server.at('/v1/projects'), { headers: bearer(key) });
    const second = await send(server.at('/v1/projects'), { headers: bearer(key) });
    expect(Number(first.headers.get('ratelimit-remaining'))).toBe(Number(first.headers.get('ratelimit-limit')) - 1);
    expect(Number(second.headers.get('ratelimit-remaining'))).toBe(Number(first.headers.get('ratelimit-remaining')) - 1);
  });

  it('exposes them to browser code (CORS)', async () => {
    const answer = await send(server.at('/v1/health'), { headers: { origin: 'http://localhost:3000' } });
    expect(answer.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(answer.headers.get('access-control-expose-headers')).toContain('X-Request-Id');
  });
});
