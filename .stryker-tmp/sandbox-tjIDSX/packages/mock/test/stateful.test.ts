/**
 * The stateful mock as a frontend builds on it, through @cantila/client: every resource's create → get
 * → list → update → delete → 404 flow, lifecycles on an injected clock, the activity log after each
 * kind of mutation, Idempotency-Key replays and conflicts, the documented conflicts, isolation between
 * workspaces and act-as sub-accounts, and the control endpoints. Every answer is checked against the spec.
 */
// @ts-nocheck

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type CantilaClient } from '@cantila/client';
import { beforeEach, describe, expect, it } from 'vitest';
import { startMock } from '../src/index.ts';
import { workspaceHeader } from '../src/state.ts';
import { manualClock } from '../src/store/clock.ts';
import { replayHeader } from '../src/store/store.ts';
import { bearer, send, withJson } from './support/http.ts';
import { useMock } from './support/mock.ts';
import { errorShapeErrors, exampleRequest, keyFor, operations, schemaErrors, successStatusOf } from './support/spec.ts';

const clock = manualClock();
const server = useMock({ clock });
const admin = keyFor('admin');
const control = (path: string): string => server.url.replace(/\/v1$/, '') + path;

interface Answer {
  status: number;
  data: any;
  error: any;
  headers: Headers;
}
type Untyped = (path: string, init: Record<string, unknown>) => Promise<{ data?: unknown; error?: any; response: Response }>;

let workspace = 0;
let api: ReturnType<typeof session>;
beforeEach(() => {
  api = session(`test-${++workspace}`);
});

/** A client in a workspace of its own, whose every answer is checked against the spec. */
function session(name: string, extraHeaders: Record<string, string> = {}) {
  const client: CantilaClient = createClient({
    baseUrl: server.url,
    apiKey: admin,
    maxRetries: 0,
    headers: { [workspaceHeader]: name, ...extraHeaders },
  });
  return async function call(
    key: string,
    path: Record<string, string> = {},
    body?: unknown,
    query: Record<string, unknown> = {},
  ): Promise<Answer> {
    const op = operations.find((o) => o.key === key);
    if (!op) throw new Error(`no operation ${key}`);
    const [method, template] = key.split(' ') as [string, string];
    const send = client[method as 'GET'] as unknown as Untyped;
    const { data, error, response } = await send(template, { params: { path, query }, ...(body === undefined ? {} : { body }) });
    const payload = error ? error.body : data;
    expect(schemaErrors(op, response.status, payload), `${key} ${response.status}: ${JSON.stringify(payload)}`).toEqual([]);
    if (error) expect(errorShapeErrors(error.body)).toEqual([]);
    return { status: response.status, data, error, headers: response.headers };
  };
}

const example = (key: string): any => structuredClone(exampleRequest(operations.find((o) => o.key === key)!).body);
const ids = (answer: Answer): string[] => answer.data.data.map((item: { id: string }) => item.id);

interface Resource {
  list: string;
  item: string;
  param: string;
  prefix: RegExp;
  path?: Record<string, string>;
  /** Where the made item is in the create answer. */
  made?: (data: any) => any;
}

const resources: Resource[] = [
  { list: '/projects', item: '/projects/{project}', param: 'project', prefix: /^prj_/ },
  { list: '/keys', item: '/keys/{keyId}', param: 'keyId', prefix: /^key_/, made: (data) => data.key },
  { list: '/sub-accounts', item: '/sub-accounts/{handle}', param: 'handle', prefix: /^acc_/ },
  { list: '/team/invitations', item: '/team/invitations/{invitationId}', param: 'invitationId', prefix: /^ivt_/ },
  {
    list: '/projects/{project}/domains',
    item: '/projects/{project}/domains/{domainId}',
    param: 'domainId',
    prefix: /^dom_/,
    path: { project: 'web-shop' },
  },
  { list: '/agents', item: '/agents/{agentId}', param: 'agentId', prefix: /^agt_/, made: (data) => data.agent },
  { list: '/alerts', item: '/alerts/{alertId}', param: 'alertId', prefix: /^alr_/ },
];
const has = (key: string): boolean => operations.some((o) => o.key === key);

