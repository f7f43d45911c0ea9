// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { loadSpecModel } from '@cantila/spec-model';

type Scope = 'read' | 'deploy' | 'admin';

/**
 * The public surface Cantila promises (shared/api-surface.md at the time of writing): every operation
 * with the minimum scope it needs. Coverage and scopes may not shrink; a change here is an API change.
 */
const surface: [operation: string, scope: Scope | null][] = [
  ['GET /health', null],
  ['GET /me', 'read'],
  ['GET /keys', 'admin'],
  ['POST /keys', 'admin'],
  ['GET /keys/{keyId}', 'admin'],
  ['DELETE /keys/{keyId}', 'admin'],
  ['POST /keys/{keyId}/rotate', 'admin'],
  ['GET /account', 'read'],
  ['PATCH /account', 'admin'],
  ['GET /sub-accounts', 'read'],
  ['POST /sub-accounts', 'admin'],
  ['GET /sub-accounts/{handle}', 'read'],
  ['PATCH /sub-accounts/{handle}', 'admin'],
  ['GET /team/members', 'read'],
  ['PATCH /team/members/{userId}', 'admin'],
  ['DELETE /team/members/{userId}', 'admin'],
  ['GET /team/invitations', 'admin'],
  ['POST /team/invitations', 'admin'],
  ['DELETE /team/invitations/{invitationId}', 'admin'],
  ['GET /projects', 'read'],
  ['POST /projects', 'admin'],
  ['GET /projects/{project}', 'read'],
  ['PATCH /projects/{project}', 'deploy'],
  ['DELETE /projects/{project}', 'admin'],
  ['GET /projects/{project}/deploys', 'read'],
  ['POST /projects/{project}/deploys', 'deploy'],
  ['GET /projects/{project}/deploys/{deployId}', 'read'],
  ['POST /projects/{project}/deploys/{deployId}/cancel', 'deploy'],
  ['POST /projects/{project}/rollback', 'deploy'],
  ['GET /projects/{project}/deploys/{deployId}/logs', 'read'],
  ['GET /projects/{project}/scale', 'read'],
  ['PATCH /projects/{project}/scale', 'deploy'],
  ['GET /projects/{project}/instances', 'read'],
  ['POST /projects/{project}/restart', 'deploy'],
  ['GET /projects/{project}/env', 'read'],
  ['PATCH /projects/{project}/env', 'deploy'],
  ['DELETE /projects/{project}/env/{key}', 'deploy'],
  ['GET /projects/{project}/domains', 'read'],
  ['POST /projects/{project}/domains', 'deploy'],
  ['GET /projects/{project}/domains/{domainId}', 'read'],
  ['POST /projects/{project}/domains/{domainId}/verify', 'deploy'],
  ['DELETE /projects/{project}/domains/{domainId}', 'deploy'],
  ['GET /projects/{project}/metrics', 'read'],
  ['POST /projects/{project}/billing-transfers', 'admin'],
  ['GET /billing/transfers', 'admin'],
  ['POST /billing/transfers/{transferId}/accept', 'admin'],
  ['POST /billing/transfers/{transferId}/decline', 'admin'],
  ['GET /activity', 'read'],
  ['GET /activity/{eventId}', 'read'],
  ['GET /agents', 'read'],
  ['POST /agents', 'admin'],
  ['GET /agents/{agentId}', 'read'],
  ['PATCH /agents/{agentId}', 'admin'],
  ['DELETE /agents/{agentId}', 'admin'],
  ['POST /agents/{agentId}/pause', 'admin'],
  ['POST /agents/{agentId}/resume', 'admin'],
  ['GET /alerts', 'read'],
  ['POST /alerts', 'deploy'],
  ['GET /alerts/{alertId}', 'read'],
  ['PATCH /alerts/{alertId}', 'deploy'],
  ['DELETE /alerts/{alertId}', 'deploy'],
  ['GET /incidents', 'read'],
  ['GET /incidents/{incidentId}', 'read'],
  ['POST /incidents/{incidentId}/acknowledge', 'deploy'],
  ['GET /capacity', 'read'],
  ['GET /regions', 'read'],
  ['GET /instance-sizes', 'read'],
  ['GET /billing', 'admin'],
  ['PUT /billing/plan', 'admin'],
  ['GET /billing/usage', 'admin'],
  ['GET /billing/invoices', 'admin'],
  ['GET /billing/invoices/{invoiceId}', 'admin'],
];

describe('the bundled spec describes the whole /v1 surface', () => {
  const scopes = new Map(loadSpecModel().operations.map((op) => [op.key, op.scope]));

  it.each(surface.map(([operation, scope]) => ({ operation, scope, needs: scope ? `the ${scope} scope` : 'no credential' })))(
    '$operation needs $needs',
    ({ operation, scope }) => {
      expect(scopes.has(operation), `${operation} is missing from the spec`).toBe(true);
      expect(scopes.get(operation), `${operation} must need the ${scope ?? 'no'} scope`).toBe(scope);
    },
  );
});
