/** A scratch copy of the repository in a temp dir, for end-to-end tests of the commands that rewrite it (`pnpm diff`, `pnpm release`). */
// @ts-nocheck

import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { repoRoot } from '../lib/paths.ts';
import { quietEnv } from '../lib/tool.ts';

const copied = [
  'spec',
  'scripts',
  'docs',
  '.changeset',
  'package.json',
  'pnpm-workspace.yaml',
  'redocly.yaml',
  'tsconfig.json',
  'vitest.config.ts',
];

export interface RunResult {
  code: number;
  output: string;
}

export interface Scratch {
  root: string;
  /** Runs a root package.json script as `pnpm <name>` does, with the installed node_modules/.bin first on PATH. */
  run(script: string, args?: string[]): Promise<RunResult>;
  read(path: string): Promise<string>;
  write(path: string, text: string): Promise<void>;
  /** Edits a YAML file of the copy through its document model, comments kept. */
  editYaml(path: string, edit: (document: ReturnType<typeof parseDocument>) => void): Promise<void>;
  remove(): Promise<void>;
}

export async function scratchCopy(): Promise<Scratch> {
  const root = await mkdtemp(join(tmpdir(), 'cantila-scratch-'));
  for (const entry of copied)
    await cp(join(repoRoot, entry), join(root, entry), { recursive: true, filter: (source) => !source.includes('/docs/dist') });
  for (const name of ['client', 'mock', 'spec-model']) {
    await mkdir(join(root, 'packages', name), { recursive: true });
    await cp(join(repoRoot, 'packages', name, 'package.json'), join(root, 'packages', name, 'package.json'));
  }
  await cp(join(repoRoot, 'packages/client/src'), join(root, 'packages/client/src'), { recursive: true });
  await symlink(join(repoRoot, 'node_modules'), join(root, 'node_modules'));
  const scripts: Record<string, string> = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).scripts;
  const at = (path: string) => join(root, path);
  return {
    root,
    run: (script, args = []) =>
      new Promise((resolve) => {
        const command = [scripts[script], ...args.map((arg) => `'${arg}'`)].join(' ');
        const env = { ...quietEnv, PATH: `${at('node_modules/.bin')}:${process.env.PATH}` };
        execFile('sh', ['-c', command], { cwd: root, env, maxBuffer: 16 << 20 }, (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
        );
      }),
    read: (path) => readFile(at(path), 'utf8'),
    write: (path, text) => writeFile(at(path), text),
    async editYaml(path, edit) {
      const document = parseDocument(await readFile(at(path), 'utf8'));
      edit(document);
      await writeFile(at(path), document.toString({ lineWidth: 0 }));
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