describe.each(resources)('$list', (resource) => {
  it('creates with a prefixed id and the values sent, then gets, lists, updates, deletes to a 404 — each in the activity log', async () => {
    const create = `POST ${resource.list}`;
    const sent = example(create);
    const created = await api(create, resource.path, sent);
    expect(created.status).toBeLessThan(300);
    const item = (resource.made ?? ((data) => data))(created.data);
    expect(item.id).toMatch(resource.prefix);
    for (const [name, value] of Object.entries(sent)) if (name in item) expect(item[name], name).toEqual(value);
    const at = { ...resource.path, [resource.param]: item.handle ?? item.id };

    if (has(`GET ${resource.item}`)) expect((await api(`GET ${resource.item}`, at)).data).toEqual(item);
    expect(ids(await api(`GET ${resource.list}`, resource.path))).toContain(item.id);

    const activity = await api('GET /activity', {}, undefined, { resource_id: item.id });
    expect(activity.data.data.map((e: any) => e.action)).toEqual([expect.stringMatching(/\.create$/)]);

    if (has(`PATCH ${resource.item}`)) {
      const change = example(`PATCH ${resource.item}`);
      const updated = await api(`PATCH ${resource.item}`, at, change);
      expect(updated.status).toBe(200);
      expect(updated.data).toMatchObject(change);
      if (has(`GET ${resource.item}`)) expect((await api(`GET ${resource.item}`, at)).data).toEqual(updated.data);
    }
    if (has(`DELETE ${resource.item}`)) {
      expect((await api(`DELETE ${resource.item}`, at)).status).toBe(204);
      if (has(`GET ${resource.item}`)) {
        const gone = await api(`GET ${resource.item}`, at);
        expect(gone.status).toBe(404);
        expect(gone.error.body.message).toContain(item.handle ?? item.id);
      }
      expect(ids(await api(`GET ${resource.list}`, resource.path))).not.toContain(item.id);
      const [latest] = (await api('GET /activity', {}, undefined, { resource_id: item.id })).data.data;
      expect(latest.action).toMatch(/\.(delete|revoke)$/);
    }
  });
});

describe('projects', () => {
  it('paginates the real store newest first with opaque cursors', async () => {
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.unshift((await api('POST /projects', {}, { name: `page-${i}`, region: 'fra1' })).data.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await api('GET /projects', {}, undefined, { limit: 2, ...(cursor ? { cursor } : {}) });
      expect(page.data.data.length).toBeLessThanOrEqual(2);
      seen.push(...ids(page));
      cursor = page.data.next_cursor ?? undefined;
    } while (cursor);
    expect(seen.slice(0, 5)).toEqual(made);
    expect(new Set(seen).size).toBe(seen.length);
    const bad = await api('GET /projects', {}, undefined, { cursor: 'not-a-cursor' });
    expect(bad.status).toBe(422);
    expect(bad.error.body.fields).toEqual([{ field: 'cursor', message: 'is not one this list gave' }]);
  });

  it('refuses a name already taken, and takes a project’s deploys, domains and variables with it when deleted', async () => {
    expect((await api('POST /projects', {}, { name: 'web-shop', region: 'fra1' })).error.body.message).toBe(
      'A project named web-shop already exists in account your-handle; choose another name.',
    );
    const project = (await api('POST /projects', {}, { name: 'doomed', region: 'fra1' })).data;
    const deploy = (await api('POST /projects/{project}/deploys', { project: 'doomed' }, {})).data;
    await api('DELETE /projects/{project}', { project: project.id });
    await api('POST /projects', {}, { name: 'doomed', region: 'fra1' });
    expect((await api('GET /projects/{project}/deploys/{deployId}', { project: 'doomed', deployId: deploy.id })).status).toBe(404);
  });

  it('refuses a project over the plan’s quota (projects in GET /capacity)', async () => {
    const capacity = (await api('GET /capacity')).data;
    const quota = capacity.quotas.find((q: any) => q.name === 'projects');
    for (let i = quota.used; i < quota.limit; i++)
      expect((await api('POST /projects', {}, { name: `q-${i}`, region: 'fra1' })).status).toBe(201);
    const over = await api('POST /projects', {}, { name: 'one-too-many', region: 'fra1' });
    expect(over.status).toBe(409);
    expect(over.error.body.message).toContain('GET /capacity');
    expect((await api('GET /capacity')).data.quotas.find((q: any) => q.name === 'projects').used).toBe(quota.limit);
  });
});

