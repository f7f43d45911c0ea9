/** The code-samples decorator, run by `redocly bundle` with the repository's redocly.yaml on small specs. */
// @ts-nocheck

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/paths.ts';
import { runTool, type ToolResult } from '../../scripts/lib/tool.ts';

type Operation = { 'x-codeSamples'?: { lang: string; label: string; source: string }[] };

const ok = { '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } } };
const security = [{ bearerAuth: ['read'] }, { sessionCookie: ['read'] }];
const project = { name: 'project', in: 'path', required: true, schema: { type: 'string' }, example: 'web-shop' };
const actAs = { name: 'X-Cantila-Act-As', in: 'header', schema: { type: 'string' }, example: 'client-acme' };

const document = (paths: Record<string, unknown>) => ({
  openapi: '3.1.0',
  info: { title: 'Fixture', version: '1.0.0' },
  servers: [{ url: 'https://api.cantila.app/v1' }],
  components: {
    securitySchemes: {
      bearerAuth: { type: 'http', scheme: 'bearer' },
      sessionCookie: { type: 'apiKey', in: 'cookie', name: 'cantila_session' },
    },
  },
  paths,
});

const fixture = document({
  '/health': { get: { operationId: 'getHealth', security: [], responses: ok } },
  '/projects': {
    get: {
      operationId: 'listProjects',
      security,
      parameters: [actAs, { name: 'limit', in: 'query', schema: { type: 'integer' } }],
      responses: ok,
    },
  },
  '/projects/{project}': {
    parameters: [{ $ref: '#/components/parameters/Project' }],
    delete: { operationId: 'deleteProject', security, responses: { '204': { description: 'Deleted' } } },
  },
  '/projects/{project}/metrics': {
    get: {
      operationId: 'getMetrics',
      security,
      parameters: [
        project,
        { name: 'metric', in: 'query', required: true, schema: { type: 'string', enum: ['cpu', 'memory'] } },
        { name: 'step', in: 'query', required: true, schema: { type: 'integer', default: 60 } },
      ],
      responses: ok,
    },
  },
  '/projects/{project}/deploys': {
    post: {
      operationId: 'createDeploy',
      security,
      parameters: [project, { name: 'Idempotency-Key', in: 'header', schema: { type: 'string' } }],
      requestBody: {
        required: true,
        content: {
          'application/json': { schema: { type: 'object' }, examples: { git: { value: { source: { type: 'git', ref: "it's-v1.4.2" } } } } },
        },
      },
      responses: ok,
    },
  },
});
(fixture.components as Record<string, unknown>).parameters = { Project: project };

let dir: string;
let samples: Record<string, Record<string, string>>;

/** Bundles `spec` as `pnpm bundle` does (redocly.yaml from the repository root), returning Redocly's result and the bundle. */
async function bundle(spec: object): Promise<{ result: ToolResult; bundled?: { paths: Record<string, Record<string, Operation>> } }> {
  const input = join(dir, `in-${Math.random().toString(36).slice(2)}.json`);
  const output = `${input}.out.json`;
  await writeFile(input, JSON.stringify(spec));
  const result = await runTool('redocly', ['bundle', input, '-o', output]);
  return result.code === 0 ? { result, bundled: JSON.parse(await readFile(output, 'utf8')) } : { result };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cantila-code-samples-'));
  const { result, bundled } = await bundle(fixture);
  expect(result.code, result.stderr).toBe(0);
  samples = {};
  for (const item of Object.values(bundled!.paths)) {
    for (const operation of Object.values(item) as (Operation & { operationId?: string })[]) {
      if (operation.operationId)
        samples[operation.operationId] = Object.fromEntries((operation['x-codeSamples'] ?? []).map((s) => [s.label, s.source]));
    }
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the code-samples decorator', () => {
  it('writes a curl and a TypeScript sample on every operation', () => {
    for (const [operationId, bySample] of Object.entries(samples))
      expect(Object.keys(bySample), operationId).toEqual(['curl', 'TypeScript']);
  });

  it('fills path parameters (declared on the path item too) and required query parameters from their examples', () => {
    expect(samples.deleteProject!.curl).toBe(
      'curl -X DELETE https://api.cantila.app/v1/projects/web-shop \\\n  -H "Authorization: Bearer $CANTILA_API_KEY"',
    );
    expect(samples.getMetrics!.curl).toMatch(/^curl 'https:\/\/api\.cantila\.app\/v1\/projects\/web-shop\/metrics\?metric=cpu&step=60' \\/);
    expect(samples.getMetrics!.TypeScript).toContain("params: { path: { project: 'web-shop' }, query: { metric: 'cpu', step: 60 } }");
  });

  it('sends the JSON body example, quoted for the shell and as a TypeScript literal', () => {
    expect(samples.createDeploy!.curl).toContain(
      `-H "Content-Type: application/json" \\\n  -d '{\n    "source": {\n      "type": "git",\n      "ref": "it'\\''s-v1.4.2"\n    }\n  }'`,
    );
    expect(samples.createDeploy!.TypeScript).toContain("body: { source: { type: 'git', ref: 'it\\'s-v1.4.2' } }");
  });

  it('leaves out what the reader need not send: credentials on public operations, act-as, the idempotency key', () => {
    expect(samples.getHealth!.curl).toBe('curl https://api.cantila.app/v1/health');
    expect(samples.getHealth!.TypeScript).toContain("const cantila = createClient({ auth: 'none' });");
    expect(samples.listProjects!.curl).not.toContain('X-Cantila-Act-As');
    expect(samples.createDeploy!.curl).not.toContain('Idempotency-Key');
  });

  it('reads lists with paginate, and prints no data for an empty response', () => {
    expect(samples.listProjects!.TypeScript).toContain("for await (const item of cantila.paginate('/projects')) {");
    expect(samples.deleteProject!.TypeScript).toContain("const { error } = await cantila.DELETE('/projects/{project}', {");
    expect(samples.deleteProject!.TypeScript).not.toContain('console.log(data)');
  });

  it('stops the bundle, naming the operation and the parameter, when a required parameter has no example', async () => {
    const { example: _, ...withoutExample } = project;
    const spec = document({
      '/projects/{project}': { get: { operationId: 'getProject', security, parameters: [withoutExample], responses: ok } },
    });
    const { result } = await bundle(spec);
    expect(result.code).not.toBe(0);
    expect(`${result.stdout}\n${result.stderr}`).toContain("GET /projects/{project}: path parameter 'project' has no example");
  });

  it('is type-correct JavaScript (checked with tsc --checkJs, as Redocly loads it untranspiled)', async () => {
    const plugins = ['cantila.js', 'code-samples.js', 'evolution-notes.js', 'samples.js'].map((file) =>
      join(repoRoot, 'spec', 'plugins', file),
    );
    const result = await runTool('tsc', [
      '--noEmit',
      '--allowJs',
      '--checkJs',
      '--strict',
      '--skipLibCheck',
      '--target',
      'ES2022',
      '--module',
      'NodeNext',
      '--moduleResolution',
      'NodeNext',
      '--types',
      'node',
      ...plugins,
    ]);
    expect(`${result.stdout}${result.stderr}`).toBe('');
    expect(result.code).toBe(0);
  });
});
