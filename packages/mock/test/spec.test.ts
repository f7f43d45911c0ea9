/** What the mock reads from the spec rather than knowing it: a spec that says otherwise is served otherwise. */
import { describe, expect, it } from 'vitest';
import { startMock } from '../src/index.ts';
import { send } from './support/http.ts';
import { specVariant, useMock } from './support/mock.ts';

describe('a spec with another base path and act-as header', () => {
  const other = useMock({
    specPath: specVariant((spec) => {
      spec.servers[0].url = 'https://api.example.test/v2/';
      spec.components.parameters.ActAs.name = 'X-Act-As';
    }),
  });

  it('is served under the path of servers[0].url', async () => {
    expect(other.url).toMatch(/\/v2$/);
    expect((await send(`${other.url}/health`)).status).toBe(200);
    expect((await send(other.url.replace(/\/v2$/, '/v1/health'))).body.message).toContain('every path of the API starts with /v2/');
  });

  it("applies the act-as rule to the ActAs parameter's header, by its name", async () => {
    const actingAs = (handle: string) =>
      send(`${other.url}/projects`, { headers: { authorization: 'Bearer sk_test_read_spec', 'x-act-as': handle } });
    expect((await actingAs('client-acme')).status).toBe(200);
    expect((await actingAs('client-initech')).status).toBe(403);
    expect((await actingAs('Not_A_Handle')).status).toBe(403);
    expect((await actingAs('a'.repeat(256))).body.fields).toEqual([{ field: 'X-Act-As', message: 'must be at most 255 characters' }]);
  });
});

it('refuses to start on a spec without the rate limit it reports, saying where it belongs', async () => {
  const specPath = specVariant((spec) => delete spec.components.headers['RateLimit-Limit'].example);
  await expect(startMock({ port: 0, specPath })).rejects.toThrow(
    /RateLimit-Limit header \(components\.headers\) needs a number as its example/,
  );
});
