import { describe, expect, it } from 'vitest';
import { filterActivity, record, type ActivityEvent } from './activity.ts';

describe('activity log', () => {
  const log: ActivityEvent[] = [];
  const base = { actingAs: null, projectId: 'prj_1', requestId: 'req_1' };
  record(log, {
    ...base,
    action: 'project.create',
    actor: { type: 'user', id: 'usr_1', name: 'You' },
    resource: { type: 'project', id: 'prj_1' },
    at: Date.parse('2026-01-01T00:00:00Z'),
  });
  record(log, {
    ...base,
    action: 'deploy.create',
    actor: { type: 'key', id: 'key_1', name: 'ci' },
    resource: { type: 'deploy', id: 'dep_1' },
    at: Date.parse('2026-01-02T00:00:00Z'),
  });

  it('keeps events newest first, with an evt_ id each', () => {
    expect(log.map((e) => e.action)).toEqual(['deploy.create', 'project.create']);
    for (const event of log) expect(event.id).toMatch(/^evt_[A-Za-z0-9]+$/);
  });

  it('filters by actor, actor type, action, resource and time (since inclusive, until exclusive)', () => {
    const actions = (filter: Parameters<typeof filterActivity>[1]) => filterActivity(log, filter).map((e) => e.action);
    expect(actions({ actor_type: 'key' })).toEqual(['deploy.create']);
    expect(actions({ actor: 'usr_1' })).toEqual(['project.create']);
    expect(actions({ resource_type: 'deploy', resource_id: 'dep_1' })).toEqual(['deploy.create']);
    expect(actions({ action: 'project.create' })).toEqual(['project.create']);
    expect(actions({ resource_type: 'project' })).toEqual(['project.create']);
    expect(actions({ resource_id: 'dep_1' })).toEqual(['deploy.create']);
    expect(actions({ project: 'prj_1' })).toEqual(['deploy.create', 'project.create']);
    expect(actions({ since: '2026-01-02T00:00:00Z' })).toEqual(['deploy.create']);
    expect(actions({ until: '2026-01-02T00:00:00Z' })).toEqual(['project.create']);
    expect(actions({ project: 'prj_2' })).toEqual([]);
  });
});
