/**
 * The breaking-change gate: the current bundle against the released baseline. It fails on a breaking
 * change that is not accepted (with its reason) in docs/releases/accepted-breaking-changes.yaml, on an
 * accepted change the diff no longer shows, and on accepted breaking changes without a major version
 * of @cantila/client (a pending major changeset, or a version whose major is above the released one's).
 */
// @ts-nocheck

import { diffDocuments } from './diff.ts';
import { type Change, type ChangeClass, describeChange, type Spec } from './model.ts';
import { clientVersion, loadAccepted, loadBaseline, loadReleases, majorOf, pendingClientMajor } from './releases.ts';

export interface GateResult {
  changes: Change[];
  accepted: Map<string, string>;
  /** What makes the gate fail, each in words saying what to do; empty when it passes. */
  problems: string[];
}

export async function runGate(current: Spec, base?: Spec): Promise<GateResult> {
  const changes = diffDocuments(base ?? (await loadBaseline()), current);
  const accepted = await loadAccepted();
  const breaking = changes.filter((change) => change.class === 'breaking').map(describeChange);
  const problems = breaking
    .filter((line) => !accepted.has(line))
    .map((line) => `breaking: ${line} — undo it, or accept it with a reason in docs/releases/accepted-breaking-changes.yaml`);
  for (const line of accepted.keys())
    if (!breaking.includes(line))
      problems.push(`accepted but not in the diff: ${line} — remove it from docs/releases/accepted-breaking-changes.yaml`);
  if (breaking.some((line) => accepted.has(line))) {
    const released = (await loadReleases())[0]?.client ?? '0.0.0';
    if (majorOf(await clientVersion()) <= majorOf(released) && !(await pendingClientMajor()))
      problems.push(
        `accepted breaking changes need a major version of @cantila/client (released: ${released}): add a changeset with '@cantila/client': major (pnpm changeset)`,
      );
  }
  return { changes, accepted, problems };
}

/** The release a set of changes calls for. */
export function releaseClass(changes: readonly Change[]): 'major' | 'minor' | 'patch' | null {
  const has = (kind: ChangeClass) => changes.some((change) => change.class === kind);
  if (has('breaking')) return 'major';
  if (has('non-breaking')) return 'minor';
  return has('docs') ? 'patch' : null;
}
