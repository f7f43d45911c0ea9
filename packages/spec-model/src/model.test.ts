import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledSpecPath, loadSpecModel, SpecError, specModel } from './index.ts';

const bundled = (): any => JSON.parse(readFileSync(bundledSpecPath, 'utf8'));
const model = loadSpecModel();

describe('the operations of the bundled spec', () => {
  it('reads every operation with its scope, credentials, act-as and Idempotency-Key', () => {
    expect(model.operations.length).toBeGreaterThanOrEqual(73);
    expect(model.operation('GET /health')).toMatchObject({ scope: null, takesActAs: false, credentials: { key: false, session: false } });
    expect(model.operation('POST /projects')).toMatchObject({
      operationId: 'createProject',
      scope: 'admin',
      takesActAs: true,
      takesIdempotencyKey: true,
      credentials: { key: true, session: true },
    });
    expect(model.operation('PATCH /projects/{project}/scale')?.scope).toBe('deploy');
  });

  it('resolves parameters, bodies, responses and their named examples', () => {
    const getProject = model.operation('GET /projects/{project}')!;
    const project = getProject.parameters.find((p) => p.in === 'path')!;
    expect(project).toMatchObject({ name: 'project', required: true });
    expect(project.schema.pattern).toEqual(expect.any(String));
    expect(project.example).toEqual(expect.any(String));
    const ok = getProject.responses.find((r) => r.status === '200')!;
    expect(ok.headers.map((h) => h.name)).toContain('X-Request-Id');
    expect(ok.body?.examples[0]?.value).toMatchObject({ id: expect.stringMatching(/^prj_/) });
    const create = model.operation('POST /projects')!.requestBody!;
    expect(create.contentType).toBe('application/json');
    expect(create.schema.type).toBe('object');
    expect(create.examples.length).toBeGreaterThan(0);
  });
});

describe('the conventions of the bundled spec', () => {
  it('reads each from the one place the spec states it', () => {
    const { actAs, scopes, errorStatuses, errorReasons, sessionCookie, serverUrl, basePath, rateLimit, subAccountHandles } =
      model.conventions;
    expect(actAs.header).toBe('X-Cantila-Act-As');
    expect(actAs.problem('client-acme')).toBeUndefined();
    // A malformed handle is taken by the header (and answered 403, like any handle not yours); only length is its own rule.
    expect(actAs.problem('Not A Handle')).toBeUndefined();
    expect(actAs.problem('a'.repeat(256))).toBe('must be at most 255 characters');
    expect(new RegExp(actAs.pattern!).test('Not A Handle')).toBe(false);
    expect(errorReasons.get('quota_exceeded')).toBe('conflict');
    expect(errorReasons.get('act_as_not_allowed')).toBe('forbidden');
    expect(scopes).toEqual(['read', 'deploy', 'admin']);
    expect(errorStatuses.get('validation')).toBe(422);
    expect(errorStatuses.get('forbidden')).toBe(403);
    expect(sessionCookie).toBe('cantila_session');
    expect(serverUrl).toBe('https://api.cantila.app/v1');
    expect(basePath).toBe('/v1');
    expect(rateLimit).toBeGreaterThan(0);
    expect(subAccountHandles).toEqual(['client-acme', 'client-globex']);
  });
});

