/**
 * Long-running work that advances with the clock, as the spec documents it: a deploy goes queued →
 * building → deploying → live and the previous live deploy becomes superseded; a restart goes
 * queued → restarting → completed; a domain being verified goes verifying → issuing_certificate →
 * active. Each step is due a fixed time after the work started, divided by the speed-up factor.
 * Pending work is plain data (the state saves to a file), advanced lazily whenever the account is used.
 */
// @ts-nocheck

import { timestamp } from './clock.ts';
import type { Item } from './resources.ts';

export type LifecycleKind = 'deploy' | 'restart' | 'domain';

export interface PendingLifecycle {
  kind: LifecycleKind;
  /** The concrete path of the collection holding the item. */
  collection: string;
  id: string;
  /** When the work started, in ms since the epoch. */
  since: number;
  /** How many steps have been applied. */
  done: number;
}

/** What a step may change beside its own item: the other items of its collection and the item they belong to. */
export interface StepContext {
  siblings: Item[];
  parent: Item | undefined;
  at: string;
}

interface Step {
  /** Milliseconds after the start, at speed 1. */
  after: number;
  apply(item: Item, context: StepContext): void;
}

const setStatus =
  (status: string) =>
  (item: Item): void => {
    item.status = status;
  };

const deploySteps: Step[] = [
  { after: 2_000, apply: setStatus('building') },
  { after: 6_000, apply: setStatus('deploying') },
  {
    after: 10_000,
    apply(deploy, { siblings, parent, at }) {
      for (const other of siblings) if (other !== deploy && other.status === 'live') other.status = 'superseded';
      deploy.status = 'live';
      deploy.finished_at = at;
      if (parent) parent.live_deploy_id = deploy.id;
    },
  },
];

const restartSteps: Step[] = [
  { after: 1_000, apply: setStatus('restarting') },
  {
    after: 4_000,
    apply(restart, { at }) {
      restart.status = 'completed';
      restart.finished_at = at;
    },
  },
];

const domainSteps: Step[] = [
  {
    after: 2_000,
    apply(domain) {
      domain.status = 'issuing_certificate';
      domain.dns_records = (domain.dns_records as Item[]).map((record) => ({ ...record, status: 'verified' }));
      domain.certificate = { status: 'issuing', expires_at: null };
    },
  },
  {
    after: 5_000,
    apply(domain, { at }) {
      domain.status = 'active';
      domain.verified_at = at;
      domain.certificate = { status: 'active', expires_at: timestamp(Date.parse(at) + 90 * 86_400_000) };
    },
  },
];

const steps: Record<LifecycleKind, Step[]> = { deploy: deploySteps, restart: restartSteps, domain: domainSteps };

/** The statuses in which each kind of work is still under way; anything else (canceled, say) stops it. */
const underWay: Record<LifecycleKind, ReadonlySet<unknown>> = {
  deploy: new Set(['queued', 'building', 'deploying']),
  restart: new Set(['queued', 'restarting']),
  domain: new Set(['verifying', 'issuing_certificate']),
};

/** How long a kind of work takes from start to its final step, at speed 1. */
export const durationOf = (kind: LifecycleKind): number => steps[kind].at(-1)!.after;

export interface Surroundings {
  items(collection: string): Item[];
  /** The item a collection belongs to (the project of `/projects/prj_…/deploys`). */
  parentOf(collection: string): Item | undefined;
}

/** Applies every step due by `now`, oldest first, and drops finished or stopped work from `pending`. */
export function advance(pending: PendingLifecycle[], now: number, speed: number, around: Surroundings): void {
  for (;;) {
    let next: { work: PendingLifecycle; at: number } | undefined;
    for (const work of pending) {
      const step = steps[work.kind][work.done];
      const at = step && work.since + step.after / speed;
      if (at !== undefined && at <= now && (!next || at < next.at)) next = { work, at };
    }
    if (!next) break;
    const { work, at } = next;
    const siblings = around.items(work.collection);
    const item = siblings.find((candidate) => candidate.id === work.id);
    if (!item || !underWay[work.kind].has(item.status)) work.done = steps[work.kind].length;
    else steps[work.kind][work.done]!.apply(item, { siblings, parent: around.parentOf(work.collection), at: timestamp(at) });
    work.done += 1;
  }
  for (let i = pending.length - 1; i >= 0; i--) if (pending[i]!.done >= steps[pending[i]!.kind].length) pending.splice(i, 1);
}