describe('deploys on the clock', () => {
  const status = async (deployId: string): Promise<string> =>
    (await api('GET /projects/{project}/deploys/{deployId}', { project: 'web-shop', deployId })).data.status;

  it('go queued → building → deploying → live; the previous live deploy becomes superseded', async () => {
    const before = (await api('GET /projects/{project}', { project: 'web-shop' })).data.live_deploy_id;
    const deploy = await api('POST /projects/{project}/deploys', { project: 'web-shop' }, { source: { type: 'git', ref: 'v2' } });
    expect(deploy.status).toBe(202);
    expect(deploy.data).toMatchObject({ status: 'queued', source: { type: 'git', ref: 'v2' }, finished_at: null });
    const seen = [];
    for (const wait of [2_000, 4_000, 4_000, 0]) {
      seen.push(await status(deploy.data.id));
      clock.advance(wait);
    }
    expect(seen).toEqual(['queued', 'building', 'deploying', 'live']);
    expect(await status(before)).toBe('superseded');
    expect((await api('GET /projects/{project}', { project: 'web-shop' })).data.live_deploy_id).toBe(deploy.data.id);
    const live = await api('GET /projects/{project}/deploys', { project: 'web-shop' }, undefined, { status: 'live' });
    expect(ids(live)).toEqual([deploy.data.id]);
  });

  it('cancel while in progress, and 409 once final', async () => {
    const deploy = (await api('POST /projects/{project}/deploys', { project: 'web-shop' }, {})).data;
    clock.advance(2_000);
    const canceled = await api('POST /projects/{project}/deploys/{deployId}/cancel', { project: 'web-shop', deployId: deploy.id });
    expect(canceled.data.status).toBe('canceled');
    clock.advance(60_000);
    expect(await status(deploy.id)).toBe('canceled');
    expect((await api('POST /projects/{project}/deploys/{deployId}/cancel', { project: 'web-shop', deployId: deploy.id })).status).toBe(
      409,
    );
  });

  it('roll back to a superseded deploy, never to the live one', async () => {
    const project = (await api('GET /projects/{project}', { project: 'web-shop' })).data;
    const toLive = await api('POST /projects/{project}/rollback', { project: 'web-shop' }, { deploy_id: project.live_deploy_id });
    expect(toLive.status).toBe(409);
    expect(toLive.error.body.message).toContain('live now');
    const superseded = ids(await api('GET /projects/{project}/deploys', { project: 'web-shop' }, undefined, { status: 'superseded' }))[0]!;
    const rollback = await api('POST /projects/{project}/rollback', { project: 'web-shop' }, { deploy_id: superseded });
    expect(rollback.data).toMatchObject({ status: 'queued', trigger: 'rollback', rollback_of: superseded });
    clock.advance(10_000);
    expect(await status(rollback.data.id)).toBe('live');
  });
});

