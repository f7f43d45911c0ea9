import { describe, expect, it } from 'vitest';
import { newProject, useStore, you } from '../../test/support/store.ts';

const under = useStore();
const { call, ask } = under;

/** The actions of the activity log, newest first. */
const actions = (): string[] => call('GET /activity').body.data.map((event: { action: string }) => event.action);
const lastEvent = () => call('GET /activity').body.data[0];
const idsOf = (answer: { body: { data: { id: string }[] } }): string[] => answer.body.data.map((item) => item.id);
const project = { project: 'web-shop' };
const deployOf = (deployId: string) => call('GET /projects/{project}/deploys/{deployId}', { ...project, deployId }).body;

describe('API keys', () => {
  it('creates a key with its secret shown once, the hint its last four characters, newest first in the list', () => {
    const issued = call('POST /keys', {}, { name: 'ci', scope: 'deploy' });
    expect(issued.status).toBe(201);
    const { key, secret } = issued.body;
    expect(secret).toMatch(/^sk_test_[A-Za-z0-9]{32}$/);
    expect(key).toMatchObject({ name: 'ci', scope: 'deploy', expires_at: null, last_used_at: null, hint: `sk_test_…${secret.slice(-4)}` });
    expect(key.id).toMatch(/^key_[A-Za-z0-9]{10}$/);
    expect(idsOf(call('GET /keys'))).toEqual([key.id, 'key_0Tz4Kd']);
    expect(call('GET /keys/{keyId}', { keyId: key.id }).body).toEqual(key);
    expect(lastEvent()).toMatchObject({ action: 'key.create', resource: { type: 'key', id: key.id }, project_id: null });
  });

  it('keeps the expiry sent', () => {
    expect(call('POST /keys', {}, { name: 'ci', scope: 'read', expires_at: '2027-01-01T00:00:00Z' }).body.key.expires_at).toBe(
      '2027-01-01T00:00:00Z',
    );
  });

  it('rotates a key: a new secret, the hint follows it, the id stays', () => {
    const rotated = call('POST /keys/{keyId}/rotate', { keyId: 'key_0Tz4Kd' });
    expect(rotated.status).toBe(200);
    expect(rotated.body.key).toMatchObject({ id: 'key_0Tz4Kd', hint: `sk_test_…${rotated.body.secret.slice(-4)}` });
    const again = call('POST /keys/{keyId}/rotate', { keyId: 'key_0Tz4Kd' });
    expect(again.body.secret).not.toBe(rotated.body.secret);
    expect(call('GET /keys/{keyId}', { keyId: 'key_0Tz4Kd' }).body.hint).toBe(again.body.key.hint);
    expect(lastEvent()).toMatchObject({ action: 'key.rotate', resource: { type: 'key', id: 'key_0Tz4Kd' } });
  });

  it('rotating a key that does not exist is a 404 naming it', () => {
    const missing = call('POST /keys/{keyId}/rotate', { keyId: 'key_missing' });
    expect(missing.status).toBe(404);
    expect(missing.problem).toEqual({ reason: 'key_not_found', message: 'No key key_missing in account your-handle.' });
    expect(actions()).not.toContain('key.rotate');
  });
});

