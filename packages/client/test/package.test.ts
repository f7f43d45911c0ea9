// Packaging: builds the package with tsdown into a copy of it in a temporary directory (not the shared
// dist/, which another run may be building), packs it as pnpm publishes it, and checks what a consumer gets.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, json, type TestServer } from './server.ts';
import { bundleSize, runtimeBudgetBytes, runtimeOf } from './support/runtime-size.ts';

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string) => fileURLToPath(new URL(`../../../node_modules/.bin/${name}`, import.meta.url));

let work: string;
let tarball: string;
let consumerDir: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cantila-client-pack-'));
  // The package's own files, as pnpm pack would see them, with dist/ built here by its tsdown config.
  const staged = join(work, 'package');
  await cp(packageDir, staged, { recursive: true, filter: (source) => !/[\\/](dist|node_modules)$/.test(source) });
  await run(bin('tsdown'), ['--out-dir', join(staged, 'dist')], { cwd: packageDir, env: { ...process.env, NO_COLOR: '1' } });
  const { stdout } = await run('pnpm', ['pack', '--pack-destination', work], { cwd: staged });
  tarball = join(work, stdout.trim().split('\n').pop()!.split('/').pop()!);
  // A consumer project with the packed package installed, and openapi-fetch as its dependency.
  consumerDir = join(work, 'consumer');
  await mkdir(join(consumerDir, 'node_modules', '@cantila', 'client'), { recursive: true });
  await run('tar', ['-xzf', tarball, '-C', join(consumerDir, 'node_modules', '@cantila', 'client'), '--strip-components=1']);
  await symlink(await realpath(join(packageDir, 'node_modules', 'openapi-fetch')), join(consumerDir, 'node_modules', 'openapi-fetch'));
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('ships only dist/, package.json and the README, with ESM, CJS and both declaration files', async () => {
    const { stdout } = await run('tar', ['-tzf', tarball]);
    expect(stdout.trim().split('\n').sort()).toEqual([
      'package/README.md',
      'package/dist/index.cjs',
      'package/dist/index.d.cts',
      'package/dist/index.d.ts',
      'package/dist/index.js',
      'package/package.json',
    ]);
    const manifest = JSON.parse(await readFile(join(consumerDir, 'node_modules/@cantila/client/package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest.exports).toEqual({
      '.': {
        import: { types: './dist/index.d.ts', default: './dist/index.js' },
        require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
      },
      './package.json': './package.json',
    });
    expect(manifest.sideEffects).toBe(false);
    expect(manifest.dependencies).toEqual({ 'openapi-fetch': '0.17.0' });
  });

  it('imports openapi-fetch, its dependency, instead of bundling a second copy of it', async () => {
    const dist = join(consumerDir, 'node_modules/@cantila/client/dist');
    expect(await readFile(join(dist, 'index.js'), 'utf8')).toMatch(/^import [^;]+ from "openapi-fetch";$/m);
    expect(await readFile(join(dist, 'index.cjs'), 'utf8')).toContain('require("openapi-fetch")');
  });

  it('passes publint (strict)', async () => {
    const { messages, pkg } = await publint({
      pack: { tarball: (await readFile(tarball)).buffer as ArrayBuffer },
      strict: true,
      level: 'suggestion',
    });
    expect(messages.map((m) => formatMessage(m, pkg))).toEqual([]);
  });

  it('passes attw: types resolve for node10, node16 (CJS and ESM) and bundlers', async () => {
    const result = await run(bin('attw'), [tarball, '--format', 'json', '--no-color']).catch((error: { stdout: string }) => error);
    const report = JSON.parse(result.stdout) as { analysis: { problems: unknown[] } };
    expect(report.analysis.problems).toEqual([]);
  });

  it(`keeps the runtime within ${runtimeBudgetBytes} bytes min+gzip, openapi-fetch included`, async () => {
    // verifyWebhook is for servers and is left out by tree-shaking when unused; its size is printed apart.
    const total = await runtimeOf('@cantila/client', consumerDir);
    const own = await runtimeOf('@cantila/client', consumerDir, ['openapi-fetch']);
    const webhooks = await bundleSize("export { verifyWebhook } from '@cantila/client';", consumerDir);
    console.info(
      `@cantila/client runtime: ${total.minBytes} B min, ${total.gzipBytes} B min+gzip (own code ${own.minBytes} B min, ${own.gzipBytes} B min+gzip); verifyWebhook alone ${webhooks.gzipBytes} B min+gzip`,
    );
    expect(total.gzipBytes).toBeLessThanOrEqual(runtimeBudgetBytes);
  });
});

describe('a consumer of the packed package', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(json(200, { status: 'ok', version: 'packed' }, { 'X-Request-Id': 'req_packed' }));
  });
  afterAll(() => server.close());

  it.each([
    ['ESM (import)', 'consumer.mjs', "import { createClient, NotFoundError } from '@cantila/client';"],
    ['CJS (require)', 'consumer.cjs', "const { createClient, NotFoundError } = require('@cantila/client');"],
  ])('works from %s', async (_, file, load) => {
    const source = `${load}
(async () => {
  const client = createClient({ auth: 'none', baseUrl: process.argv[2] });
  const { data, requestId } = await client.GET('/health');
  console.log(JSON.stringify({ data, requestId, errors: typeof NotFoundError }));
})();`;
    await writeFile(join(consumerDir, file), source);
    const { stdout } = await run(process.execPath, [file, server.baseUrl], { cwd: consumerDir });
    expect(JSON.parse(stdout)).toEqual({ data: { status: 'ok', version: 'packed' }, requestId: 'req_packed', errors: 'function' });
  });

  it.each(['nodenext', 'bundler'])('typechecks against the shipped declarations (moduleResolution %s)', async (resolution) => {
    const source = `import { createClient, requiredScope, type Schema } from '@cantila/client';
const client = createClient({ apiKey: 'sk_test_consumer' });
export async function name(): Promise<string | undefined> {
  const { data } = await client.GET('/projects/{project}', { params: { path: { project: 'web-shop' } } });
  const project: Schema<'Project'> | undefined = data;
  return project?.name;
}
export const scope: 'deploy' = requiredScope('PATCH /projects/{project}');
// @ts-expect-error: the declarations must know the paths (this fails if the types degrade to any)
void client.GET('/no-such-path');
`;
    await writeFile(join(consumerDir, 'consumer.ts'), source);
    const module = resolution === 'bundler' ? 'esnext' : 'nodenext';
    const args = [
      '--noEmit',
      '--strict',
      '--skipLibCheck',
      'false',
      '--target',
      'es2022',
      '--lib',
      'es2022,dom',
      '--module',
      module,
      '--moduleResolution',
      resolution,
      'consumer.ts',
    ];
    const result = await run(bin('tsc'), args, { cwd: consumerDir }).catch((error: { stdout: string }) => error);
    expect(result.stdout).toBe('');
  });
});
