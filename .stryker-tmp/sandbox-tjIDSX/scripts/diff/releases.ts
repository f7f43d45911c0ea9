/**
 * The released state the diff compares with, kept in docs/releases/: the last released bundle
 * (openapi.json), every release's changes (releases.json, newest first, from which the changelogs are
 * rendered), and the breaking changes accepted for the next release (accepted-breaking-changes.yaml).
 */
// @ts-nocheck

import { readdir, readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { repoRoot } from '../lib/paths.ts';
import type { Change, Spec } from './model.ts';

const at = (relative: string): string => `${repoRoot}${relative}`;

export const files = {
  baseline: at('docs/releases/openapi.json'),
  releases: at('docs/releases/releases.json'),
  accepted: at('docs/releases/accepted-breaking-changes.yaml'),
  changelog: at('docs/CHANGELOG-API.md'),
  changelogGuide: at('spec/guides/changelog.md'),
  spec: at('spec/openapi.yaml'),
  clientPackage: at('packages/client/package.json'),
  changesets: at('.changeset'),
};

export interface Release {
  /** The API's `info.version`. */
  version: string;
  /** @cantila/client's version released with it. */
  client: string;
  /** YYYY-MM-DD. */
  date: string;
  changes: Change[];
  /** Each accepted breaking change (as printed) and the reason it was accepted. */
  accepted: Record<string, string>;
}

export const readJson = async <T>(path: string): Promise<T> => JSON.parse(await readFile(path, 'utf8')) as T;

export const loadBaseline = (): Promise<Spec> => readJson<Spec>(files.baseline);

export const loadReleases = (): Promise<Release[]> => readJson<Release[]>(files.releases);

/** The accepted breaking changes, as written, checked for shape: each one a change as `pnpm diff` prints it and a reason. */
export async function loadAccepted(path = files.accepted): Promise<Map<string, string>> {
  const document = parse(await readFile(path, 'utf8')) ?? {};
  const entries: unknown = document.accepted ?? [];
  if (!Array.isArray(entries)) throw new Error(`${path}: \`accepted\` must be a list of {change, reason}`);
  const accepted = new Map<string, string>();
  entries.forEach((entry, index) => {
    const { change, reason } = (entry ?? {}) as { change?: unknown; reason?: unknown };
    if (typeof change !== 'string' || typeof reason !== 'string' || reason.trim() === '')
      throw new Error(`${path}: accepted[${index}] needs \`change\` (the line pnpm diff prints) and a non-empty \`reason\``);
    accepted.set(change, reason.trim());
  });
  return accepted;
}

/** The client's version in packages/client/package.json. */
export const clientVersion = async (): Promise<string> => (await readJson<{ version: string }>(files.clientPackage)).version;

/** Whether a pending changeset (.changeset/*.md) releases @cantila/client as a major version. */
export async function pendingClientMajor(): Promise<boolean> {
  for (const name of await readdir(files.changesets)) {
    if (!name.endsWith('.md') || name === 'README.md') continue;
    const front = /^---\n([\s\S]*?)\n---/.exec(await readFile(`${files.changesets}/${name}`, 'utf8'))?.[1] ?? '';
    if (/^['"]?@cantila\/client['"]?\s*:\s*major\s*$/m.test(front)) return true;
  }
  return false;
}

export const majorOf = (version: string): number => Number(version.split('.')[0]);