describe('agents', () => {
  const newAgent = { name: 'nightly', scope: 'deploy', project_ids: ['prj_9Xk2mA'] };

  it('creates an agent answered with its own secret, once', () => {
    const created = call('POST /agents', {}, newAgent);
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^sk_test_[A-Za-z0-9]{32}$/);
    expect(created.body.agent).toMatchObject({ ...newAgent, status: 'active', description: null });
    expect(call('GET /agents/{agentId}', { agentId: created.body.agent.id }).body).toEqual(created.body.agent);
    expect(lastEvent()).toMatchObject({ action: 'agent.create', resource: { type: 'agent', id: created.body.agent.id } });
  });

  it('refuses an agent over the plan’s quota with no secret', () => {
    for (let i = 1; i < 10; i++) expect(call('POST /agents', {}, { ...newAgent, name: `a${i}` }).status).toBe(201);
    const over = call('POST /agents', {}, { ...newAgent, name: 'a10' });
    expect(over).toEqual({
      status: 409,
      problem: {
        reason: 'quota_exceeded',
        message: 'Account your-handle already has 10 of the 10 agents its plan allows (agents in GET /capacity).',
      },
    });
  });

  it('pauses and resumes; asking for the status it has changes nothing and records nothing', () => {
    const agentId = 'agt_2Lp8Vb';
    under.clock.advance(1_000);
    const paused = call('POST /agents/{agentId}/pause', { agentId });
    expect(paused.body).toMatchObject({ status: 'paused', updated_at: '2026-11-30T12:00:01Z' });
    under.clock.advance(1_000);
    expect(call('POST /agents/{agentId}/pause', { agentId }).body).toMatchObject({ status: 'paused', updated_at: '2026-11-30T12:00:01Z' });
    expect(call('POST /agents/{agentId}/resume', { agentId }).body).toMatchObject({ status: 'active', updated_at: '2026-11-30T12:00:02Z' });
    expect(call('POST /agents/{agentId}/resume', { agentId }).status).toBe(200);
    expect(actions().slice(0, 3)).toEqual(['agent.resume', 'agent.pause', 'scale.update']);
    expect(lastEvent().resource).toEqual({ type: 'agent', id: agentId });
    expect(call('POST /agents/{agentId}/pause', { agentId: 'agt_missing' }).status).toBe(404);
  });
});

describe('deploys', () => {
  it('deploys the project’s branch by default, a ref asked for, or an image', () => {
    const git = call('POST /projects/{project}/deploys', project, {});
    expect(git.status).toBe(202);
    expect(git.body).toMatchObject({
      status: 'queued',
      trigger: 'api',
      rollback_of: null,
      failure_reason: null,
      finished_at: null,
      project_id: 'prj_9Xk2mA',
      source: { type: 'git', repo: 'https://github.com/acme/web-shop', ref: 'main' },
    });
    expect(git.body.source.commit_sha).toMatch(/^[0-9a-f]{40}$/);
    expect(git.body.id).toMatch(/^dep_/);
    expect(idsOf(call('GET /projects/{project}/deploys', project))[0]).toBe(git.body.id);
    expect(call('POST /projects/{project}/deploys', project, { source: { type: 'git', ref: 'v2' } }).body.source.ref).toBe('v2');
    const image = call('POST /projects/{project}/deploys', project, { source: { type: 'image', image: 'ghcr.io/acme/web:1' } });
    expect(image.body.source).toEqual({ type: 'image', image: 'ghcr.io/acme/web:1' });
    expect(lastEvent()).toMatchObject({
      action: 'deploy.create',
      resource: { type: 'deploy', id: image.body.id },
      project_id: 'prj_9Xk2mA',
    });
  });

  it('deploys an image project’s image, and a project without a branch from main', () => {
    const imageSource = { type: 'image', image: 'ghcr.io/acme/api:3' };
    call('POST /projects', {}, { ...newProject, name: 'images', source: imageSource });
    expect(call('POST /projects/{project}/deploys', { project: 'images' }, {}).body.source).toEqual(imageSource);
    expect(
      call('POST /projects/{project}/deploys', { project: 'images' }, { source: { type: 'image', image: 'ghcr.io/acme/api:4' } }).body
        .source,
    ).toEqual({ type: 'image', image: 'ghcr.io/acme/api:4' });
    call('POST /projects', {}, newProject);
    expect(call('POST /projects/{project}/deploys', { project: 'my-new-app' }, {}).body.source).toMatchObject({
      type: 'git',
      repo: 'https://github.com/acme/my-new-app',
      ref: 'main',
    });
  });

  it('of two deploys started at the same moment, leaves the later one live', () => {
    const first = call('POST /projects/{project}/deploys', project, {}).body;
    const second = call('POST /projects/{project}/deploys', project, {}).body;
    under.clock.advance(10_000);
    expect(call('GET /projects/{project}', project).body.live_deploy_id).toBe(second.id);
    expect([deployOf(first.id).status, deployOf(second.id).status]).toEqual(['superseded', 'live']);
  });

  it('makes the deploy live on its own project, not on another', () => {
    const other = call('POST /projects', {}, newProject).body;
    const deploy = call('POST /projects/{project}/deploys', project, {}).body;
    under.clock.advance(10_000);
    expect(call('GET /projects/{project}', project).body.live_deploy_id).toBe(deploy.id);
    expect(call('GET /projects/{project}', { project: other.id }).body.live_deploy_id).toBeNull();
  });

  it('a deploy of a project that does not exist is a 404', () => {
    const missing = call('POST /projects/{project}/deploys', { project: 'nope' }, {});
    expect(missing).toEqual({ status: 404, problem: { reason: 'project_not_found', message: 'No project nope in account your-handle.' } });
  });

  it('cancels a deploy in progress, at the time asked, and refuses one that is over', () => {
    const deploy = call('POST /projects/{project}/deploys', project, {}).body;
    under.clock.advance(3_000);
    const canceled = call('POST /projects/{project}/deploys/{deployId}/cancel', { ...project, deployId: deploy.id });
    expect(canceled.status).toBe(200);
    expect(canceled.body).toMatchObject({ status: 'canceled', finished_at: '2026-11-30T12:00:03Z' });
    expect(lastEvent()).toMatchObject({ action: 'deploy.cancel', resource: { type: 'deploy', id: deploy.id }, project_id: 'prj_9Xk2mA' });
    under.clock.advance(60_000);
    expect(deployOf(deploy.id).status).toBe('canceled');
    const again = call('POST /projects/{project}/deploys/{deployId}/cancel', { ...project, deployId: deploy.id });
    expect(again).toEqual({
      status: 409,
      problem: {
        reason: 'deploy_not_cancelable',
        message: `Deploy ${deploy.id} is canceled: only a queued, building or deploying deploy can be canceled.`,
      },
    });
    expect(call('POST /projects/{project}/deploys/{deployId}/cancel', { ...project, deployId: 'dep_7Qm4Rt' }).status).toBe(409);
    expect(call('POST /projects/{project}/deploys/{deployId}/cancel', { ...project, deployId: 'dep_missing' }).problem?.message).toBe(
      'No deploy dep_missing in project web-shop.',
    );
  });

  it.each([
    ['building', 2_000],
    ['deploying', 6_000],
  ])('cancels a %s deploy', (_, wait) => {
    const deploy = call('POST /projects/{project}/deploys', project, {}).body;
    under.clock.advance(wait);
    expect(call('POST /projects/{project}/deploys/{deployId}/cancel', { ...project, deployId: deploy.id }).body.status).toBe('canceled');
    under.clock.advance(60_000);
    expect(call('GET /projects/{project}', project).body.live_deploy_id).toBe('dep_7Qm4Rt');
  });
});

