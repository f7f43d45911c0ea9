// @ts-nocheck
import { loadSpecModel } from '@cantila/spec-model';
import { beforeEach, describe, expect, it } from 'vitest';
import { manualClock, type ManualClock } from './clock.ts';
import type { StoreRequest } from './context.ts';
import { readResources } from './resources.ts';
import { createStore, replayHeader, type Store } from './store.ts';

const table = readResources(loadSpecModel());
const you = { type: 'user' as const, id: 'usr_8f2a', name: 'You' };

let clock: ManualClock;
let store: Store;
beforeEach(() => {
  clock = manualClock();
  store = createStore(table, { clock, ownHandle: 'your-handle' });
});

let requests = 0;
function call(operation: string, params: Record<string, string> = {}, body?: unknown, extra: Partial<StoreRequest> = {}) {
  const reply = store.respond({
    operation,
    params,
    query: {},
    body,
    actor: you,
    actingAs: null,
    requestId: `req_${++requests}`,
    workspace: 'default',
    idempotencyKey: undefined,
    ...extra,
  });
  if (!reply) throw new Error(`${operation} is not answered by the store`);
  return reply as { status: number; body: any; headers?: Record<string, string>; problem?: { message: string } };
}

const newProject = { name: 'my-new-app', region: 'fra1', source: { type: 'git', repo: 'https://github.com/acme/my-new-app' } };

describe('the store', () => {
  it('starts with the ids the spec examples show', () => {
    expect(call('GET /projects/{project}', { project: 'prj_9Xk2mA' }).status).toBe(200);
    expect(call('GET /projects/{project}', { project: 'web-shop' }).body.id).toBe('prj_9Xk2mA');
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
    const id = created.body.id as string;
    expect(call('GET /projects', {}).body.data[0].id).toBe(id);
    clock.advance(60_000);
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
      clock.advance(wait);
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
    expect(call('GET /activity/{eventId}', { eventId: latest.id }).body).toEqual(latest);
  });

  it('replays an Idempotency-Key, refuses it with another body, and forgets it after the window', () => {
    const first = call('POST /projects', {}, newProject, { idempotencyKey: 'k1' });
    const again = call('POST /projects', {}, newProject, { idempotencyKey: 'k1' });
    expect(again.body).toEqual(first.body);
    expect(again.headers).toEqual({ [replayHeader]: 'true' });
    expect(call('GET /projects').body.data.filter((p: { name: string }) => p.name === 'my-new-app')).toHaveLength(1);
    expect(call('POST /projects', {}, { ...newProject, name: 'other' }, { idempotencyKey: 'k1' }).status).toBe(409);
    clock.advance(table.idempotencyWindowMs);
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
    store.reset('a');
    expect(call('GET /projects/{project}', { project: 'web-shop' }, undefined, { workspace: 'a' }).status).toBe(200);
  });

  it('saves its state and loads it back', () => {
    const id = call('POST /projects', {}, newProject).body.id;
    const saved = JSON.parse(JSON.stringify(store.save()));
    store.reset();
    expect(call('GET /projects/{project}', { project: id }).status).toBe(404);
    store.load(saved);
    expect(call('GET /projects/{project}', { project: id }).status).toBe(200);
    expect(() => store.load({ nonsense: true } as never)).toThrow(/not a state file/);
  });
});
