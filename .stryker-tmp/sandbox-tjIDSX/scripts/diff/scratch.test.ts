/**
 * The gate and the release end to end, in a scratch copy of the repository: the spec edited as a
 * contributor would, then `pnpm diff`, the gate's test and `pnpm release` run there.
 */
// @ts-nocheck

import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { specRoot } from '../lib/paths.ts';
import { type Scratch, scratchCopy } from './scratch.ts';

/** The file a path item lives in, as spec/openapi.yaml refers to it. */
const pathItemFile = (url: string): string => `spec/${parse(readFileSync(specRoot, 'utf8')).paths[url].$ref}`;
const projects = pathItemFile('/projects');
const project = pathItemFile('/projects/{project}');
const regionParameter = (required: boolean) => ({
  name: 'region',
  in: 'query',
  required,
  description: 'Only the projects in this region.',
  schema: { type: 'string', maxLength: 20 },
  example: 'eu-central',
});

let scratch: Scratch | undefined;
afterEach(async () => {
  await scratch?.remove();
  scratch = undefined;
});

describe('pnpm diff and the gate in a scratch copy of the repository', () => {
  it('removing DELETE /projects/{project} fails pnpm diff and the gate test, until accepted with a major client version', async () => {
    scratch = await scratchCopy();
    await scratch.editYaml(project, (document) => document.delete('delete'));
    const diff = await scratch.run('diff');
    expect(diff.code).toBe(1);
    expect(diff.output).toContain('DELETE /projects/{project}: operation removed');

    expect((await scratch.run('bundle')).code).toBe(0);
    const gate = () => scratch?.run('test', ['scripts/diff/gate.test.ts']) ?? Promise.reject(new Error('no scratch copy'));
    const failed = await gate();
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain('breaking: DELETE /projects/{project}: operation removed');

    await scratch.write(
      'docs/releases/accepted-breaking-changes.yaml',
      "accepted:\n  - change: 'DELETE /projects/{project}: operation removed'\n    reason: Projects are archived instead.\n",
    );
    const withoutMajor = await gate();
    expect(withoutMajor.code).not.toBe(0);
    expect(withoutMajor.output).toContain('accepted breaking changes need a major version of @cantila/client');

    await scratch.write('.changeset/drop-project-delete.md', "---\n'@cantila/client': major\n---\n\nDELETE /projects/{project} is gone.\n");
    expect((await gate()).code).toBe(0);
  }, 300_000);

  it('a new required query parameter on GET /projects fails pnpm diff, naming it', async () => {
    scratch = await scratchCopy();
    await scratch.editYaml(projects, (document) => document.addIn(['get', 'parameters'], regionParameter(true)));
    const diff = await scratch.run('diff');
    expect(diff.code).toBe(1);
    expect(diff.output).toContain('GET /projects: new required query parameter region');
  }, 120_000);

  it('a description edit passes as docs only', async () => {
    scratch = await scratchCopy();
    await scratch.editYaml(projects, (document) => document.setIn(['get', 'description'], 'Lists the projects, newest first.'));
    const diff = await scratch.run('diff');
    expect(diff.code, diff.output).toBe(0);
    expect(diff.output).toContain('GET /projects: documentation updated (description)');
    expect(diff.output).toContain('This calls for a patch release.');
  }, 120_000);

  it('an additive change passes, and pnpm release bumps the minor versions, writes the changelog and moves the baseline', async () => {
    scratch = await scratchCopy();
    await scratch.editYaml(projects, (document) => document.addIn(['get', 'parameters'], regionParameter(false)));
    const release = await scratch.run('release', ['--date', '2026-12-01']);
    expect(release.code, release.output).toBe(0);
    const changelog = await scratch.read('docs/CHANGELOG-API.md');
    expect(changelog).toContain('## 1.1.0 — 2026-12-01');
    expect(changelog).toContain('- `GET /projects`\n  - new optional query parameter region');
    expect(await scratch.read('spec/guides/changelog.md')).toContain('new optional query parameter region');
    expect(await scratch.read('docs/openapi.yaml')).toContain('new optional query parameter region');
    expect(JSON.parse(await scratch.read('docs/openapi.json')).info.version).toBe('1.1.0');
    expect(JSON.parse(await scratch.read('packages/client/package.json')).version).toMatch(/^0\.2\.0$/);
    expect(await scratch.read('docs/releases/openapi.json')).toBe(await scratch.read('docs/openapi.json'));
  }, 300_000);
});