describe('rollback', () => {
  const rollback = (deploy_id: string) => call('POST /projects/{project}/rollback', project, { deploy_id });

  it('rolls back to a superseded deploy: a new deploy of its source, live on the clock', () => {
    const superseded = deployOf('dep_6Kp9Ds');
    const answer = rollback('dep_6Kp9Ds');
    expect(answer.status).toBe(202);
    expect(answer.body).toMatchObject({
      status: 'queued',
      trigger: 'rollback',
      source: superseded.source,
      rollback_of: 'dep_6Kp9Ds',
      failure_reason: null,
      finished_at: null,
    });
    expect(answer.body.id).not.toBe('dep_6Kp9Ds');
    expect(lastEvent()).toMatchObject({ action: 'deploy.rollback', resource: { type: 'deploy', id: answer.body.id } });
    under.clock.advance(10_000);
    expect(deployOf(answer.body.id).status).toBe('live');
    expect(deployOf('dep_7Qm4Rt').status).toBe('superseded');
  });

  it('rolls back to the deploy a newer one superseded, with that deploy’s source', () => {
    const before = deployOf('dep_7Qm4Rt');
    call('POST /projects/{project}/deploys', project, { source: { type: 'git', ref: 'v9' } });
    under.clock.advance(10_000);
    const answer = rollback('dep_7Qm4Rt').body;
    expect(answer).toMatchObject({ status: 'queued', trigger: 'rollback', rollback_of: 'dep_7Qm4Rt', source: before.source });
    expect(answer.created_at).toBe('2026-11-30T12:00:10Z');
  });

  it('refuses the live deploy, one that never went live, and one the project does not have', () => {
    expect(rollback('dep_7Qm4Rt').problem).toEqual({
      reason: 'rollback_target_live',
      message: 'Deploy dep_7Qm4Rt is the one live now; roll back to an earlier deploy.',
    });
    expect(rollback('dep_2Vn8Ks')).toEqual({
      status: 409,
      problem: {
        reason: 'rollback_target_never_live',
        message: 'Deploy dep_2Vn8Ks never went live (it is build_failed), so there is nothing to roll back to.',
      },
    });
    expect(rollback('dep_missing')).toEqual({
      status: 404,
      problem: { reason: 'deploy_not_found', message: 'No deploy dep_missing in project web-shop.' },
    });
    expect(call('POST /projects/{project}/rollback', { project: 'nope' }, { deploy_id: 'dep_6Kp9Ds' }).status).toBe(404);
    expect(actions()).not.toContain('deploy.rollback');
  });
});

