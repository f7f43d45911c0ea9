#!/usr/bin/env node
// @ts-nocheck
// The packed mock's bin (build.ts copies it to dist/cantila-mock.mjs): runs the bundle (dist/mock.cjs) with
// V8's code cache for it, which build.ts made by starting the bundle once, so the code Prism runs at start
// is not compiled again at every start. Node rejects a cache made by another V8 version; the bundle then
// compiles as usual.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

const file = fileURLToPath(new URL('./mock.cjs', import.meta.url));
const cacheFile = `${file}.code-cache`;

function readCache() {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

// A CommonJS module's wrapper, plus the URL the bundle's `import.meta.url` stands for.
const script = new Script(`(function (exports, require, module, __filename, __dirname, __mockUrl) {${readFileSync(file, 'utf8')}\n})`, {
  filename: file,
  cachedData: readCache(),
});
// build.ts sets this once, to write the cache of what a start and the first requests compiled.
if (process.env.CANTILA_MOCK_WRITE_CODE_CACHE === '1') process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), pathToFileURL(file).href);