describe('a document that says things differently', () => {
  it('stops on an error reason without an ErrorCode, naming it', () => {
    const document = bundled();
    document.components.schemas.ErrorReason['x-cantila-code'].name_taken = 'taken';
    expect(() => specModel(document).conventions).toThrow("ErrorReason's x-cantila-code gives no ErrorCode to name_taken");
  });

  it('stops on a reason mapped to a code that its enum lacks, naming it', () => {
    const document = bundled();
    document.components.schemas.ErrorReason['x-cantila-code'].over_quota = 'conflict';
    expect(() => specModel(document).conventions).toThrow("ErrorReason's x-cantila-code names reasons its enum lacks: over_quota");
  });

  it("nests the scopes in the Scope enum's order", () => {
    const document = bundled();
    document.components.schemas.Scope.enum = ['admin', 'read', 'deploy'];
    expect(specModel(document).conventions.scopes).toEqual(['admin', 'read', 'deploy']);
  });

  it("gives an operation without security of its own the root's", () => {
    const document = bundled();
    document.security = [{ bearerAuth: ['read'] }, { sessionCookie: ['read'] }];
    delete document.paths['/me'].get.security;
    expect(specModel(document).operation('GET /me')).toMatchObject({ scope: 'read', credentials: { key: true, session: true } });
  });

  it('stops on a circular $ref with the chain, in bounded time', () => {
    const document = bundled();
    document.paths['/projects'].get.parameters.push({ $ref: '#/components/parameters/Loop' });
    document.components.parameters.Loop = { $ref: '#/components/parameters/Loop2' };
    document.components.parameters.Loop2 = { $ref: '#/components/parameters/Loop' };
    const started = Date.now();
    expect(() => specModel(document)).toThrow(
      new SpecError(
        '$ref #/components/parameters/Loop → #/components/parameters/Loop2 → #/components/parameters/Loop goes round in a circle',
      ),
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('names a $ref that points nowhere', () => {
    const document = bundled();
    document.paths['/projects'].get.parameters.push({ $ref: '#/components/parameters/Nowhere' });
    expect(() => specModel(document)).toThrow('$ref #/components/parameters/Nowhere points nowhere');
  });

  it('names a path item or a parameter list that is not one, instead of failing on it', () => {
    expect(() => specModel({ paths: { '/x': null } })).toThrow(new SpecError('paths./x is not a path item (an object of operations)'));
    expect(() => specModel({ paths: { '/x': { get: { parameters: 5, responses: {} } } } })).toThrow(
      new SpecError('GET /x: parameters must be a list'),
    );
  });

  it('names a handle pattern that is not a regular expression', () => {
    const document = bundled();
    document.components.schemas.Handle.pattern = '^[a-z';
    expect(() => specModel(document).conventions).toThrow(/^components\.schemas\.Handle's pattern "\^\[a-z" is not a regular expression/);
  });

  it('names an operation whose requirements name two scopes', () => {
    const document = bundled();
    document.paths['/me'].get.security = [{ bearerAuth: ['read'] }, { sessionCookie: ['admin'] }];
    expect(() => specModel(document)).toThrow('GET /me: its security requirements must name exactly one scope, found read, admin');
  });

  it('reads the operations of a document without conventions, and names the first missing one when asked', () => {
    const document = {
      openapi: '3.1.0',
      paths: { '/ping': { get: { operationId: 'ping', responses: { '204': { description: 'ok' } } } } },
    };
    const partial = specModel(document);
    expect(partial.operations.map((op) => op.key)).toEqual(['GET /ping']);
    expect(() => partial.conventions).toThrow('the spec has no parameters component ActAs (components.parameters.ActAs)');
  });

  it('names a scope missing from the Scope enum, and an error code without a status', () => {
    const unknownScope = bundled();
    unknownScope.paths['/me'].get.security = [{ bearerAuth: ['owner'] }, { sessionCookie: ['owner'] }];
    expect(() => specModel(unknownScope).conventions).toThrow('GET /me: scope owner is not in the Scope enum (read, deploy, admin)');
    const noStatus = bundled();
    noStatus.components.schemas.ErrorCode['x-cantila-status'].conflict = '409';
    expect(() => specModel(noStatus).conventions).toThrow("ErrorCode's x-cantila-status gives no HTTP status (100–599) to conflict");
  });
});

describe('loading a spec file', () => {
  it('says what is wrong with a missing file or one that is not JSON', () => {
    expect(() => loadSpecModel('/nonexistent/openapi.json')).toThrow('cannot read the spec /nonexistent/openapi.json: ENOENT');
    expect(() => loadSpecModel(new URL(import.meta.url).pathname)).toThrow(/is not JSON/);
  });
});
