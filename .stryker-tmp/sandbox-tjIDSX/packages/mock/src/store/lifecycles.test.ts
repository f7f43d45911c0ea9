// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { advance, durationOf, type PendingLifecycle } from './lifecycles.ts';
import type { Item } from './resources.ts';

function world(deploys: Item[], project: Item) {
  return { items: () => deploys, parentOf: () => project };
}

describe('deploy lifecycle', () => {
  const start = 1_000_000;

  it('goes queued → building → deploying → live and supersedes the deploy that was live', () => {
    const old: Item = { id: 'dep_old', status: 'live' };
    const fresh: Item = { id: 'dep_new', status: 'queued', finished_at: null };
    const project: Item = { id: 'prj_1', live_deploy_id: 'dep_old' };
    const pending: PendingLifecycle[] = [{ kind: 'deploy', collection: 'c', id: 'dep_new', since: start, done: 0 }];
    const seen: unknown[] = [];
    for (const at of [1_999, 2_000, 6_000, 9_999, 10_000]) {
      advance(pending, start + at, 1, world([fresh, old], project));
      seen.push(fresh.status);
    }
    expect(seen).toEqual(['queued', 'building', 'deploying', 'deploying', 'live']);
    expect(old.status).toBe('superseded');
    expect(project.live_deploy_id).toBe('dep_new');
    expect(fresh.finished_at).toBe(new Date(start + 10_000).toISOString().replace('.000Z', 'Z'));
    expect(pending).toEqual([]);
  });

  it('runs faster by the speed-up factor', () => {
    const deploy: Item = { id: 'dep_1', status: 'queued' };
    const pending: PendingLifecycle[] = [{ kind: 'deploy', collection: 'c', id: 'dep_1', since: start, done: 0 }];
    advance(pending, start + durationOf('deploy') / 10, 10, world([deploy], { id: 'prj_1' }));
    expect(deploy.status).toBe('live');
  });

  it('stops when the work was canceled, and leaves the live deploy alone', () => {
    const old: Item = { id: 'dep_old', status: 'live' };
    const deploy: Item = { id: 'dep_1', status: 'canceled' };
    const pending: PendingLifecycle[] = [{ kind: 'deploy', collection: 'c', id: 'dep_1', since: start, done: 1 }];
    advance(pending, start + 60_000, 1, world([deploy, old], { id: 'prj_1' }));
    expect([deploy.status, old.status, pending.length]).toEqual(['canceled', 'live', 0]);
  });

  it('applies two deploys in the order they go live: the later one stays live', () => {
    const a: Item = { id: 'dep_a', status: 'queued' };
    const b: Item = { id: 'dep_b', status: 'queued' };
    const project: Item = { id: 'prj_1' };
    const pending: PendingLifecycle[] = [
      { kind: 'deploy', collection: 'c', id: 'dep_b', since: start + 5, done: 0 },
      { kind: 'deploy', collection: 'c', id: 'dep_a', since: start, done: 0 },
    ];
    advance(pending, start + 60_000, 1, world([b, a], project));
    expect([a.status, b.status, project.live_deploy_id]).toEqual(['superseded', 'live', 'dep_b']);
  });
});