describe('restarts', () => {
  const restart = (body: unknown = {}) => call('POST /projects/{project}/restart', project, body);
  const restartOf = (restartId: string) => call('GET /projects/{project}/restarts/{restartId}', { ...project, restartId });

  it('restarts every instance by default, queued → restarting → completed, and one at a time', () => {
    const started = restart();
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({
      project_id: 'prj_9Xk2mA',
      status: 'queued',
      instance_ids: ['ins_1Ka7Wd', 'ins_6Pe3Zr', 'ins_9Tb2Mk'],
      failure_reason: null,
      created_at: '2026-11-30T12:00:00Z',
      finished_at: null,
    });
    expect(started.body.id).toMatch(/^rst_[A-Za-z0-9]{10}$/);
    expect(lastEvent()).toMatchObject({
      action: 'project.restart',
      resource: { type: 'project', id: 'prj_9Xk2mA' },
      project_id: 'prj_9Xk2mA',
    });
    expect(restart().problem).toEqual({
      reason: 'restart_in_progress',
      message: `Restart ${started.body.id} of project web-shop is still in progress.`,
    });
    under.clock.advance(1_000);
    expect(restartOf(started.body.id).body.status).toBe('restarting');
    expect(restart().status).toBe(409);
    under.clock.advance(3_000);
    expect(restartOf(started.body.id).body).toMatchObject({ status: 'completed', finished_at: '2026-11-30T12:00:04Z' });
    expect(idsOf(call('GET /projects/{project}/restarts', project))[0]).toBe(started.body.id);
    expect(restart({ instance_ids: ['ins_9Tb2Mk'] }).body.instance_ids).toEqual(['ins_9Tb2Mk']);
  });

  it('refuses a project with no live deploy, and answers 404 for a restart or project that does not exist', () => {
    call('POST /projects', {}, newProject);
    expect(call('POST /projects/{project}/restart', { project: 'my-new-app' }, {})).toEqual({
      status: 409,
      problem: { reason: 'no_live_deploy', message: 'Project my-new-app has no live deploy, so nothing runs to restart.' },
    });
    expect(restartOf('rst_missing')).toEqual({
      status: 404,
      problem: { reason: 'restart_not_found', message: 'No restart rst_missing in project web-shop.' },
    });
    expect(restartOf('rst_2Jm6Tw').body.status).toBe('failed');
    expect(call('GET /projects/{project}/restarts/{restartId}', { project: 'nope', restartId: 'rst_2Jm6Tw' }).status).toBe(404);
    expect(call('POST /projects/{project}/restart', { project: 'nope' }, {}).status).toBe(404);
  });

  it('restarts a project with no instances listed, and has no restart for a project never restarted', () => {
    call('POST /projects', {}, newProject);
    const deploy = call('POST /projects/{project}/deploys', { project: 'my-new-app' }, {}).body;
    expect(call('GET /projects/{project}/restarts/{restartId}', { project: 'my-new-app', restartId: 'rst_2Jm6Tw' }).problem?.message).toBe(
      'No restart rst_2Jm6Tw in project my-new-app.',
    );
    under.clock.advance(10_000);
    expect(call('GET /projects/{project}', { project: 'my-new-app' }).body.live_deploy_id).toBe(deploy.id);
    expect(call('POST /projects/{project}/restart', { project: 'my-new-app' }, {}).body.instance_ids).toEqual([]);
  });
});

