/**
 * `pnpm --filter @cantila/mock build`: the mock as one JavaScript file with Prism inside (dist/mock.cjs) and
 * its bin (dist/cantila-mock.mjs, from bin/packaged.js), `@cantila/mock/msw` (dist/msw.mjs), V8's code cache for the bin, the modules it loads only
 * when needed (dist/lazy/), the bundled spec (dist/openapi.json) and Prism's operation table for that spec,
 * precompiled (dist/openapi.prism.json). Nothing to install at run time and no TypeScript loader, so it
 * starts fast: docs/benchmarks.md has the profile behind each choice below.
 * `--out-dir DIR` builds elsewhere (the packaging test builds into a temporary directory).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmod, copyFile, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build, type Plugin } from 'esbuild';
import { build as buildTypes } from 'tsdown';
import { precompile, precompiledSuffix } from './src/precompiled.ts';

const packageDir = dirname(fileURLToPath(import.meta.url));
const specSource = resolve(packageDir, '../../docs/openapi.json');
/** How src/ finds the monorepo's bundle, and what the built file finds instead: the copy beside it (`import.meta.url` is the bundle's). */
const monorepoSpecUrl = "'../../../docs/openapi.json'";
const packagedSpecUrl = "'./openapi.json'";

/** The built file reads the spec beside it, not the monorepo's docs/: rewrites the one place that names it (@cantila/spec-model's bundledSpecPath), and fails if that place moved. */
const packagedSpecPath = (): Plugin => ({
  name: 'packaged-spec-path',
  setup(builder) {
    const rewritten: string[] = [];
    builder.onLoad({ filter: /[\\/]packages[\\/](mock|spec-model)[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const count = source.split(monorepoSpecUrl).length - 1;
      if (count === 0) return undefined;
      if (count > 1) throw new Error(`${path} names ${monorepoSpecUrl} ${count} times; the build expects one`);
      rewritten.push(path);
      return { contents: source.replace(monorepoSpecUrl, packagedSpecUrl), loader: 'ts' };
    });
    builder.onEnd(() => {
      if (rewritten.length !== 1)
        throw new Error(`build.ts expects one source naming ${monorepoSpecUrl}; found ${rewritten.join(', ') || 'none'}`);
    });
  },
});

/** An expression for a stand-in of the value `load` returns, which evaluates `load` on first use. */
const lazy = (load: string): string => `(() => {
  let real;
  const load = () => (real ??= ${load});
  return new Proxy(function () {}, {
    get: (_, key) => Reflect.get(load(), key),
    set: (_, key, value) => Reflect.set(load(), key, value),
    has: (_, key) => Reflect.has(load(), key),
    apply: (_, self, args) => Reflect.apply(load(), self, args),
    construct: (_, args) => Reflect.construct(load(), args),
  });
})()`;

/** A module Prism loads at start but uses only for some requests, or never in the mock. */
interface LazyModule {
  /** The file in dist/lazy/ it is bundled into, on its own. */
  file: string;
  /** What that file exports. */
  source: string;
  /** The stand-in's exports, given an expression that loads dist/lazy/<file> on first use. */
  standIn: (loaded: string) => string;
}

/**
 * Found by profiling the start-up (docs/benchmarks.md): each is bundled into a file of its own and
 * loaded on first use through a stand-in. Prism uses each through property access at call time, so
 * the stand-in behaves the same, and the main file has that much less to read and compile.
 */
const lazyModules: Record<string, LazyModule> = {
  // faker with its 60 locales: only for dynamic responses (`--dynamic`, `Prefer: dynamic=true`), in English;
  // json-schema-faker takes hold of faker's default export when Prism registers it, so that is the stand-in.
  '@faker-js/faker': {
    file: 'faker.cjs',
    source: "module.exports = require('@faker-js/faker/locale/en').faker;",
    standIn: (loaded) => `module.exports = { __esModule: true, default: ${loaded} };`,
  },
  // lodash/fp converts all of lodash when loaded; Prism uses one function of it, after a security check.
  'lodash/fp': {
    file: 'lodash-fp.cjs',
    source: "module.exports = require('lodash/fp');",
    standIn: (loaded) => `module.exports = ${loaded};`,
  },
  // The $ref resolver (with an HTTP client): Prism's operation table is precompiled (src/precompiled.ts).
  '@stoplight/json-schema-ref-parser': {
    file: 'json-schema-ref-parser.cjs',
    source: "module.exports = require('@stoplight/json-schema-ref-parser');",
    standIn: (loaded) => `module.exports = ${loaded};`,
  },
  // Prism's HTTP client, for proxying and callbacks, which the mock does not do.
  'node-fetch': {
    file: 'node-fetch.cjs',
    source: "module.exports = require('node-fetch');",
    standIn: (loaded) => `module.exports = ${loaded};`,
  },
};

/** Prism creates six Ajv instances (three JSON Schema drafts, with and without type coercion) when loaded; this creates each on first use. */
const eagerAjv = `const ajvInstances = {
    default: createAjvInstances(ajv_1.default),
    draft2019_09: createAjvInstances(_2019_1.default),
    draft2020_12: createAjvInstances(_2020_1.default),
};`;
const lazyAjv = `const ajvInstances = {};
for (const [draft, Ajv] of [['default', ajv_1.default], ['draft2019_09', _2019_1.default], ['draft2020_12', _2020_1.default]]) {
    let instances;
    Object.defineProperty(ajvInstances, draft, { get: () => (instances ??= createAjvInstances(Ajv)) });
}`;

/** Where Prism imports each lazy module from: its own files are bundled from there, so they resolve the same versions. */
const lazyFrom = new Map<string, string>();

const trimPrism: Plugin = {
  name: 'trim-prism',
  setup(builder) {
    const filter = new RegExp(
      `^(${Object.keys(lazyModules)
        .map((name) => name.replace(/[/.]/g, '\\$&'))
        .join('|')})$`,
    );
    builder.onResolve({ filter }, ({ path, resolveDir }) => {
      lazyFrom.set(path, resolveDir);
      return { path, namespace: 'lazy' };
    });
    builder.onLoad({ filter: /.*/, namespace: 'lazy' }, ({ path }) => {
      const module = lazyModules[path]!;
      return { contents: module.standIn(lazy(`require('./lazy/${module.file}')`)), loader: 'js' };
    });
    builder.onResolve({ filter: /^\.\/lazy\// }, ({ path }) => ({ path, external: true }));
    // Postman collections: the mock reads OpenAPI documents only.
    builder.onResolve({ filter: /^@stoplight\/http-spec\/postman\/operation$/ }, () => ({ path: 'no-postman', namespace: 'trim-prism' }));
    builder.onLoad({ filter: /^no-postman$/, namespace: 'trim-prism' }, () => ({
      contents:
        "exports.transformPostmanCollectionOperations = () => { throw new Error('cantila-mock reads OpenAPI documents, not Postman collections'); };",
      loader: 'js',
    }));
    builder.onLoad({ filter: /[\\/]prism-http[\\/]dist[\\/]validator[\\/]validators[\\/]utils\.js$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (!source.includes(eagerAjv))
        throw new Error(`${path}: Prism no longer creates its Ajv instances as build.ts expects; update lazyAjv`);
      return { contents: source.replace(eagerAjv, lazyAjv), loader: 'js' };
    });
  },
};

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'out-dir': { type: 'string' } } });
  const outDir = resolve(values['out-dir'] ?? join(packageDir, 'dist'));
  const minify = process.env.MOCK_MINIFY !== '0';
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const bundled = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    // jsonc-parser's `main` is a UMD build whose dynamic requires esbuild cannot follow; its `module` is plain ESM.
    mainFields: ['module', 'main'],
    minify,
    legalComments: 'linked',
    logLevel: 'warning',
  } as const;
  await build({
    ...bundled,
    entryPoints: [join(packageDir, 'src/cli.ts')],
    outfile: join(outDir, 'mock.cjs'),
    // CommonJS, so bin/packaged.js can run it with V8's code cache (Node 20 has no code cache for ES modules).
    format: 'cjs',
    define: { 'import.meta.url': '__mockUrl' },
    plugins: [packagedSpecPath(), trimPrism],
  });
  // `@cantila/mock/msw`: an ES module beside it, with the app's own msw (a peer dependency) left to import.
  await build({
    ...bundled,
    entryPoints: [join(packageDir, 'src/msw.ts')],
    outfile: join(outDir, 'msw.mjs'),
    format: 'esm',
    external: ['msw'],
    // Prism is CommonJS: its require() calls (Node's built-ins, the lazy modules beside the bundle) need a require.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    plugins: [packagedSpecPath(), trimPrism],
  });
  // Its types (dist/msw.d.mts), whose overrides are typed by @cantila/client's schema: the app has both.
  await buildTypes({
    config: false,
    cwd: packageDir,
    entry: ['src/msw.ts'],
    format: ['esm'],
    platform: 'node',
    dts: { emitDtsOnly: true },
    outDir,
    clean: false,
    // The spec model's types are not part of the API (the bundler leaves its import out); bundled, they would not build.
    deps: { neverBundle: [/^@cantila\/client$/, /^@cantila\/spec-model$/, /^msw(\/|$)/] },
    logLevel: 'warn',
  });
  await copyFile(join(packageDir, 'bin/packaged.js'), join(outDir, 'cantila-mock.mjs'));
  await chmod(join(outDir, 'cantila-mock.mjs'), 0o755);
  for (const [name, module] of Object.entries(lazyModules)) {
    const resolveDir = lazyFrom.get(name);
    if (!resolveDir) throw new Error(`build.ts: nothing imports ${name} any more; drop it from lazyModules`);
    await build({
      stdin: { contents: module.source, resolveDir, loader: 'js' },
      outfile: join(outDir, 'lazy', module.file),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      // CommonJS out, so CommonJS in where a package has both (@jsdevtools/ono's ESM build assumes it is not bundled into CommonJS).
      mainFields: ['main', 'module'],
      minify,
      legalComments: 'linked',
      logLevel: 'warning',
    });
  }
  const spec = await readFile(specSource);
  await copyFile(specSource, join(outDir, 'openapi.json'));
  await writeFile(join(outDir, `openapi${precompiledSuffix}`), JSON.stringify(await precompile(specSource, spec)));
  await writeCodeCache(outDir);
}

/** Starts the built mock once, sends it the requests a frontend starts with, and stops it: bin/packaged.js then writes V8's code cache. */
async function writeCodeCache(outDir: string): Promise<void> {
  const child = spawn(process.execPath, [join(outDir, 'cantila-mock.mjs'), '--port', '0'], {
    env: { ...process.env, CANTILA_MOCK_WRITE_CODE_CACHE: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit');
  try {
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const listening = /listening on (http:\S+\/v1)/.exec(output);
        if (listening) resolve(listening[1]!);
      });
      void exited.then(() => reject(new Error(`the built mock did not start:\n${output}`)));
    });
    for (const path of ['/health', '/projects/web-shop', '/projects?limit=abc'])
      await fetch(`${url}${path}`, { headers: { authorization: 'Bearer sk_test_read_build' }, signal: AbortSignal.timeout(30_000) }).then(
        (r) => r.arrayBuffer(),
      );
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
  await stat(join(outDir, 'mock.cjs.code-cache'));
}

await main();
