import { describe, expect, it } from 'vitest';
import { newProject, useStore } from '../../test/support/store.ts';

const under = useStore();
const { call } = under;

const idsOf = (answer: { body: { data: { id: string }[] } }): string[] => answer.body.data.map((item) => item.id);
const list = (operation: string, query: Record<string, string>, params: Record<string, string> = {}) =>
  call(operation, params, undefined, { query });
const newAlert = {
  name: 'cpu',
  project_id: 'prj_9Xk2mA',
  metric: 'cpu',
  condition: { operator: 'above', threshold: 90, duration_seconds: 60 },
  channels: [],
};

describe('lists', () => {
  it('filter by a field the items have, a project’s name or id, and a list of values the first of them', () => {
    const deploys = { project: 'web-shop' };
    expect(idsOf(list('GET /projects/{project}/deploys', { status: 'live' }, deploys))).toEqual(['dep_7Qm4Rt']);
    expect(idsOf(list('GET /projects/{project}/deploys', { status: ['superseded', 'live'] } as never, deploys))).toEqual(['dep_6Kp9Ds']);
    expect(idsOf(list('GET /projects/{project}/deploys', {}, deploys))).toHaveLength(4);
    call('POST /projects', {}, newProject);
    const mine = call('POST /alerts', {}, { ...newAlert, project_id: call('GET /projects/{project}', { project: 'my-new-app' }).body.id });
    expect(idsOf(list('GET /alerts', { project: 'my-new-app' }))).toEqual([mine.body.id]);
    expect(idsOf(list('GET /alerts', { project: mine.body.project_id }))).toEqual([mine.body.id]);
    expect(idsOf(list('GET /alerts', { project: 'nope' }))).toEqual([]);
    expect(idsOf(list('GET /incidents', { status: 'resolved' }))).toEqual([]);
    expect(list('GET /projects/{project}/deploys', {}, { project: 'nope' }).problem?.message).toBe(
      'No project nope in account your-handle.',
    );
  });

  it('page by `limit` (the spec’s default otherwise) with a cursor, and refuse a cursor they never gave', () => {
    for (let i = 0; i < 21; i++) call('POST /alerts', {}, { ...newAlert, name: `alert-${i}` });
    const first = list('GET /alerts', {});
    expect(first.body.data).toHaveLength(20);
    const rest = list('GET /alerts', { cursor: first.body.next_cursor });
    expect(rest.body.data).toHaveLength(1);
    expect(rest.body.next_cursor).toBeNull();
    expect(idsOf(list('GET /alerts', { limit: '2' }))).toEqual(idsOf(first).slice(0, 2));
    expect(list('GET /alerts', { cursor: 'nonsense' })).toEqual({
      status: 422,
      problem: { message: 'cursor is not one this list gave', fields: [{ field: 'cursor', message: 'is not one this list gave' }] },
    });
  });

  it('put new items where the list says: newest first, or at the end', () => {
    const agent = call('POST /agents', {}, { name: 'a', scope: 'deploy', project_ids: [] }).body.agent;
    expect(idsOf(list('GET /agents', {}))).toEqual(['agt_2Lp8Vb', agent.id]);
    const key = call('POST /keys', {}, { name: 'k', scope: 'read' }).body.key;
    expect(idsOf(list('GET /keys', {}))[0]).toBe(key.id);
  });
});