describe('other lifecycles', () => {
  it('a restart goes queued → restarting → completed; a second one while it runs is a 409', async () => {
    const restart = await api('POST /projects/{project}/restart', { project: 'web-shop' }, {});
    expect(restart.status).toBe(202);
    const at = { project: 'web-shop', restartId: restart.data.id };
    expect((await api('POST /projects/{project}/restart', { project: 'web-shop' }, {})).status).toBe(409);
    clock.advance(1_000);
    expect((await api('GET /projects/{project}/restarts/{restartId}', at)).data.status).toBe('restarting');
    clock.advance(3_000);
    expect((await api('GET /projects/{project}/restarts/{restartId}', at)).data).toMatchObject({ status: 'completed' });
  });

  it('a domain goes verifying → issuing_certificate → active; verifying an active domain is a 409', async () => {
    const domain = (await api('POST /projects/{project}/domains', { project: 'web-shop' }, { hostname: 'new.acme.com' })).data;
    const at = { project: 'web-shop', domainId: domain.id };
    expect((await api('POST /projects/{project}/domains/{domainId}/verify', at)).data.status).toBe('verifying');
    clock.advance(2_000);
    expect((await api('GET /projects/{project}/domains/{domainId}', at)).data.status).toBe('issuing_certificate');
    clock.advance(3_000);
    const active = (await api('GET /projects/{project}/domains/{domainId}', at)).data;
    expect(active).toMatchObject({ status: 'active', certificate: { status: 'active' } });
    expect((await api('POST /projects/{project}/domains/{domainId}/verify', at)).status).toBe(409);
  });

  it('a billing transfer is pending until accepted, once; deleting the project cancels a pending one', async () => {
    const transfer = await api('POST /projects/{project}/billing-transfers', { project: 'web-shop' }, { to_account: 'client-acme' });
    expect(transfer.data).toMatchObject({ status: 'pending', from_account: 'your-handle', to_account: 'client-acme' });
    expect((await api('POST /projects/{project}/billing-transfers', { project: 'web-shop' }, { to_account: 'client-acme' })).status).toBe(
      409,
    );
    const outgoing = await api('GET /billing/transfers', {}, undefined, { direction: 'outgoing' });
    expect(ids(outgoing)).toContain(transfer.data.id);
    const accepted = await api('POST /billing/transfers/{transferId}/accept', { transferId: transfer.data.id });
    expect(accepted.data.status).toBe('accepted');
    expect((await api('POST /billing/transfers/{transferId}/decline', { transferId: transfer.data.id }, {})).status).toBe(409);

    const project = (await api('POST /projects', {}, { name: 'moving', region: 'fra1' })).data;
    const pending = (await api('POST /projects/{project}/billing-transfers', { project: 'moving' }, { to_account: 'client-acme' })).data;
    await api('DELETE /projects/{project}', { project: project.id });
    const after = (await api('GET /billing/transfers')).data.data.find((t: any) => t.id === pending.id);
    expect(after.status).toBe('canceled');
  });
});

describe('documented conflicts and single documents', () => {
  it('scale: instances while autoscaling is on is a 409; turning it off in the same request is not', async () => {
    await api(
      'PATCH /projects/{project}/scale',
      { project: 'web-shop' },
      { autoscaling: { enabled: true, min_instances: 2, max_instances: 10 } },
    );
    const refused = await api('PATCH /projects/{project}/scale', { project: 'web-shop' }, { instances: 4 });
    expect(refused.status).toBe(409);
    expect(refused.error.body.error).toBe('conflict');
    const both = await api('PATCH /projects/{project}/scale', { project: 'web-shop' }, { instances: 4, autoscaling: { enabled: false } });
    expect(both.data).toMatchObject({ instances: 4, autoscaling: { enabled: false, min_instances: 2 } });
    expect((await api('GET /projects/{project}/scale', { project: 'web-shop' })).data.instances).toBe(4);
  });

  it('account settings, the plan and environment variables are kept', async () => {
    await api('PATCH /account', {}, { default_region: 'iad1' });
    expect((await api('GET /account')).data.default_region).toBe('iad1');
    await api('PUT /billing/plan', {}, { plan: 'team' });
    expect((await api('GET /billing')).data.plan).toBe('team');
    const changed = await api(
      'PATCH /projects/{project}/env',
      { project: 'web-shop' },
      { variables: { NEW_VAR: 'hello', DATABASE_URL: null } },
    );
    expect(changed.data).toMatchObject({ set: [{ key: 'NEW_VAR' }], unset: ['DATABASE_URL'] });
    const keys = (await api('GET /projects/{project}/env', { project: 'web-shop' })).data.data.map((v: any) => v.key);
    expect(keys).toContain('NEW_VAR');
    expect(keys).not.toContain('DATABASE_URL');
    expect(JSON.stringify(await api('GET /projects/{project}/env', { project: 'web-shop' }))).not.toContain('hello');
    expect((await api('DELETE /projects/{project}/env/{key}', { project: 'web-shop', key: 'NEW_VAR' })).status).toBe(204);
    expect((await api('DELETE /projects/{project}/env/{key}', { project: 'web-shop', key: 'NEW_VAR' })).status).toBe(404);
  });

  it('pausing a paused agent changes nothing and records nothing; an incident is acknowledged once', async () => {
    const agent = (await api('POST /agents', {}, example('POST /agents'))).data.agent;
    await api('POST /agents/{agentId}/pause', { agentId: agent.id });
    expect((await api('POST /agents/{agentId}/pause', { agentId: agent.id })).data.status).toBe('paused');
    const actions = (await api('GET /activity', {}, undefined, { resource_id: agent.id })).data.data.map((e: any) => e.action);
    expect(actions).toEqual(['agent.pause', 'agent.create']);
    const incident = ids(await api('GET /incidents', {}, undefined, { status: 'open' }))[0]!;
    const acknowledged = await api('POST /incidents/{incidentId}/acknowledge', { incidentId: incident });
    expect(acknowledged.data).toMatchObject({ status: 'acknowledged', acknowledged_by: { type: 'key' } });
    expect((await api('POST /incidents/{incidentId}/acknowledge', { incidentId: incident })).status).toBe(409);
  });
});

