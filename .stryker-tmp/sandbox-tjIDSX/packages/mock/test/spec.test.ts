/** What the mock reads from the spec rather than knowing it: a spec that says otherwise is served otherwise. */
// @ts-nocheck

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
    'components.headers.RateLimit-Limit needs a number as its example: the quota it reports',
  );
});

describe('a spec whose scopes, security or references differ from ours', () => {
  const reordered = useMock({ specPath: specVariant((spec) => (spec.components.schemas.Scope.enum = ['admin', 'read', 'deploy'])) });

  it("ranks the scopes in the Scope enum's order, as the client does", async () => {
    const deploy = await send(`${reordered.url}/projects/web-shop/restart`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk_test_admin_x' },
    });
    expect(deploy.status).toBe(403);
    expect(deploy.body.message).toBe('This operation needs the deploy scope; the key has admin.');
  });

  const rootSecurity = useMock({
    specPath: specVariant((spec) => {
      spec.security = [{ bearerAuth: ['deploy'] }, { sessionCookie: ['deploy'] }];
      delete spec.paths['/me'].get.security;
    }),
  });

  it("gives an operation without security of its own the root's", async () => {
    expect((await send(`${rootSecurity.url}/me`)).status).toBe(401);
    const read = await send(`${rootSecurity.url}/me`, { headers: { authorization: 'Bearer sk_test_read_x' } });
    expect(read.status).toBe(403);
    expect(read.body.message).toBe('This operation needs the deploy scope; the key has read.');
  });

  it('refuses to start on a circular $ref, naming it, instead of hanging', async () => {
    const specPath = specVariant((spec) => {
      spec.components.parameters.ActAs = { $ref: '#/components/parameters/Loop' };
      spec.components.parameters.Loop = { $ref: '#/components/parameters/ActAs' };
    });
    await expect(startMock({ port: 0, specPath })).rejects.toThrow(/goes round in a circle$/);
  });
});
