/** The activity log: one event per mutation, newest first, never changed; and the filters `GET /activity` takes. */
// @ts-nocheck

import { timestamp } from './clock.ts';
import { newId } from './ids.ts';

export interface Actor {
  type: 'user' | 'key' | 'agent' | 'system';
  id: string;
  name: string;
}

export interface ActivityEvent {
  id: string;
  action: string;
  actor: Actor;
  acting_as: string | null;
  resource: { type: string; id: string };
  project_id: string | null;
  request_id: string;
  occurred_at: string;
  [property: string]: unknown;
}

export interface Recorded {
  action: string;
  actor: Actor;
  actingAs: string | null;
  resource: { type: string; id: string };
  projectId: string | null;
  requestId: string;
  at: number;
}

/** Puts a new event at the head of `log` and returns it. */
export function record(log: ActivityEvent[], what: Recorded): ActivityEvent {
  const event: ActivityEvent = {
    id: newId('evt_'),
    action: what.action,
    actor: { ...what.actor },
    acting_as: what.actingAs,
    resource: { ...what.resource },
    project_id: what.projectId,
    request_id: what.requestId,
    occurred_at: timestamp(what.at),
  };
  log.unshift(event);
  return event;
}

/** `GET /activity`'s filters; `project` is already a project id. */
export interface ActivityFilter {
  actor?: string;
  actor_type?: string;
  action?: string;
  resource_type?: string;
  resource_id?: string;
  project?: string;
  since?: string;
  until?: string;
}

/** The events of `log` that pass `filter`, still newest first. */
export function filterActivity(log: readonly ActivityEvent[], filter: ActivityFilter): ActivityEvent[] {
  const since = filter.since === undefined ? undefined : Date.parse(filter.since);
  const until = filter.until === undefined ? undefined : Date.parse(filter.until);
  return log.filter(
    (event) =>
      (filter.actor === undefined || event.actor.id === filter.actor) &&
      (filter.actor_type === undefined || event.actor.type === filter.actor_type) &&
      (filter.action === undefined || event.action === filter.action) &&
      (filter.resource_type === undefined || event.resource.type === filter.resource_type) &&
      (filter.resource_id === undefined || event.resource.id === filter.resource_id) &&
      (filter.project === undefined || event.project_id === filter.project) &&
      (since === undefined || Date.parse(event.occurred_at) >= since) &&
      (until === undefined || Date.parse(event.occurred_at) < until),
  );
}
