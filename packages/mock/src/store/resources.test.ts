import { loadSpecModel } from '@cantila/spec-model';
import { describe, expect, it } from 'vitest';
import { tableOf as readVariant } from '../../test/support/store.ts';
import { readResources } from './resources.ts';

const model = loadSpecModel();

describe('the resource table read from the spec', () => {
  it('keeps the lists whose items have an id or a path of their own: item parameter, id prefix, id field, order, type, parent', () => {
    const collections = Object.fromEntries(
      readResources(model).collections.map((c) => [
        c.template,
        [c.itemParam, c.idPrefix, c.idField, c.order, c.resourceType, c.parent?.template],
      ]),
    );
    expect(collections).toEqual({
      '/keys': ['keyId', 'key_', 'id', 'newest', 'key', undefined],
      '/sub-accounts': ['handle', 'acc_', 'id', 'fixed', 'sub_account', undefined],
      '/team/members': ['userId', 'usr_', 'id', 'fixed', 'team_member', undefined],
      '/team/invitations': ['invitationId', 'ivt_', 'id', 'newest', 'invitation', undefined],
      '/projects': ['project', 'prj_', 'id', 'newest', 'project', undefined],
      '/projects/{project}/deploys': ['deployId', 'dep_', 'id', 'newest', 'deploy', '/projects'],
      '/projects/{project}/instances': [undefined, 'ins_', 'id', 'fixed', 'instances', '/projects'],
      '/projects/{project}/restarts': ['restartId', 'rst_', 'id', 'newest', 'restart', '/projects'],
      '/projects/{project}/env': ['key', undefined, 'key', 'fixed', 'env', '/projects'],
      '/projects/{project}/domains': ['domainId', 'dom_', 'id', 'fixed', 'domain', '/projects'],
      '/billing/invoices': ['invoiceId', 'inv_', 'id', 'newest', 'invoice', undefined],
      '/billing/transfers': ['transferId', 'trf_', 'id', 'newest', 'billing_transfer', undefined],
      '/activity': ['eventId', 'evt_', 'id', 'newest', 'event', undefined],
      '/agents': ['agentId', 'agt_', 'id', 'fixed', 'agent', undefined],
      '/alerts': ['alertId', 'alr_', 'id', 'fixed', 'alert', undefined],
      '/incidents': ['incidentId', 'inc_', 'id', 'newest', 'incident', undefined],
    });
  });

  it('answers each operation as its kind, with its first success status, its collection, the action it records and whether it takes Idempotency-Key', () => {
    const operations = Object.fromEntries(
      [...readResources(model).operations.values()].map((op) => [
        op.key,
        [op.kind, op.status, op.collection?.template ?? '-', op.action ?? '-', op.idempotent ? 'idempotent' : '-'].join(' '),
      ]),
    );
    expect(operations).toEqual({
      'GET /health': 'other 200 - - -',
      'GET /me': 'other 200 - - -',
      'GET /keys': 'list 200 /keys - -',
      'POST /keys': 'create 201 /keys key.create idempotent',
      'GET /keys/{keyId}': 'get 200 /keys - -',
      'DELETE /keys/{keyId}': 'delete 204 /keys key.revoke -',
      'POST /keys/{keyId}/rotate': 'action 200 /keys key.rotate idempotent',
      'GET /account': 'document 200 - - -',
      'PATCH /account': 'document 200 - account.update -',
      'GET /sub-accounts': 'list 200 /sub-accounts - -',
      'POST /sub-accounts': 'create 201 /sub-accounts sub_account.create idempotent',
      'GET /sub-accounts/{handle}': 'get 200 /sub-accounts - -',
      'PATCH /sub-accounts/{handle}': 'update 200 /sub-accounts sub_account.update -',
      'GET /team/members': 'list 200 /team/members - -',
      'DELETE /team/members/{userId}': 'delete 204 /team/members team_member.remove -',
      'PATCH /team/members/{userId}': 'update 200 /team/members team_member.update -',
      'GET /team/invitations': 'list 200 /team/invitations - -',
      'POST /team/invitations': 'create 201 /team/invitations invitation.create idempotent',
      'GET /team/invitations/{invitationId}': 'get 200 /team/invitations - -',
      'DELETE /team/invitations/{invitationId}': 'delete 204 /team/invitations invitation.revoke -',
      'GET /projects': 'list 200 /projects - -',
      'POST /projects': 'create 201 /projects project.create idempotent',
      'GET /projects/{project}': 'get 200 /projects - -',
      'DELETE /projects/{project}': 'delete 204 /projects project.delete -',
      'PATCH /projects/{project}': 'update 200 /projects project.update -',
      'GET /projects/{project}/deploys': 'list 200 /projects/{project}/deploys - -',
      'POST /projects/{project}/deploys': 'create 202 /projects/{project}/deploys deploy.create idempotent',
      'GET /projects/{project}/deploys/{deployId}': 'get 200 /projects/{project}/deploys - -',
      'POST /projects/{project}/deploys/{deployId}/cancel': 'action 200 /projects/{project}/deploys deploy.cancel idempotent',
      'GET /projects/{project}/deploys/{deployId}/logs': 'other 200 - - -',
      'POST /projects/{project}/rollback': 'action 202 /projects deploy.rollback idempotent',
      'GET /projects/{project}/scale': 'document 200 - - -',
      'PATCH /projects/{project}/scale': 'document 200 - scale.update -',
      'GET /projects/{project}/instances': 'list 200 /projects/{project}/instances - -',
      'POST /projects/{project}/restart': 'action 202 /projects project.restart idempotent',
      'GET /projects/{project}/restarts': 'list 200 /projects/{project}/restarts - -',
      'GET /projects/{project}/restarts/{restartId}': 'get 200 /projects/{project}/restarts - -',
      'GET /projects/{project}/env': 'list 200 /projects/{project}/env - -',
      'PATCH /projects/{project}/env': 'other 200 - env.update -',
      'DELETE /projects/{project}/env/{key}': 'delete 204 /projects/{project}/env env.delete -',
      'GET /projects/{project}/domains': 'list 200 /projects/{project}/domains - -',
      'POST /projects/{project}/domains': 'create 201 /projects/{project}/domains domain.create idempotent',
      'GET /projects/{project}/domains/{domainId}': 'get 200 /projects/{project}/domains - -',
      'DELETE /projects/{project}/domains/{domainId}': 'delete 204 /projects/{project}/domains domain.delete -',
      'POST /projects/{project}/domains/{domainId}/verify': 'action 202 /projects/{project}/domains domain.verify idempotent',
      'GET /projects/{project}/metrics': 'other 200 - - -',
      'GET /billing': 'document 200 - - -',
      'PUT /billing/plan': 'document 200 - billing.plan_change -',
      'GET /billing/usage': 'other 200 - - -',
      'GET /billing/invoices': 'list 200 /billing/invoices - -',
      'GET /billing/invoices/{invoiceId}': 'get 200 /billing/invoices - -',
      'POST /projects/{project}/billing-transfers': 'action 201 /projects billing_transfer.create idempotent',
      'GET /billing/transfers': 'list 200 /billing/transfers - -',
      'GET /billing/transfers/{transferId}': 'get 200 /billing/transfers - -',
      'POST /billing/transfers/{transferId}/cancel': 'action 200 /billing/transfers billing_transfer.cancel idempotent',
      'POST /billing/transfers/{transferId}/accept': 'action 200 /billing/transfers billing_transfer.accept idempotent',
      'POST /billing/transfers/{transferId}/decline': 'action 200 /billing/transfers billing_transfer.decline idempotent',
      'GET /activity': 'list 200 /activity - -',
      'GET /activity/{eventId}': 'get 200 /activity - -',
      'GET /agents': 'list 200 /agents - -',
      'POST /agents': 'create 201 /agents agent.create idempotent',
      'GET /agents/{agentId}': 'get 200 /agents - -',
      'DELETE /agents/{agentId}': 'delete 204 /agents agent.delete -',
      'PATCH /agents/{agentId}': 'update 200 /agents agent.update -',
      'POST /agents/{agentId}/pause': 'action 200 /agents agent.pause idempotent',
      'POST /agents/{agentId}/resume': 'action 200 /agents agent.resume idempotent',
      'GET /alerts': 'list 200 /alerts - -',
      'POST /alerts': 'create 201 /alerts alert.create idempotent',
      'GET /alerts/{alertId}': 'get 200 /alerts - -',
      'DELETE /alerts/{alertId}': 'delete 204 /alerts alert.delete -',
      'PATCH /alerts/{alertId}': 'update 200 /alerts alert.update -',
      'GET /incidents': 'list 200 /incidents - -',
      'GET /incidents/{incidentId}': 'get 200 /incidents - -',
      'POST /incidents/{incidentId}/acknowledge': 'action 200 /incidents incident.acknowledge idempotent',
      'GET /capacity': 'other 200 - - -',
      'GET /regions': 'other 200 - - -',
      'GET /instance-sizes': 'other 200 - - -',
    });
  });

  it('knows what an item has, what may be null, and what a list filters by', () => {
    const table = readResources(model);
    const deploys = table.collections.find((c) => c.template === '/projects/{project}/deploys')!;
    expect(deploys.properties).toEqual(expect.arrayContaining(['id', 'project_id', 'status', 'source', 'rollback_of', 'finished_at']));
    expect(deploys.nullable).toEqual(['rollback_of', 'failure_reason', 'finished_at']);
    expect(table.collections.find((c) => c.template === '/incidents')!.nullable).toEqual([
      'alert_id',
      'acknowledged_at',
      'acknowledged_by',
      'resolved_at',
    ]);
    const get = table.operations.get('GET /projects/{project}/deploys')!;
    expect([get.method, get.path, get.filters]).toEqual(['GET', '/projects/{project}/deploys', ['status']]);
    expect(table.operations.get('GET /activity')!.filters).toEqual([
      'actor',
      'actor_type',
      'action',
      'resource_type',
      'resource_id',
      'project',
      'since',
      'until',
    ]);
  });

  it('knows each answer’s example and schema name, and each request property’s default', () => {
    const table = readResources(model);
    const create = table.operations.get('POST /projects/{project}/deploys')!;
    expect(create.bodyDefaults).toEqual({ source: undefined, clear_build_cache: false });
    expect(create.document).toBe('Deploy');
    expect(table.operations.get('POST /alerts')!.bodyDefaults).toMatchObject({ enabled: true });
    expect((table.operations.get('POST /projects')!.example as { id: string }).id).toBe('prj_6Wd3Hs');
    expect((table.operations.get('GET /projects/{project}/scale')!.example as { instances: number }).instances).toBe(3);
    expect(table.operations.get('GET /capacity')).toMatchObject({ kind: 'other', document: 'Capacity' });
    expect(table.operations.get('DELETE /projects/{project}')).toMatchObject({ status: 204, example: undefined, document: undefined });
  });

  it('takes the Idempotency-Key window and the page sizes from the spec', () => {
    const table = readResources(model);
    expect([table.idempotencyWindowMs, table.limits]).toEqual([24 * 3600_000, { default: 20, max: 100 }]);
    const changed = readVariant((spec) => {
      const { IdempotencyKey, Limit } = spec.components.parameters;
      IdempotencyKey.description = IdempotencyKey.description.replace('within 24 hours', 'within 48 hours');
      Limit.schema = { ...Limit.schema, default: 10, maximum: 50 };
    });
    expect([changed.idempotencyWindowMs, changed.limits]).toEqual([48 * 3600_000, { default: 10, max: 50 }]);
    const unsaid = readVariant((spec) => {
      const { IdempotencyKey, Limit } = spec.components.parameters;
      IdempotencyKey.description = 'A key that makes this request safe to retry.';
      Limit.schema = { type: 'integer' };
    });
    expect([unsaid.idempotencyWindowMs, unsaid.limits]).toEqual([24 * 3600_000, { default: 20, max: 100 }]);
  });

  it('reads an action and a list’s order across line breaks, and none from an operation without a description', () => {
    const table = readVariant((spec) => {
      spec.paths['/projects'].get.description = 'Lists the projects, newest\n  first.';
      spec.paths['/projects'].post.description = 'Creates a project. Records `project.create` in the\n  activity log.';
      delete spec.paths['/projects/{project}'].delete.description;
      spec.paths['/team/invitations'].get.description = 'Lists the invitations, oldest first.';
    });
    expect(table.collections.find((c) => c.template === '/projects')!.order).toBe('newest');
    expect(table.collections.find((c) => c.template === '/team/invitations')!.order).toBe('oldest');
    expect(table.operations.get('POST /projects')!.action).toBe('project.create');
    expect(table.operations.get('DELETE /projects/{project}')!.action).toBeUndefined();
  });
});