describe('create', () => {
  it('takes only what the item has and the server does not make, with defaults and nulls for what is left out', () => {
    const created = call(
      'POST /alerts',
      {},
      {
        ...newAlert,
        id: 'alr_mine',
        created_at: '2000-01-01T00:00:00Z',
        updated_at: '2000-01-01T00:00:00Z',
        unknown: 'x',
      },
    ).body;
    expect(created.id).toMatch(/^alr_[A-Za-z0-9]{10}$/);
    expect(created).toMatchObject({ enabled: true, created_at: '2026-11-30T12:00:00Z', updated_at: '2026-11-30T12:00:00Z' });
    expect(created).not.toHaveProperty('unknown');
    expect(call('POST /alerts', {}, { ...newAlert, enabled: false }).body.enabled).toBe(false);
    const agent = call('POST /agents', {}, { name: 'a', scope: 'deploy', project_ids: [] }).body.agent;
    expect(agent).toMatchObject({ description: null, last_active_at: null });
    expect(call('POST /agents', {}, { name: 'b', scope: 'deploy', project_ids: [], description: 'mine' }).body.agent.description).toBe(
      'mine',
    );
  });

  it('puts a child under its parent, with the parent’s id whatever the body says', () => {
    const domain = call(
      'POST /projects/{project}/domains',
      { project: 'web-shop' },
      { hostname: 'a.example.com', project_id: 'prj_other' },
    );
    expect(domain.status).toBe(201);
    expect(domain.body).toMatchObject({ project_id: 'prj_9Xk2mA', hostname: 'a.example.com', created_at: '2026-11-30T12:00:00Z' });
    expect(call('POST /projects/{project}/domains', { project: 'nope' }, { hostname: 'b.example.com' }).status).toBe(404);
  });

  it('refuses a handle, an email or a name already taken, each named', () => {
    expect(call('POST /sub-accounts', {}, { handle: 'client-acme', name: 'Again' }).problem).toEqual({
      reason: 'handle_taken',
      message: 'A sub-account with handle client-acme already exists in account your-handle; choose another handle.',
    });
    call('POST /team/invitations', {}, { email: 'sam@example.com', role: 'deploy' });
    expect(call('POST /team/invitations', {}, { email: 'sam@example.com', role: 'read' }).problem).toEqual({
      reason: 'name_taken',
      message: 'A invitation with email sam@example.com already exists in account your-handle; choose another email.',
    });
    const initech = call('POST /sub-accounts', {}, { handle: 'client-initech', name: 'Initech' });
    expect(initech.status).toBe(201);
    expect(call('GET /activity').body.data[0]).toMatchObject({
      action: 'sub_account.create',
      resource: { type: 'sub_account', id: initech.body.id },
      project_id: null,
    });
  });

  it('refuses a project over the plan’s quota, the limit as GET /capacity shows it', () => {
    for (let i = 1; i < 25; i++) expect(call('POST /projects', {}, { ...newProject, name: `p-${i}` }).status).toBe(201);
    expect(call('POST /projects', {}, { ...newProject, name: 'p-25' })).toEqual({
      status: 409,
      problem: {
        reason: 'quota_exceeded',
        message: 'Account your-handle already has 25 of the 25 projects its plan allows (projects in GET /capacity).',
      },
    });
    expect(call('PATCH /projects/{project}', { project: 'p-1' }, { name: 'p-one' }).status).toBe(200);
  });

  it('has no quota where a loaded state’s capacity lists none', () => {
    for (const capacity of [{ quotas: [] }, { plan: 'pro' }]) {
      const saved = under.store.save();
      saved.accounts['default/self'] = {
        collections: {},
        documents: { 'Capacity@': capacity },
        activity: [],
        idempotency: {},
        lifecycles: [],
      };
      under.store.load(saved);
      expect(call('POST /projects', {}, newProject).status).toBe(201);
    }
  });

  it('has no quota where the plan sets no limit (sub-accounts)', () => {
    for (let i = 0; i < 30; i++) expect(call('POST /sub-accounts', {}, { handle: `client-${i}`, name: `C${i}` }).status).toBe(201);
  });
});

describe('update and delete', () => {
  it('refuses a rename to a name another item has, keeps its own, and stamps updated_at', () => {
    call('POST /projects', {}, newProject);
    expect(call('PATCH /projects/{project}', { project: 'my-new-app' }, { name: 'web-shop' }).problem?.reason).toBe('name_taken');
    under.clock.advance(1_000);
    const same = call('PATCH /projects/{project}', { project: 'my-new-app' }, { name: 'my-new-app', region: 'iad1' });
    expect(same.body).toMatchObject({ name: 'my-new-app', region: 'iad1', updated_at: '2026-11-30T12:00:01Z' });
    expect(call('GET /activity').body.data[0]).toMatchObject({ action: 'project.update', resource: { type: 'project', id: same.body.id } });
    expect(call('PATCH /projects/{project}', { project: 'nope' }, { name: 'x' }).status).toBe(404);
  });

  it('changes nothing but updated_at for an update with no body or a null one', () => {
    const before = call('GET /projects/{project}', { project: 'web-shop' }).body;
    under.clock.advance(1_000);
    for (const body of [undefined, null]) {
      expect(call('PATCH /projects/{project}', { project: 'web-shop' }, body).body).toEqual({
        ...before,
        updated_at: '2026-11-30T12:00:01Z',
      });
    }
  });

  it('lets an update through when a loaded state holds an item without the unique field', () => {
    const saved = under.store.save();
    call('GET /projects');
    const withNameless = under.store.save();
    withNameless.accounts['default/self']!.collections['/projects']!.push({ id: 'prj_nameless' });
    under.store.load(withNameless);
    expect(call('PATCH /projects/{project}', { project: 'web-shop' }, { region: 'iad1' }).status).toBe(200);
    expect(saved.accounts).toEqual({});
  });

  it('updates an item without timestamps as sent', () => {
    const member = call('PATCH /team/members/{userId}', { userId: 'usr_3Dq7nL' }, { role: 'read' });
    expect(member.body).toMatchObject({ id: 'usr_3Dq7nL', role: 'read' });
    expect(member.body).not.toHaveProperty('updated_at');
  });

  it('deletes an item by its key, then answers 404 for it', () => {
    const env = { project: 'web-shop', key: 'DATABASE_URL' };
    expect(call('DELETE /projects/{project}/env/{key}', env)).toEqual({ status: 204 });
    expect(call('GET /activity').body.data[0]).toMatchObject({ action: 'env.delete', resource: { type: 'env', id: 'DATABASE_URL' } });
    expect(call('DELETE /projects/{project}/env/{key}', env)).toEqual({
      status: 404,
      problem: { reason: 'env_not_found', message: 'No env DATABASE_URL in project web-shop.' },
    });
    expect(call('DELETE /projects/{project}/domains/{domainId}', { project: 'web-shop', domainId: 'dom_4Fs9Qp' }).status).toBe(204);
    expect(call('GET /projects/{project}/domains', { project: 'web-shop' }).body.data).toEqual([]);
  });

  it('deletes a project’s documents with it, and only its own', () => {
    call('POST /projects', {}, newProject);
    call('PATCH /projects/{project}/scale', { project: 'my-new-app' }, { instances: 7 });
    call('POST /projects/{project}/deploys', { project: 'my-new-app' }, {});
    call('PATCH /projects/{project}/scale', { project: 'web-shop' }, { instances: 5 });
    const gone = call('DELETE /projects/{project}', { project: 'my-new-app' });
    expect(gone.status).toBe(204);
    const { collections, documents } = under.store.save().accounts['default/self']!;
    expect([...Object.keys(collections), ...Object.keys(documents)].filter((key) => !key.includes('prj_9Xk2mA')).sort()).toEqual([
      '/agents',
      '/billing/invoices',
      '/incidents',
      '/keys',
      '/projects',
      '/sub-accounts',
      '/team/members',
    ]);
    call('POST /projects', {}, newProject);
    expect(call('GET /projects/{project}/scale', { project: 'my-new-app' }).body.instances).toBe(3);
    expect(call('GET /projects/{project}/scale', { project: 'web-shop' }).body.instances).toBe(5);
    expect(call('GET /projects/{project}/env', { project: 'web-shop' }).body.data).toHaveLength(2);
  });
});