describe('scale', () => {
  const scale = (body: unknown) => call('PATCH /projects/{project}/scale', project, body);

  it('refuses instances while autoscaling is on, unless the same request turns it off; keeps the rest of autoscaling', () => {
    expect(scale({ autoscaling: { enabled: true } }).body.autoscaling).toEqual({
      enabled: true,
      min_instances: 2,
      max_instances: 6,
      target_cpu_percent: 70,
    });
    expect(scale({ instances: 4 })).toEqual({
      status: 409,
      problem: {
        reason: 'autoscaling_enabled',
        message: 'instances cannot be set while autoscaling is on; turn autoscaling off in the same request or first.',
      },
    });
    under.clock.advance(1_000);
    const both = scale({ instances: 4, autoscaling: { enabled: false } });
    expect(both.body).toMatchObject({
      instances: 4,
      autoscaling: { enabled: false, max_instances: 6 },
      updated_at: '2026-11-30T12:00:01Z',
    });
    expect(call('GET /projects/{project}/scale', project).body.instances).toBe(4);
    expect(lastEvent()).toMatchObject({ action: 'scale.update', project_id: 'prj_9Xk2mA' });
  });

  it('sets instances while autoscaling is off', () => {
    expect(scale({ instances: 5 }).body).toMatchObject({ instances: 5, autoscaling: { enabled: false } });
    expect(call('PATCH /projects/{project}/scale', { project: 'nope' }, { instances: 5 }).status).toBe(404);
  });
});

