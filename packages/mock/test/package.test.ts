// Packaging: builds the mock with build.ts into a copy of the package in a temporary directory (not the
// shared dist/), packs it as pnpm publishes it, and runs it as a frontend developer would: `npx` on the
// tarball in an empty folder, with nothing else installed.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadSpecModel } from '@cantila/spec-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, send, withJson } from './support/http.ts';
import { exitOf, start, type Started } from './support/spawned.ts';

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const bundledSpec = fileURLToPath(new URL('../../../docs/openapi.json', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const tsc = fileURLToPath(new URL('../../../node_modules/.bin/tsc', import.meta.url));

let work: string;
let tarball: string;
/** An empty folder, and an npm cache of its own so the test neither reads nor fills the user's. */
let emptyDir: string;
let npmEnv: NodeJS.ProcessEnv;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cantila-mock-pack-'));
  const staged = join(work, 'package');
  await cp(packageDir, staged, { recursive: true, filter: (source) => !/[\\/](dist|node_modules)$/.test(source) });
  // pnpm pack resolves `workspace:` versions from the installed packages.
  await symlink(join(packageDir, 'node_modules'), join(staged, 'node_modules'));
  await run(tsx, ['build.ts', '--out-dir', join(staged, 'dist')], { cwd: packageDir });
  const { stdout } = await run('pnpm', ['pack', '--pack-destination', work], { cwd: staged });
  tarball = join(work, stdout.trim().split('\n').pop()!.split('/').pop()!);
  emptyDir = join(work, 'empty');
  await mkdir(emptyDir);
  npmEnv = { ...process.env, npm_config_cache: join(work, 'npm-cache'), npm_config_update_notifier: 'false', NODE_OPTIONS: '' };
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** `npx --package <tarball> cantila-mock …` in the empty folder. */
const npx = (args: string[]): Promise<Started> =>
  start('npx', ['--yes', '--package', tarball, '--', 'cantila-mock', ...args], { cwd: emptyDir, env: npmEnv, detached: true });

/** SIGTERM to npx's process group, as a terminal's Ctrl-C or a process manager reaches it: the mock says it stops, and does. */
async function stop(mock: Started): Promise<void> {
  process.kill(-mock.child.pid!, 'SIGTERM');
  await exitOf(mock.child);
  expect(mock.output()).toContain('Stopping (SIGTERM).');
  await expect(fetch(`${mock.url}/health`)).rejects.toThrow();
}

describe('the packed mock', () => {
  it('ships built JavaScript, the bundled spec and nothing to install: no TypeScript, no tsx, no dependencies', async () => {
    const { stdout } = await run('tar', ['-tzf', tarball]);
    const files = stdout.trim().split('\n');
    expect(files).toEqual(
      expect.arrayContaining([
        'package/dist/cantila-mock.mjs',
        'package/dist/mock.cjs',
        'package/dist/mock.cjs.code-cache',
        'package/dist/openapi.json',
        'package/dist/msw.mjs',
        'package/dist/msw.d.mts',
        'package/package.json',
      ]),
    );
    // Type declarations are the one TypeScript it ships.
    expect(files.filter((file) => /(?<!\.d)\.(ts|tsx|mts|cts)$/.test(file))).toEqual([]);
    const manifest = JSON.parse((await run('tar', ['-xzOf', tarball, 'package/package.json'])).stdout) as Record<string, unknown>;
    expect(manifest.bin).toEqual({ 'cantila-mock': './dist/cantila-mock.mjs' });
    expect(manifest.dependencies ?? {}).toEqual({});
    const packedSpec = (await run('tar', ['-xzOf', tarball, 'package/dist/openapi.json'], { maxBuffer: 64 * 2 ** 20 })).stdout;
    expect(packedSpec).toBe(await readFile(bundledSpec, 'utf8'));
    const main = (await run('tar', ['-xzOf', tarball, 'package/dist/mock.cjs'], { maxBuffer: 64 * 2 ** 20 })).stdout;
    expect(main).not.toMatch(/["']tsx(\/[^"']*)?["']/);
  });

  it('runs with npx in an empty folder and answers as the spec documents, dynamic responses included', async () => {
    const mock = await npx(['--port', '0']);
    try {
      expect(mock.output()).toContain(`(${loadSpecModel().operations.length} operations`);
      const health = await send(`${mock.url}/health`);
      expect(health.status).toBe(200);
      expect(health.body).toMatchObject({ status: 'ok' });
      const project = await send(`${mock.url}/projects/web-shop`, { headers: bearer('sk_test_read_packed') });
      expect(project.status).toBe(200);
      expect(project.body).toMatchObject({ id: 'prj_9Xk2mA', name: 'web-shop' });
      const invalid = await send(`${mock.url}/projects`, withJson('POST', { name: 5 }, bearer('sk_test_admin_packed')));
      expect(invalid.status).toBe(422);
      expect(invalid.body).toMatchObject({
        error: 'validation',
        fields: expect.arrayContaining([{ field: 'name', message: 'must be string' }]),
      });
      const dynamic = await send(`${mock.url}/projects/web-shop`, { headers: bearer('sk_test_read_packed', { prefer: 'dynamic=true' }) });
      expect(dynamic.status).toBe(200);
      expect(dynamic.body.id).toMatch(/^prj_/);
      expect(dynamic.body.id).not.toBe('prj_9Xk2mA');
    } finally {
      await stop(mock);
    }
  });

  it('keeps state: a project is created, deployed until live, seen in the activity log, deleted, then a 404', async () => {
    const mock = await npx(['--port', '0', '--speed', '100']);
    const admin = 'sk_test_admin_packed';
    try {
      const project = { name: 'my-new-app', region: 'fra1', source: { type: 'git', repo: 'https://github.com/acme/my-new-app' } };
      const created = await send(`${mock.url}/projects`, withJson('POST', project, bearer(admin)));
      expect(created.status, created.text).toBe(201);
      expect(created.body).toMatchObject({ name: 'my-new-app', id: expect.stringMatching(/^prj_/) });
      const deploy = await send(`${mock.url}/projects/my-new-app/deploys`, withJson('POST', {}, bearer(admin)));
      expect(deploy.status, deploy.text).toBe(202);
      expect(deploy.body).toMatchObject({ status: 'queued', id: expect.stringMatching(/^dep_/) });
      const seen: string[] = [];
      for (let poll = 0; poll < 50 && seen.at(-1) !== 'live'; poll++) {
        const status = (await send(`${mock.url}/projects/my-new-app/deploys/${deploy.body.id}`, { headers: bearer(admin) })).body.status;
        if (seen.at(-1) !== status) seen.push(status);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(seen.at(-1)).toBe('live');
      const activity = await send(`${mock.url}/activity?project=${created.body.id}`, { headers: bearer(admin) });
      expect(activity.body.data.map((event: { action: string }) => event.action)).toEqual(['deploy.create', 'project.create']);
      expect((await send(`${mock.url}/projects/my-new-app`, { method: 'DELETE', headers: bearer(admin) })).status).toBe(204);
      const gone = await send(`${mock.url}/projects/my-new-app`, { headers: bearer(admin) });
      expect(gone.status).toBe(404);
      expect(gone.body).toMatchObject({ error: 'not_found', message: expect.stringContaining('my-new-app') });
    } finally {
      await stop(mock);
    }
  });

  it('serves another spec given with --spec, one the build did not precompile', async () => {
    const spec = JSON.parse(await readFile(bundledSpec, 'utf8')) as Record<string, any>;
    const health = spec.paths['/health'].get.responses['200'].content['application/json'];
    const changed = { ...health.example, version: 'changed-spec' };
    spec.paths['/health'].get.responses['200'].content['application/json'] = { ...health, example: changed };
    await writeFile(join(emptyDir, 'other.json'), JSON.stringify(spec));
    const mock = await npx(['--port', '0', '--spec', 'other.json']);
    try {
      expect((await send(`${mock.url}/health`)).body).toEqual(changed);
    } finally {
      await stop(mock);
    }
  });

  it("ships @cantila/mock/msw: an app's test imports it beside its own msw and gets the mock's answers", async () => {
    const app = join(work, 'app');
    const installed = join(app, 'node_modules/@cantila/mock');
    await mkdir(installed, { recursive: true });
    await run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
    // The app's msw: the version this repository pins, linked where an install would put it.
    await symlink(await realpath(join(packageDir, 'node_modules/msw')), join(app, 'node_modules/msw'));
    await writeFile(
      join(app, 'app.test.mjs'),
      `import { createHandlers } from '@cantila/mock/msw';
import { setupServer } from 'msw/node';
const api = createHandlers();
const server = setupServer(...api.handlers);
server.listen({ onUnhandledRequest: 'error' });
const call = async (method, path, key, body) => {
  const response = await fetch('https://api.cantila.app/v1' + path, {
    method,
    headers: { authorization: 'Bearer ' + key, 'content-type': 'application/json' },
    body: body && JSON.stringify(body),
  });
  const answer = await response.json();
  return [response.status, answer.name ?? answer.reason];
};
const answers = [
  await call('POST', '/projects', 'sk_test_admin_app', { name: 'checkout', region: 'fra1' }),
  await call('GET', '/projects/checkout', 'sk_test_read_app'),
  await call('POST', '/projects', 'sk_test_read_app', { name: 'other', region: 'fra1' }),
];
api.reset();
answers.push(await call('GET', '/projects/checkout', 'sk_test_read_app'));
server.close();
console.log(JSON.stringify(answers));
`,
    );
    const { stdout } = await run(process.execPath, ['app.test.mjs'], { cwd: app });
    expect(JSON.parse(stdout)).toEqual([
      [201, 'checkout'],
      [200, 'checkout'],
      [403, 'scope_insufficient'],
      [404, 'project_not_found'],
    ]);
  });

  it("ships the types of @cantila/mock/msw: overrides typed by @cantila/client's schema", async () => {
    const app = join(work, 'app');
    // The app's client, this repository's (its package exports its TypeScript source).
    await symlink(join(packageDir, '../client'), join(app, 'node_modules/@cantila/client'));
    await writeFile(
      join(app, 'types.ts'),
      `import { createHandlers } from '@cantila/mock/msw';
const api = createHandlers({ baseUrl: 'http://localhost:3000/api/v1' });
api.override('GET /projects/{project}', { status: 404 });
api.override('GET /projects', { body: { data: [], next_cursor: null } }, { times: 1 });
// @ts-expect-error: not an operation of the spec
api.override('GET /nowhere', { status: 404 });
// @ts-expect-error: a Project has no nope
api.override('GET /projects/{project}', { body: { nope: 1 } });
// @ts-expect-error: GET /health documents no 418
api.override('GET /health', { status: 418 });
export const version: 1 = api.store.snapshot().version;
`,
    );
    const options = {
      strict: true,
      module: 'nodenext',
      target: 'es2022',
      noEmit: true,
      allowImportingTsExtensions: true,
      skipLibCheck: true,
    };
    await writeFile(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, files: ['types.ts'] }));
    await writeFile(join(app, 'package.json'), JSON.stringify({ type: 'module' }));
    // tsc exits 0 only when every @ts-expect-error above meets its error and nothing else fails.
    await expect(run(tsc, ['-p', app])).resolves.toMatchObject({ stdout: '' });
  });
});