describe('the activity log', () => {
  it('names the actor, acting_as, the action, the resource and the request id, newest first, with filters', async () => {
    const asAcme = session(`acme-${workspace}`, { 'X-Cantila-Act-As': 'client-acme' });
    const made = await asAcme('POST /projects', {}, { name: 'acme-app', region: 'fra1' });
    const [event] = (await asAcme('GET /activity', {}, undefined, { project: 'acme-app' })).data.data;
    expect(event).toMatchObject({
      action: 'project.create',
      actor: { type: 'key', id: expect.stringMatching(/^key_/) },
      acting_as: 'client-acme',
      resource: { type: 'project', id: made.data.id },
      project_id: made.data.id,
      request_id: made.headers.get('x-request-id'),
    });
    expect((await asAcme('GET /activity/{eventId}', { eventId: event.id })).data).toEqual(event);
    const cookie = await send(
      `${server.url}/projects`,
      withJson(
        'POST',
        { name: 'by-cookie', region: 'fra1' },
        { cookie: 'cantila_session=demo', 'X-Cantila-Act-As': 'client-acme', [workspaceHeader]: `acme-${workspace}` },
      ),
    );
    expect(cookie.status).toBe(201);
    const byUser = await asAcme('GET /activity', {}, undefined, { actor_type: 'user', action: 'project.create' });
    expect(byUser.data.data.map((e: any) => e.resource.id)).toContain(cookie.body.id);
    expect(byUser.data.data.map((e: any) => e.resource.id)).not.toContain(made.data.id);
  });

  it('cannot be written to: only GET answers on /activity', async () => {
    const post = await send(`${server.url}/activity`, withJson('POST', {}, bearer(admin)));
    const del = await send(`${server.url}/activity/evt_1`, { method: 'DELETE', headers: bearer(admin) });
    expect([post.status, del.status]).toEqual([405, 405]);
  });
});

describe('Idempotency-Key', () => {
  const post = (key: string, name: string) =>
    send(
      `${server.url}/projects`,
      withJson('POST', { name, region: 'fra1' }, bearer(admin, { 'idempotency-key': key, [workspaceHeader]: `idem-${workspace}` })),
    );

  it('replays the first answer, marked, without doing the work twice; another body is a 409', async () => {
    const first = await post('k-1', 'once');
    const again = await post('k-1', 'once');
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const conflict = await post('k-1', 'other');
    expect(conflict.status).toBe(409);
    expect(conflict.body.message).toContain('was already used with a different request');
    expect(errorShapeErrors(conflict.body)).toEqual([]);
  });

  it('marks replays with a header every operation taking the key documents', () => {
    for (const op of operations.filter((o) => o.takesIdempotencyKey)) {
      const success = op.responses.find((r) => r.status === String(successStatusOf(op)));
      expect(
        success?.headers.map((h) => h.name),
        op.key,
      ).toContain(replayHeader);
    }
  });

  it('forgets a key after the 24 hours the spec states', async () => {
    await post('k-2', 'day-one');
    clock.advance(24 * 3600_000);
    const later = await post('k-2', 'day-one');
    expect(later.status).toBe(409);
    expect(later.headers.get('idempotent-replayed')).toBeNull();
    expect(later.body.message).toContain('already exists');
  });
});

