// @ts-nocheck
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadSpecModel } from '@cantila/spec-model';
import { bundledJson } from '../lib/paths.ts';
import { renderChangelog, renderChangelogGuide } from './changelog.ts';
import { runGate } from './gate.ts';
import { files, loadBaseline, loadReleases } from './releases.ts';

describe('the breaking-change gate: the spec against the released baseline (docs/releases/)', () => {
  it('finds no breaking change that is not accepted with its reason, and a major client version for those that are', async () => {
    const { problems } = await runGate(loadSpecModel(bundledJson).document);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('the baseline is the bundle of the last recorded release', async () => {
    const [last] = await loadReleases();
    expect((await loadBaseline()).info.version).toBe(last?.version);
  });

  it('docs/CHANGELOG-API.md and the Changelog guide are rendered from docs/releases/releases.json', async () => {
    const releases = await loadReleases();
    const stale = 'is not what `pnpm release` renders from docs/releases/releases.json: never edit it by hand';
    expect(await readFile(files.changelog, 'utf8'), `docs/CHANGELOG-API.md ${stale}`).toBe(renderChangelog(releases));
    expect(await readFile(files.changelogGuide, 'utf8'), `spec/guides/changelog.md ${stale}`).toBe(renderChangelogGuide(releases));
  });
});
