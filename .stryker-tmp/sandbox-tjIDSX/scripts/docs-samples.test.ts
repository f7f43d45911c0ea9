/**
 * The code samples of the reference are right: every TypeScript sample (one per operation, and those
 * in the guides) typechecks against @cantila/client, and every curl sample, its host swapped for the
 * mock's, gets a 2xx from the mock (`cantila-mock`, as `pnpm mock` starts it).
 */
// @ts-nocheck

import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeBlocks, guidesOf } from './lib/guides.ts';
import { loadSpecModel } from '@cantila/spec-model';
import { repoRoot } from './lib/paths.ts';
import { runTool } from './lib/tool.ts';

interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

interface Runnable {
  /** Where the sample is shown: `POST /projects` or `Quick start #3`. */
  where: string;
  source: string;
}

const model = loadSpecModel();
const spec = model.document as any;
const serverUrl: string = spec.servers[0].url;
const operations = model.operations;
const guideBlocks = guidesOf(spec).flatMap(codeBlocks);
const samplesOf = (operation: (typeof operations)[number]): CodeSample[] =>
  (operation.raw['x-codeSamples'] as CodeSample[] | undefined) ?? [];

const typescriptSamples: Runnable[] = [
  ...operations.map((op) => ({ where: op.key, source: samplesOf(op).find((s) => s.label === 'TypeScript')?.source ?? '' })),
  ...guideBlocks.filter((block) => block.lang === 'ts').map((block) => ({ where: block.where, source: block.code })),
];

const curlSamples: Runnable[] = [
  ...operations.map((op) => ({ where: op.key, source: samplesOf(op).find((s) => s.label === 'curl')?.source ?? '' })),
  // A guide's shell block may hold several commands, one paragraph each; the ones that call the API run.
  ...guideBlocks
    .filter((block) => block.lang === 'sh')
    .flatMap((block) => block.code.split(/\n\s*\n/).map((command) => ({ where: block.where, source: command.trim() })))
    .filter((sample) => sample.source.startsWith('curl ') && sample.source.includes(serverUrl)),
];

describe('code samples', () => {
  it('every operation has a curl and a TypeScript sample, for its own method and path', () => {
    const wrong = operations.flatMap((op) => {
      const samples = samplesOf(op);
      const labels = samples.map((s) => s.label).join(', ');
      const [curl, typescript] = samples;
      if (labels !== 'curl, TypeScript') return [`${op.key}: samples are [${labels}]`];
      const method = op.method === 'get' ? '' : `-X ${op.method.toUpperCase()} `;
      const url = `${serverUrl}${op.path}`.replace(/[.?]/g, '\\$&').replace(/\\\{[^}]+\\\}|\{[^}]+\}/g, "[^/\\s?']+");
      const problems = [];
      if (!new RegExp(`^curl ${method}'?${url}[?' \\n]`).test(`${curl!.source}\n`))
        problems.push(`${op.key}: curl sample does not call it: ${curl!.source.split('\n')[0]}`);
      if (!typescript!.source.includes(`'${op.path}'`)) problems.push(`${op.key}: TypeScript sample does not call '${op.path}'`);
      return problems;
    });
    expect(wrong).toEqual([]);
  });

  it('every TypeScript sample, per operation and in the guides, typechecks against @cantila/client', async () => {
    expect(typescriptSamples.length).toBeGreaterThan(operations.length);
    const dir = await mkdtemp(join(tmpdir(), 'cantila-samples-'));
    try {
      const files = new Map(typescriptSamples.map((sample, index) => [`sample-${index}.ts`, sample]));
      for (const [name, sample] of files) await writeFile(join(dir, name), sample.source);
      await writeFile(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
      const tsconfig = {
        extends: join(repoRoot, 'tsconfig.json'),
        compilerOptions: {
          typeRoots: [join(repoRoot, 'node_modules', '@types')],
          // What a user gets from `npm install @cantila/client`, here from the workspace's sources.
          paths: { '@cantila/client': [join(repoRoot, 'packages', 'client', 'src', 'index.ts')] },
        },
        files: [...files.keys()],
        include: [],
      };
      await writeFile(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
      const { code, stdout, stderr } = await runTool('tsc', ['-p', join(dir, 'tsconfig.json')]);
      const errors = `${stdout}\n${stderr}`
        .split('\n')
        .filter((line) => line.includes('error TS'))
        .map((line) => {
          const file = basename(line.slice(0, line.indexOf('(')));
          const sample = files.get(file);
          return sample ? `${sample.where}: ${line.slice(line.indexOf('error TS'))}\n${sample.source}` : line;
        });
      expect(errors).toEqual([]);
      expect(code).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  describe('curl samples against the mock', () => {
    let mock: ChildProcess;
    let mockUrl: string;

    beforeAll(async () => {
      // Each sample is an illustration on its own (a delete, then a get of the same id): answered from the examples, not a shared state.
      mock = spawn(process.execPath, [join(repoRoot, 'packages', 'mock', 'bin', 'cantila-mock.js'), '--port', '0', '--stateless'], {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      mockUrl = await new Promise<string>((resolve, reject) => {
        let output = '';
        const timer = setTimeout(() => reject(new Error(`cantila-mock did not say where it listens within 30 s:\n${output}`)), 30_000);
        const read = (chunk: Buffer): void => {
          output += chunk.toString();
          const url = /listening on (http:\/\/\S+\/v1)/.exec(output)?.[1];
          if (url) {
            clearTimeout(timer);
            resolve(url);
          }
        };
        mock.stdout!.on('data', read);
        mock.stderr!.on('data', read);
        mock.once('exit', (code) => {
          clearTimeout(timer);
          reject(new Error(`cantila-mock exited with ${code}:\n${output}`));
        });
      });
    });

    afterAll(() => {
      mock?.kill('SIGTERM');
    });

    it(`every curl sample gets a 2xx, ${curlSamples.length} of them`, async () => {
      expect(curlSamples.length).toBeGreaterThan(operations.length);
      const failures: string[] = [];
      for (const sample of curlSamples) {
        const command = `${sample.source.split(serverUrl).join(mockUrl)} --silent --show-error --max-time 10 --write-out '\\n%{http_code}'`;
        const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve) => {
          execFile(
            '/bin/sh',
            ['-c', command],
            { env: { PATH: process.env.PATH, CANTILA_API_KEY: `sk_live_${'x'.repeat(20)}` } },
            (_, out, err) => resolve({ stdout: out, stderr: err }),
          );
        });
        const status = stdout.slice(stdout.lastIndexOf('\n') + 1);
        if (!/^2\d\d$/.test(status))
          failures.push(`${sample.where}: ${status || 'no response'} ${stderr}${stdout.slice(0, stdout.lastIndexOf('\n'))}\n${command}`);
      }
      expect(failures).toEqual([]);
    });
  });
});
