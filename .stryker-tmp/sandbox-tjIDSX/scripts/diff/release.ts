/**
 * `pnpm release [--date YYYY-MM-DD]`: releases what changed since the last release. From the diff
 * against the baseline it picks the bump (breaking → major, additions → minor, docs → patch), then
 * bumps `info.version`, releases @cantila/client through a changeset of that bump (with any pending
 * ones), records the release in docs/releases/releases.json, renders the changelogs from it, rebuilds
 * the generated files and makes the new bundle the baseline. Refuses while the gate fails.
 */
// @ts-nocheck

import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { bundleSpec } from '../bundle.ts';
import { bundledJson } from '../lib/paths.ts';
import { exitOnError, mustRun } from '../lib/tool.ts';
import { renderChangelog, renderChangelogGuide } from './changelog.ts';
import { releaseClass, runGate } from './gate.ts';
import { clientVersion, files, loadReleases, type Release } from './releases.ts';

type Bump = 'major' | 'minor' | 'patch';

export function bumpVersion(version: string, bump: Bump): string {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** spec/openapi.yaml with `info.version` set: the one line changed, the rest of the file as written. */
export function withInfoVersion(specText: string, version: string): string {
  const updated = specText.replace(/^(info:\n(?:[ \t]+.*\n|\n)*?[ \t]+version:[ \t]*).*$/m, `$1${version}`);
  if (updated === specText && !specText.includes(`version: ${version}`))
    throw new Error('spec/openapi.yaml: no info.version line to update');
  return updated;
}

const emptyAccepted = (text: string): string => text.replace(/^accepted:[\s\S]*$/m, 'accepted: []\n');

async function release(date: string): Promise<string> {
  const current = parse((await bundleSpec()).yaml);
  const { changes, accepted, problems } = await runGate(current);
  if (problems.length > 0) throw new Error(`pnpm release refuses while the breaking-change gate fails:\n  ${problems.join('\n  ')}`);
  const bump = releaseClass(changes);
  if (!bump) return 'Nothing to release: the spec is the released baseline.';
  const releases = await loadReleases();
  const version = bumpVersion(releases[0]?.version ?? String(current.info?.version), bump);

  const counts = (['breaking', 'non-breaking', 'docs'] as const).map((kind) => `${changes.filter((c) => c.class === kind).length} ${kind}`);
  await writeFile(
    `${files.changesets}/api-${version}.md`,
    `---\n'@cantila/client': ${bump}\n---\n\nAPI ${version} (${counts.join(', ')} changes): see docs/CHANGELOG-API.md.\n`,
  );
  await mustRun('changeset', ['version']);

  const entry: Release = { version, client: await clientVersion(), date, changes, accepted: Object.fromEntries(accepted) };
  const history = [entry, ...releases];
  await writeFile(files.releases, `${JSON.stringify(history, null, 2)}\n`);
  await writeFile(files.changelog, renderChangelog(history));
  await writeFile(files.changelogGuide, renderChangelogGuide(history));
  await writeFile(files.spec, withInfoVersion(await readFile(files.spec, 'utf8'), version));
  await writeFile(files.accepted, emptyAccepted(await readFile(files.accepted, 'utf8')));
  await mustRun('tsx', ['scripts/bundle.ts']);
  await mustRun('tsx', ['scripts/generate.ts']);
  await copyFile(bundledJson, files.baseline);
  return `Released API ${version} (${bump}) with @cantila/client ${entry.client}: ${counts.join(', ')} changes. Review and commit.`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const date = args[0] === '--date' ? String(args[1]) : new Date().toISOString().slice(0, 10);
  if ((args.length > 0 && args[0] !== '--date') || !/^\d{4}-\d{2}-\d{2}$/.test(date))
    exitOnError(new Error('usage: pnpm release [--date YYYY-MM-DD]'));
  release(date).then(console.log).catch(exitOnError);
}