describe('isolation', () => {
  it('keeps workspaces apart and each act-as sub-account apart from the account and each other', async () => {
    const other = session(`other-${workspace}`);
    await api('DELETE /projects/{project}', { project: 'web-shop' });
    expect((await api('GET /projects/{project}', { project: 'web-shop' })).status).toBe(404);
    expect((await other('GET /projects/{project}', { project: 'web-shop' })).status).toBe(200);
    const acme = session(`iso-${workspace}`, { 'X-Cantila-Act-As': 'client-acme' });
    const globex = session(`iso-${workspace}`, { 'X-Cantila-Act-As': 'client-globex' });
    await acme('POST /projects', {}, { name: 'acme-only', region: 'fra1' });
    expect((await acme('GET /projects/{project}', { project: 'acme-only' })).status).toBe(200);
    expect((await globex('GET /projects/{project}', { project: 'acme-only' })).status).toBe(404);
    expect((await session(`iso-${workspace}`)('GET /projects/{project}', { project: 'acme-only' })).status).toBe(404);
  });

  it('refuses a workspace name that is not one', async () => {
    const answer = await send(`${server.url}/projects`, { headers: bearer(admin, { [workspaceHeader]: '../etc' }) });
    expect(answer.status).toBe(400);
    expect(answer.body.message).toContain(workspaceHeader);
  });
});

describe('control endpoints and Prefer', () => {
  it('reset puts a workspace back to the seed; the state can be read and put back', async () => {
    const headers = { [workspaceHeader]: `test-${workspace}` };
    await api('DELETE /projects/{project}', { project: 'web-shop' });
    const saved = await send(control('/__mock/state'));
    expect(saved.status).toBe(200);
    expect((await send(control('/__mock/reset'), { method: 'POST', headers })).status).toBe(204);
    expect((await api('GET /projects/{project}', { project: 'web-shop' })).status).toBe(200);
    expect((await send(control('/__mock/state'), withJson('PUT', saved.body, {}))).status).toBe(204);
    expect((await api('GET /projects/{project}', { project: 'web-shop' })).status).toBe(404);
    const broken = await send(control('/__mock/state'), withJson('PUT', { version: 2 }, {}));
    expect(broken.status).toBe(400);
    expect(errorShapeErrors(broken.body)).toEqual([]);
    expect((await send(control('/__mock/nothing'))).status).toBe(404);
  });

  it('Prefer still forces a documented status or example over the state', async () => {
    const forced = await send(`${server.url}/projects/web-shop`, { headers: bearer(admin, { prefer: 'code=404' }) });
    expect(forced.status).toBe(404);
    const made = await api('POST /projects', {}, { name: 'preferred', region: 'fra1' });
    const example = await send(`${server.url}/projects/preferred`, {
      headers: bearer(admin, { prefer: 'code=200', [workspaceHeader]: `test-${workspace}` }),
    });
    expect(example.body.id).not.toBe(made.data.id);
  });
});

describe('--state file and --stateless', () => {
  it('writes the state at stop and reads it at the next start', async () => {
    const stateFile = join(mkdtempSync(join(tmpdir(), 'cantila-state-')), 'state.json');
    const first = await startMock({ port: 0, stateFile });
    const made = await send(`${first.url}/projects`, withJson('POST', { name: 'kept', region: 'fra1' }, bearer(admin)));
    await first.close();
    expect(JSON.parse(readFileSync(stateFile, 'utf8')).version).toBe(1);
    const second = await startMock({ port: 0, stateFile });
    try {
      expect((await send(`${second.url}/projects/kept`, { headers: bearer(admin) })).body.id).toBe(made.body.id);
    } finally {
      await second.close();
    }
  });

  it('--stateless answers the examples and keeps nothing', async () => {
    const stateless = await startMock({ port: 0, stateless: true });
    try {
      const made = await send(`${stateless.url}/projects`, withJson('POST', { name: 'my-new-app', region: 'fra1' }, bearer(admin)));
      expect(made.body.name).not.toBe('my-new-app');
      expect((await send(`${stateless.url}/projects/${made.body.id}`, { method: 'DELETE', headers: bearer(admin) })).status).toBe(204);
      expect((await send(`${stateless.url}/projects/${made.body.id}`, { headers: bearer(admin) })).status).toBe(200);
    } finally {
      await stateless.close();
    }
  });
});
