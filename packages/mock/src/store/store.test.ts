import { describe, expect, it } from 'vitest';
import { newProject, table, useStore, you } from '../../test/support/store.ts';
import { manualClock } from './clock.ts';
import type { StoreRequest } from './context.ts';
import { createStore, replayHeader } from './store.ts';

const under = useStore();
const { call } = under;

describe('the store', () => {
  it('starts with the ids the spec examples show', () => {
    expect(call('GET /projects/{project}', { project: 'prj_9Xk2mA' }).status).toBe(200);
    expect(call('GET /projects/{project}', { project: 'web-shop' }).body.id).toBe('prj_9Xk2mA');
  });

  it('starts with the items of the list examples, but for those the create examples make', () => {
    const ids = (operation: string, params: Record<string, string> = {}) =>
      call(operation, params).body.data.map((item: { id?: string; key?: string }) => item.id ?? item.key);
    expect(ids('GET /projects')).toEqual(['prj_9Xk2mA']);
    expect(ids('GET /keys')).toEqual(['key_0Tz4Kd']);
    expect(ids('GET /agents')).toEqual(['agt_2Lp8Vb']);
    expect(ids('GET /team/members')).toEqual(['usr_8f2a', 'usr_3Dq7nL']);
    expect(ids('GET /billing/transfers')).toEqual([]);
    expect(ids('GET /projects/{project}/restarts', { project: 'web-shop' })).toEqual(['rst_2Jm6Tw']);
    expect(ids('GET /projects/{project}/env', { project: 'web-shop' })).toEqual(['DATABASE_URL', 'STRIPE_SECRET_KEY']);
    expect(ids('GET /projects/{project}/deploys', { project: 'web-shop' })).toEqual([
      'dep_8Hy1Cx',
      'dep_2Vn8Ks',
      'dep_7Qm4Rt',
      'dep_6Kp9Ds',
    ]);
    expect(call('GET /activity').body.data.map((event: { action: string }) => event.action)).toEqual(['scale.update', 'deploy.create']);
  });

  it('runs lifecycles faster by its speed, and lives by the system clock when given none', () => {
    const request = (operation: string, params: Record<string, string>): StoreRequest => ({
      operation,
      params,
      query: {},
      body: {},
      actor: you,
      actingAs: null,
      requestId: 'req_own',
      workspace: 'default',
      idempotencyKey: undefined,
    });
    const clock = manualClock();
    const fast = createStore(table, { clock, ownHandle: 'your-handle', speed: 10 });
    const deploy = fast.respond(request('POST /projects/{project}/deploys', { project: 'web-shop' }))!.body as { id: string };
    clock.advance(999);
    const get = request('GET /projects/{project}/deploys/{deployId}', { project: 'web-shop', deployId: deploy.id });
    expect(fast.respond(get)!.body).toMatchObject({ status: 'deploying' });
    clock.advance(1);
    expect(fast.respond(get)!.body).toMatchObject({ status: 'live' });

    const before = Math.floor(Date.now() / 1000) * 1000;
    const created = createStore(table, { ownHandle: 'your-handle' }).respond(
      request('POST /projects/{project}/deploys', { project: 'web-shop' }),
    );
    const createdAt = Date.parse((created!.body as { created_at: string }).created_at);
    expect(createdAt).toBeGreaterThanOrEqual(before);
    expect(createdAt).toBeLessThanOrEqual(Date.now());
  });

  it("answers 404 for what a path names but the store lacks, on operations it has no resource for (a deploy's logs, a project's metrics)", () => {
    const logs = call('GET /projects/{project}/deploys/{deployId}/logs', { project: 'web-shop', deployId: 'dep_000000' });
    expect(logs.status).toBe(404);
    expect(logs.problem?.message).toContain('dep_000000');
    expect(call('GET /projects/{project}/metrics', { project: 'no-such-project' }).status).toBe(404);
  });

  it('creates with the values sent, a prefixed id and the clock’s timestamps; updates; deletes to a 404', () => {
    const created = call('POST /projects', {}, newProject);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'my-new-app', created_at: '2026-11-30T12:00:00Z' });
    expect(created.body.id).toMatch(/^prj_[A-Za-z0-9]{10}$/);
    const key = call('POST /keys', {}, { name: 'ci', scope: 'read' }).body.key;
    expect(key.created_at).toBe('2026-11-30T12:00:00Z');
    expect(key).not.toHaveProperty('updated_at');
    const id = created.body.id as string;
    expect(call('GET /projects', {}).body.data[0].id).toBe(id);
    under.clock.advance(60_000);
    const renamed = call('PATCH /projects/{project}', { project: id }, { name: 'renamed' });
    expect(renamed.body).toMatchObject({ name: 'renamed', updated_at: '2026-11-30T12:01:00Z' });
    expect(call('GET /projects/{project}', { project: 'my-new-app' }).status).toBe(404);
    expect(call('DELETE /projects/{project}', { project: id }).status).toBe(204);
    const gone = call('GET /projects/{project}', { project: id });
    expect(gone.status).toBe(404);
    expect(gone.problem?.message).toBe(`No project ${id} in account your-handle.`);
    expect(call('GET /projects', {}).body.data.map((p: { id: string }) => p.id)).not.toContain(id);
  });

  it('drops a project’s children with it', () => {
    const id = call('POST /projects', {}, newProject).body.id as string;
    const deploy = call('POST /projects/{project}/deploys', { project: id }, {}).body;
    call('DELETE /projects/{project}', { project: id });
    call('POST /projects', {}, newProject);
    expect(call('GET /projects/{project}/deploys/{deployId}', { project: 'my-new-app', deployId: deploy.id }).status).toBe(404);
  });

  it('refuses a name already taken with a 409', () => {
    const taken = call('POST /projects', {}, { ...newProject, name: 'web-shop' });
    expect(taken.status).toBe(409);
    expect(taken.problem?.message).toBe('A project named web-shop already exists in account your-handle; choose another name.');
  });

  it('takes a deploy through its lifecycle on the clock and supersedes the live one', () => {
    const before = call('GET /projects/{project}', { project: 'web-shop' }).body.live_deploy_id;
    const deploy = call('POST /projects/{project}/deploys', { project: 'web-shop' }, {});
    expect(deploy).toMatchObject({ status: 202, body: { status: 'queued', trigger: 'api' } });
    const statuses = [];
    for (const wait of [2_000, 4_000, 4_000, 0]) {
      statuses.push(call('GET /projects/{project}/deploys/{deployId}', { project: 'web-shop', deployId: deploy.body.id }).body.status);
      under.clock.advance(wait);
    }
    expect(statuses).toEqual(['queued', 'building', 'deploying', 'live']);
    expect(call('GET /projects/{project}/deploys/{deployId}', { project: 'web-shop', deployId: before }).body.status).toBe('superseded');
    expect(call('GET /projects/{project}', { project: 'web-shop' }).body.live_deploy_id).toBe(deploy.body.id);
  });

  it('records each mutation in the activity log, newest first', () => {
    const id = call('POST /projects', {}, newProject, { requestId: 'req_first' }).body.id;
    call('POST /projects/{project}/deploys', { project: id }, {}, { actingAs: null, requestId: 'req_second' });
    const [latest, previous] = call('GET /activity').body.data;
    expect(previous).toMatchObject({
      action: 'project.create',
      resource: { type: 'project', id },
      project_id: id,
      request_id: 'req_first',
      actor: you,
    });
    expect(latest).toMatchObject({ action: 'deploy.create', resource: { type: 'deploy' }, project_id: id, request_id: 'req_second' });
    expect(latest.id).toMatch(/^evt_[A-Za-z0-9]{10}$/);
    expect(call('GET /activity/{eventId}', { eventId: latest.id }).body).toEqual(latest);
  });

  it('replays an Idempotency-Key, refuses it with another body, and forgets it after the window', () => {
    const first = call('POST /projects', {}, newProject, { idempotencyKey: 'k1' });
    const again = call('POST /projects', {}, newProject, { idempotencyKey: 'k1' });
    expect(again.body).toEqual(first.body);
    expect(again.headers).toEqual({ [replayHeader]: 'true' });
    expect(call('GET /projects').body.data.filter((p: { name: string }) => p.name === 'my-new-app')).toHaveLength(1);
    expect(call('POST /projects', {}, { ...newProject, name: 'other' }, { idempotencyKey: 'k1' }).status).toBe(409);
    under.clock.advance(table.idempotencyWindowMs);
    expect(call('POST /projects', {}, newProject, { idempotencyKey: 'k1' }).status).toBe(409); // the name is taken now: the work was done again
  });

  it('keeps workspaces and act-as sub-accounts apart, and resets one workspace to the seed', () => {
    call('DELETE /projects/{project}', { project: 'web-shop' }, undefined, { workspace: 'a' });
    expect(call('GET /projects/{project}', { project: 'web-shop' }, undefined, { workspace: 'a' }).status).toBe(404);
    expect(call('GET /projects/{project}', { project: 'web-shop' }, undefined, { workspace: 'b' }).status).toBe(200);
    call('POST /projects', {}, newProject, { actingAs: 'client-acme' });
    expect(call('GET /projects/{project}', { project: 'my-new-app' }, undefined, { actingAs: 'client-acme' }).status).toBe(200);
    expect(call('GET /projects/{project}', { project: 'my-new-app' }, undefined, { actingAs: 'client-globex' }).status).toBe(404);
    expect(call('GET /projects/{project}', { project: 'my-new-app' }).status).toBe(404);
    call('DELETE /projects/{project}', { project: 'web-shop' }, undefined, { workspace: 'b' });
    under.store.reset('a');
    expect(call('GET /projects/{project}', { project: 'web-shop' }, undefined, { workspace: 'a' }).status).toBe(200);
    expect(call('GET /projects/{project}', { project: 'web-shop' }, undefined, { workspace: 'b' }).status).toBe(404);
  });

  it('saves its state and loads it back', () => {
    const id = call('POST /projects', {}, newProject).body.id;
    const saved = JSON.parse(JSON.stringify(under.store.save()));
    under.store.reset();
    expect(call('GET /projects/{project}', { project: id }).status).toBe(404);
    under.store.load(saved);
    expect(call('GET /projects/{project}', { project: id }).status).toBe(200);
    expect(() => under.store.load({ nonsense: true } as never)).toThrow(/not a state file/);
  });

  it.each([null, { version: 2, accounts: {} }, { version: 1 }, { version: 1, accounts: null }, { version: 1, accounts: 'x' }])(
    'refuses to load %j, keeping its state',
    (saved) => {
      const id = call('POST /projects', {}, newProject).body.id;
      expect(() => under.store.load(saved as never)).toThrow('not a state file of this mock (expected {"version": 1, "accounts": {…}})');
      expect(call('GET /projects/{project}', { project: id }).status).toBe(200);
    },
  );

  it('hands out copies: changing an answer, a saved state or the items read changes nothing in the store', () => {
    call('GET /projects/{project}', { project: 'web-shop' }).body.name = 'changed';
    under.store.save().accounts['default/self']!.collections['/projects']![0]!.name = 'changed';
    under.store.items('default', '/projects')[0]!.name = 'changed';
    const first = call('POST /projects', {}, newProject, { idempotencyKey: 'k' });
    first.body.name = 'changed';
    call('POST /projects', {}, newProject, { idempotencyKey: 'k' }).body.name = 'changed';
    expect(call('POST /projects', {}, newProject, { idempotencyKey: 'k' }).body.name).toBe('my-new-app');
    expect(under.store.items('default', '/projects').map((p) => p.name)).toEqual(['my-new-app', 'web-shop']);
    expect(under.store.items('default', '/nothing-here')).toEqual([]);
  });

  it('leaves to Prism what it keeps nothing for: unknown operations, fixed lists, a deploy’s logs that exist', () => {
    expect(under.ask('GET /nowhere')).toBeUndefined();
    expect(under.ask('GET /regions')).toBeUndefined();
    expect(under.ask('GET /health')).toBeUndefined();
    expect(under.ask('GET /projects/{project}/deploys/{deployId}/logs', { project: 'web-shop', deployId: 'dep_7Qm4Rt' })).toBeUndefined();
    expect(under.ask('GET /projects/{project}/metrics', { project: 'web-shop' })).toBeUndefined();
    expect(under.ask('POST /billing/transfers/{transferId}/cancel', { transferId: 'trf_1' })).toBeUndefined();
  });

  it('names the account acted in, or the handle the account has now, in what it refuses', () => {
    expect(call('GET /projects/{project}', { project: 'nope' }, undefined, { actingAs: 'client-acme' }).problem?.message).toBe(
      'No project nope in account client-acme.',
    );
    call('PATCH /account', {}, { handle: 'renamed-handle' });
    expect(call('GET /projects/{project}', { project: 'nope' }).problem?.message).toBe('No project nope in account renamed-handle.');
  });

  it('takes "undefined" for a key like any other, not for a request without one', () => {
    expect(call('POST /projects', {}, newProject).status).toBe(201);
    expect(call('POST /projects', {}, newProject, { idempotencyKey: 'undefined' }).status).toBe(409);
    const other = { ...newProject, name: 'other' };
    expect(call('POST /projects', {}, other, { idempotencyKey: 'undefined' }).status).toBe(201);
    expect(call('POST /projects', {}, other).status).toBe(409);
  });

  it('answers from a state file with no projects in it: 404s, no errors, and work under way finishes', () => {
    const account = under.store.save();
    const empty = {
      version: 1 as const,
      accounts: {
        'default/self': {
          collections: { '/projects/prj_gone/deploys': [{ id: 'dep_1', status: 'queued' }] },
          documents: {},
          activity: [],
          idempotency: {},
          lifecycles: [{ kind: 'deploy' as const, collection: '/projects/prj_gone/deploys', id: 'dep_1', since: 0, done: 0 }],
        },
      },
    };
    expect(account.accounts).toEqual({});
    under.store.load(empty);
    expect(call('GET /projects/{project}/scale', { project: 'web-shop' }).status).toBe(404);
    expect(call('GET /activity', {}, undefined, { query: { project: 'web-shop' } }).body.data).toEqual([]);
    expect(under.store.items('default', '/projects/prj_gone/deploys')).toEqual([
      { id: 'dep_1', status: 'live', finished_at: '1970-01-01T00:00:10Z' },
    ]);
    expect(under.store.save().accounts['default/self']!.lifecycles).toEqual([]);
  });

  it('keeps no Idempotency-Key for a refusal, nor for an operation that takes none', () => {
    expect(call('POST /projects', {}, { ...newProject, name: 'web-shop' }, { idempotencyKey: 'k' }).status).toBe(409);
    call('DELETE /projects/{project}', { project: 'web-shop' });
    const created = call('POST /projects', {}, { ...newProject, name: 'web-shop' }, { idempotencyKey: 'k' });
    expect(created.status).toBe(201);
    expect(created.headers).toBeUndefined();
    expect(call('PATCH /projects/{project}', { project: 'web-shop' }, { region: 'iad1' }, { idempotencyKey: 'p' }).headers).toBeUndefined();
    expect(call('PATCH /projects/{project}', { project: 'web-shop' }, { region: 'fra1' }, { idempotencyKey: 'p' }).body.region).toBe(
      'fra1',
    );
  });

  it('replays with the first answer’s status, records the work once, and tells requests to other paths apart', () => {
    const deploy = call('POST /projects/{project}/deploys', { project: 'web-shop' }, {}, { idempotencyKey: 'd' });
    const again = call('POST /projects/{project}/deploys', { project: 'web-shop' }, {}, { idempotencyKey: 'd' });
    expect(again).toEqual({ status: 202, body: deploy.body, headers: { [replayHeader]: 'true' } });
    expect(call('GET /activity').body.data.filter((e: { action: string }) => e.action === 'deploy.create')).toHaveLength(2);
    const elsewhere = call('POST /projects/{project}/deploys', { project: 'prj_9Xk2mA' }, {}, { idempotencyKey: 'd' });
    expect(elsewhere).toEqual({
      status: 409,
      problem: {
        reason: 'idempotency_key_reused',
        message: 'Idempotency-Key d was already used with a different request in the last 24 hours; send a new key for a new request.',
      },
    });
    under.clock.advance(table.idempotencyWindowMs - 1);
    expect(call('POST /projects/{project}/deploys', { project: 'web-shop' }, {}, { idempotencyKey: 'd' }).headers).toEqual({
      [replayHeader]: 'true',
    });
  });
});