describe('environment variables', () => {
  it('sets, replaces and unsets variables, showing only the first two characters of a value', () => {
    under.clock.advance(1_000);
    const changed = call('PATCH /projects/{project}/env', project, {
      variables: { NEW_VAR: 'hello', DATABASE_URL: null, STRIPE_SECRET_KEY: 'sk_new', NEVER_SET: null },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({
      set: [
        { key: 'NEW_VAR', masked_value: 'he••••••••', updated_at: '2026-11-30T12:00:01Z' },
        { key: 'STRIPE_SECRET_KEY', masked_value: 'sk••••••••', updated_at: '2026-11-30T12:00:01Z' },
      ],
      unset: ['DATABASE_URL', 'NEVER_SET'],
    });
    expect(call('GET /projects/{project}/env', project).body.data.map((v: { key: string }) => v.key)).toEqual([
      'STRIPE_SECRET_KEY',
      'NEW_VAR',
    ]);
    expect(lastEvent()).toMatchObject({
      action: 'env.update',
      resource: { type: 'env', id: 'NEW_VAR,STRIPE_SECRET_KEY,DATABASE_URL,NEVER_SET' },
      project_id: 'prj_9Xk2mA',
    });
  });

  it('sets the variables of a project that had none, and refuses a project that does not exist', () => {
    call('POST /projects', {}, newProject);
    call('PATCH /projects/{project}/env', { project: 'my-new-app' }, { variables: { A: 'xyz' } });
    expect(call('GET /projects/{project}/env', { project: 'my-new-app' }).body.data).toEqual([
      { key: 'A', masked_value: 'xy••••••••', updated_at: '2026-11-30T12:00:00Z' },
    ]);
    expect(call('PATCH /projects/{project}/env', { project: 'my-new-app' }, {}).body).toEqual({ set: [], unset: [] });
    expect(call('PATCH /projects/{project}/env', { project: 'nope' }, { variables: { A: 'b' } }).status).toBe(404);
  });
});

describe('domains', () => {
  const verify = (domainId: string) => call('POST /projects/{project}/domains/{domainId}/verify', { ...project, domainId });
  const domainOf = (domainId: string) => call('GET /projects/{project}/domains/{domainId}', { ...project, domainId }).body;

  it('verifies a new domain on the clock: verifying → issuing_certificate → active, with a 90-day certificate', () => {
    const domain = call('POST /projects/{project}/domains', project, { hostname: 'new.acme.com' }).body;
    const verifying = verify(domain.id);
    expect(verifying.status).toBe(202);
    expect(verifying.body).toMatchObject({ status: 'verifying', error: null });
    expect(lastEvent()).toMatchObject({ action: 'domain.verify', resource: { type: 'domain', id: domain.id }, project_id: 'prj_9Xk2mA' });
    expect(verify(domain.id).problem).toEqual({
      reason: 'domain_verification_running',
      message: 'Domain new.acme.com is already being verified.',
    });
    under.clock.advance(2_000);
    const issuing = domainOf(domain.id);
    expect(issuing).toMatchObject({ status: 'issuing_certificate', certificate: { status: 'issuing', expires_at: null } });
    expect(issuing.dns_records.map((record: { status: string }) => record.status)).toEqual(['verified', 'verified']);
    expect(verify(domain.id).status).toBe(409);
    under.clock.advance(3_000);
    expect(domainOf(domain.id)).toMatchObject({
      status: 'active',
      verified_at: '2026-11-30T12:00:05Z',
      certificate: { status: 'active', expires_at: '2027-02-28T12:00:05Z' },
    });
    expect(verify(domain.id)).toEqual({
      status: 409,
      problem: { reason: 'domain_already_active', message: 'Domain new.acme.com is already active.' },
    });
  });

  it('verifies a domain again after an error; a domain that does not exist is a 404', () => {
    const domain = call('POST /projects/{project}/domains', project, { hostname: 'broken.acme.com' }).body;
    under.store.load(
      JSON.parse(
        JSON.stringify(under.store.save()).replace(
          '"status":"pending_dns","error":null',
          '"status":"error","error":"no CNAME record found"',
        ),
      ),
    );
    expect(domainOf(domain.id).status).toBe('error');
    expect(verify(domain.id).body).toMatchObject({ status: 'verifying', error: null });
    expect(verify('dom_missing').status).toBe(404);
  });

  it('refuses a hostname another domain has', () => {
    expect(call('POST /projects/{project}/domains', project, { hostname: 'shop.acme.com' }).problem).toEqual({
      reason: 'hostname_taken',
      message: 'A domain with hostname shop.acme.com already exists in account your-handle; choose another hostname.',
    });
  });
});

describe('billing', () => {
  const transfer = (body: unknown, ref = 'web-shop') => call('POST /projects/{project}/billing-transfers', { project: ref }, body);
  const transfers = (query: Record<string, string>) => idsOf(call('GET /billing/transfers', {}, undefined, { query }));

  it('offers a project to another account, pending until accepted, once', () => {
    under.clock.advance(1_000);
    const offered = transfer({ to_account: 'client-acme', note: 'from December' });
    expect(offered.status).toBe(201);
    expect(offered.body).toMatchObject({
      project_id: 'prj_9Xk2mA',
      from_account: 'your-handle',
      to_account: 'client-acme',
      note: 'from December',
      status: 'pending',
      decline_reason: null,
      resolved_at: null,
      created_at: '2026-11-30T12:00:01Z',
    });
    expect(offered.body.id).toMatch(/^trf_/);
    expect(lastEvent()).toMatchObject({
      action: 'billing_transfer.create',
      resource: { type: 'billing_transfer', id: offered.body.id },
      project_id: 'prj_9Xk2mA',
    });
    expect(transfer({ to_account: 'client-globex' })).toEqual({
      status: 409,
      problem: { reason: 'transfer_already_pending', message: 'A transfer of project web-shop is already pending.' },
    });
    expect(transfers({ direction: 'outgoing' })).toEqual([offered.body.id]);
    expect(transfers({ direction: 'incoming' })).toEqual([]);
    under.clock.advance(1_000);
    const accepted = call('POST /billing/transfers/{transferId}/accept', { transferId: offered.body.id });
    expect(accepted.body).toMatchObject({ status: 'accepted', resolved_at: '2026-11-30T12:00:02Z' });
    expect(lastEvent()).toMatchObject({ action: 'billing_transfer.accept', resource: { type: 'billing_transfer', id: offered.body.id } });
    expect(call('POST /billing/transfers/{transferId}/decline', { transferId: offered.body.id }, {})).toEqual({
      status: 409,
      problem: { reason: 'transfer_not_pending', message: `Transfer ${offered.body.id} is accepted, no longer pending.` },
    });
    expect(transfer({ to_account: 'client-globex' }).body.note).toBeNull();
  });

  it('is accepted whatever reason the request carries, and declined even with a null body', () => {
    const first = transfer({ to_account: 'client-acme' }).body;
    expect(call('POST /billing/transfers/{transferId}/accept', { transferId: first.id }, { reason: 'why not' }).body).toMatchObject({
      status: 'accepted',
      decline_reason: null,
    });
    const second = transfer({ to_account: 'client-acme' }).body;
    expect(call('POST /billing/transfers/{transferId}/decline', { transferId: second.id }, null).body).toMatchObject({
      status: 'declined',
      decline_reason: null,
    });
  });

  it('is declined with a reason or without one', () => {
    const offered = transfer({ to_account: 'client-acme' }).body;
    const declined = call('POST /billing/transfers/{transferId}/decline', { transferId: offered.id }, { reason: 'not yet' });
    expect(declined.body).toMatchObject({ status: 'declined', decline_reason: 'not yet', resolved_at: '2026-11-30T12:00:00Z' });
    const next = transfer({ to_account: 'client-acme' }).body;
    expect(call('POST /billing/transfers/{transferId}/decline', { transferId: next.id }).body).toMatchObject({
      status: 'declined',
      decline_reason: null,
    });
    expect(call('POST /billing/transfers/{transferId}/accept', { transferId: 'trf_missing' }).status).toBe(404);
  });

  it('refuses a transfer to the account that already pays, and of a project that does not exist', () => {
    expect(transfer({ to_account: 'your-handle' })).toEqual({
      status: 409,
      problem: { message: 'Account your-handle already pays for project web-shop.' },
    });
    expect(transfer({ to_account: 'client-acme' }, 'nope').status).toBe(404);
  });

  it('lists a transfer to this account as incoming, and not as outgoing', () => {
    const offered = transfer({ to_account: 'client-acme' }).body;
    const saved = under.store.save();
    Object.assign(saved.accounts['default/self']!.collections['/billing/transfers']![0]!, {
      from_account: 'client-acme',
      to_account: 'your-handle',
    });
    under.store.load(saved);
    expect(transfers({ direction: 'incoming' })).toEqual([offered.id]);
    expect(transfers({ direction: 'outgoing' })).toEqual([]);
  });

  it('lists a transfer acted as the receiving account as incoming', () => {
    const offered = transfer({ to_account: 'client-acme' }).body;
    const asAcme = { actingAs: 'client-acme' };
    call('POST /projects', {}, { ...newProject, name: 'acme-app' }, asAcme);
    const toUs = call('POST /projects/{project}/billing-transfers', { project: 'acme-app' }, { to_account: 'your-handle' }, asAcme).body;
    expect(toUs.from_account).toBe('client-acme');
    expect(transfers({ direction: 'incoming' })).toEqual([]);
    expect(idsOf(call('GET /billing/transfers', {}, undefined, { ...asAcme, query: { direction: 'outgoing' } }))).toEqual([toUs.id]);
    expect(offered.from_account).toBe('your-handle');
  });

  it('cancels the pending transfer of a project deleted, and leaves the others', () => {
    call('POST /projects', {}, newProject);
    const pending = transfer({ to_account: 'client-acme' }, 'my-new-app').body;
    const other = transfer({ to_account: 'client-acme' }).body;
    under.clock.advance(1_000);
    expect(call('DELETE /projects/{project}', { project: 'my-new-app' }).status).toBe(204);
    const after = call('GET /billing/transfers').body.data;
    expect(after.find((t: { id: string }) => t.id === pending.id)).toMatchObject({
      status: 'canceled',
      resolved_at: '2026-11-30T12:00:01Z',
    });
    expect(after.find((t: { id: string }) => t.id === other.id)).toMatchObject({ status: 'pending', resolved_at: null });
  });

  it('leaves a transfer already accepted as it was when its project is deleted; deleting no project is a 404', () => {
    call('POST /projects', {}, newProject);
    const accepted = transfer({ to_account: 'client-acme' }, 'my-new-app').body;
    call('POST /billing/transfers/{transferId}/accept', { transferId: accepted.id });
    under.clock.advance(1_000);
    call('DELETE /projects/{project}', { project: 'my-new-app' });
    expect(call('GET /billing/transfers/{transferId}', { transferId: accepted.id }).body).toMatchObject({
      status: 'accepted',
      resolved_at: '2026-11-30T12:00:00Z',
    });
    expect(call('DELETE /projects/{project}', { project: 'nope' }).problem?.message).toBe('No project nope in account your-handle.');
  });

  it('changes the plan, recorded against the account', () => {
    const changed = call('PUT /billing/plan', {}, { plan: 'team' });
    expect(changed.body.plan).toBe('team');
    expect(call('GET /billing').body.plan).toBe('team');
    expect(lastEvent()).toMatchObject({
      action: 'billing.plan_change',
      resource: { type: 'billing', id: 'your-handle' },
      project_id: null,
    });
  });
});

describe('incidents', () => {
  it('acknowledges an open incident once, by the caller', () => {
    under.clock.advance(1_000);
    const acknowledged = call('POST /incidents/{incidentId}/acknowledge', { incidentId: 'inc_9Ru4Fz' });
    expect(acknowledged.body).toMatchObject({ status: 'acknowledged', acknowledged_at: '2026-11-30T12:00:01Z', acknowledged_by: you });
    expect(lastEvent()).toMatchObject({
      action: 'incident.acknowledge',
      resource: { type: 'incident', id: 'inc_9Ru4Fz' },
      project_id: acknowledged.body.project_id,
    });
    expect(acknowledged.body.project_id).toMatch(/^prj_/);
    expect(call('POST /incidents/{incidentId}/acknowledge', { incidentId: 'inc_9Ru4Fz' })).toEqual({
      status: 409,
      problem: { reason: 'incident_already_acknowledged', message: 'Incident inc_9Ru4Fz is already acknowledged.' },
    });
    expect(call('POST /incidents/{incidentId}/acknowledge', { incidentId: 'inc_missing' }).status).toBe(404);
  });
});

describe('capacity', () => {
  it('counts what the account has: projects, agents, sub-accounts; leaves the rest as the example shows', () => {
    call('POST /projects', {}, newProject);
    const quotas = Object.fromEntries(
      call('GET /capacity').body.quotas.map((quota: { name: string; used: number }) => [quota.name, quota.used]),
    );
    expect(quotas).toMatchObject({ projects: 2, agents: 1, sub_accounts: 2, build_minutes_per_month: 1264 });
  });
});

describe('the activity log', () => {
  it('filters by a project’s name or id, and pages newest first', () => {
    call('POST /projects', {}, newProject);
    call('POST /projects/{project}/deploys', { project: 'my-new-app' }, {});
    const byName = call('GET /activity', {}, undefined, { query: { project: 'my-new-app' } }).body.data;
    expect(byName.map((e: { action: string }) => e.action)).toEqual(['deploy.create', 'project.create']);
    const byId = call('GET /activity', {}, undefined, { query: { project: byName[0].project_id } }).body.data;
    expect(byId).toEqual(byName);
    expect(call('GET /activity', {}, undefined, { query: { project: 'no-such-project' } }).body.data).toEqual([]);
    const first = call('GET /activity', {}, undefined, { query: { limit: '1', actor_type: 'user' } }).body;
    expect(first.data.map((e: { action: string }) => e.action)).toEqual(['deploy.create']);
    const second = call('GET /activity', {}, undefined, { query: { limit: '1', actor_type: 'user', cursor: first.next_cursor } }).body;
    expect(second).toMatchObject({ data: [{ action: 'project.create' }], next_cursor: null });
  });

  it('pages the whole log two events at a time', () => {
    call('POST /projects', {}, newProject);
    call('POST /projects/{project}/deploys', { project: 'my-new-app' }, {});
    const all = call('GET /activity').body.data.map((e: { id: string }) => e.id);
    expect(all).toHaveLength(4);
    const first = call('GET /activity', {}, undefined, { query: { limit: '2' } }).body;
    const second = call('GET /activity', {}, undefined, { query: { limit: '2', cursor: first.next_cursor } }).body;
    expect([...first.data, ...second.data].map((e: { id: string }) => e.id)).toEqual(all);
  });

  it('takes a project’s name for the project filter only: resource ids are ids', () => {
    call('POST /projects', {}, newProject);
    const byName = (name: string) => call('GET /activity', {}, undefined, { query: { [name]: 'my-new-app' } }).body.data;
    expect(byName('project')).toHaveLength(1);
    expect(byName('resource_id')).toEqual([]);
  });

  it('answers one event, or a 404 naming it', () => {
    expect(call('GET /activity/{eventId}', { eventId: 'evt_missing' })).toEqual({
      status: 404,
      problem: { reason: 'activity_event_not_found', message: 'No activity event evt_missing in account your-handle.' },
    });
    expect(ask('POST /activity', {}, {})).toBeUndefined();
  });
});
