// Generated from docs/openapi.json by scripts/generate.ts (`pnpm generate`). Do not edit.

/** Every operation of the API: its operationId, the scope it requires (`null`: public) and whether it takes an `Idempotency-Key`. */
export const operations = {
  'GET /health': { operationId: 'getHealth', scope: null, idempotencyKey: false },
  'GET /me': { operationId: 'getMe', scope: 'read', idempotencyKey: false },
  'GET /projects': { operationId: 'listProjects', scope: 'read', idempotencyKey: false },
  'POST /projects': { operationId: 'createProject', scope: 'admin', idempotencyKey: true },
  'GET /projects/{project}': { operationId: 'getProject', scope: 'read', idempotencyKey: false },
  'DELETE /projects/{project}': { operationId: 'deleteProject', scope: 'admin', idempotencyKey: false },
  'PATCH /projects/{project}': { operationId: 'updateProject', scope: 'deploy', idempotencyKey: false },
  'GET /activity': { operationId: 'listActivity', scope: 'read', idempotencyKey: false },
  'GET /activity/{eventId}': { operationId: 'getActivityEvent', scope: 'read', idempotencyKey: false },
} as const;