describe('documents', () => {
  it('starts as the example shows, and keeps what is changed', () => {
    expect(call('GET /account').body).toMatchObject({ handle: 'your-handle', default_region: 'fra1' });
    const changed = call('PATCH /account', {}, { default_region: 'iad1' });
    expect(changed.body).toMatchObject({ default_region: 'iad1', name: 'Your Agency' });
    expect(changed.body).not.toHaveProperty('updated_at');
    expect(call('GET /account').body.default_region).toBe('iad1');
    expect(call('GET /activity').body.data[0]).toMatchObject({
      action: 'account.update',
      resource: { type: 'account', id: 'acc_3b1c' },
      project_id: null,
    });
  });

  it('start as the spec’s GET example shows them, whatever the first change’s example shows', () => {
    call('PATCH /account', {}, { default_region: 'iad1' });
    expect(call('GET /account').body.billing_email).toBe('billing@example.com');
    call('PUT /billing/plan', {}, { plan: 'team' });
    expect(call('GET /billing').body.plan_price).toEqual({ amount: 2500, currency: 'USD' });
    call('PATCH /projects/{project}/scale', { project: 'web-shop' }, { instance_size: 'standard-4x' });
    expect(call('GET /projects/{project}/scale', { project: 'web-shop' }).body.instances).toBe(3);
  });

  it('are read without being changed, and a body that is no object changes nothing', () => {
    const before = call('GET /projects/{project}/scale', { project: 'web-shop' }).body;
    under.clock.advance(1_000);
    expect(call('GET /projects/{project}/scale', { project: 'web-shop' }).body).toEqual(before);
    const account = call('GET /account').body;
    expect(call('PATCH /account', {}, 'not an object').body).toEqual(account);
    expect(call('GET /activity').body.data.map((e: { action: string }) => e.action)).toEqual([
      'account.update',
      'scale.update',
      'deploy.create',
    ]);
  });

  it('of a project: found by name or id, recorded against the project, a 404 for a project that does not exist', () => {
    under.clock.advance(1_000);
    expect(call('PATCH /projects/{project}/scale', { project: 'prj_9Xk2mA' }, { instances: 2 }).body).toMatchObject({
      instances: 2,
      updated_at: '2026-11-30T12:00:01Z',
    });
    expect(call('GET /activity').body.data[0]).toMatchObject({
      action: 'scale.update',
      resource: { type: 'scale', id: 'prj_9Xk2mA' },
      project_id: 'prj_9Xk2mA',
    });
    expect(call('GET /projects/{project}/scale', { project: 'nope' })).toEqual({
      status: 404,
      problem: { reason: 'project_not_found', message: 'No project nope in account your-handle.' },
    });
  });
});
