/**
 * The behaviours the resource table cannot derive, each as the operation's description in the spec
 * states it: deploys and their lifecycle, cancel and rollback, restarts, scaling while autoscaling is
 * on, environment variables, domain verification, API keys and their secrets, billing transfers and
 * plan changes, pausing agents, acknowledging incidents, the capacity in use, and the activity log.
 */
import { randomBytes } from 'node:crypto';
import { filterActivity, type ActivityFilter } from './activity.ts';
import { isReply, problem, refusal, type Context, type Outcome } from './context.ts';
import {
  accountDocument,
  build,
  changeDocument,
  create,
  documentOf,
  insert,
  notFound,
  ok,
  page,
  projectIdOf,
  queryValue,
  quotaOf,
  remove,
} from './crud.ts';
import { newId, randomAlphanumeric } from './ids.ts';
import type { Item } from './resources.ts';
import { itemsAt } from './state.ts';

export type Behaviour = (ctx: Context) => Outcome | undefined;

const body = (ctx: Context): Item => (typeof ctx.request.body === 'object' && ctx.request.body !== null ? (ctx.request.body as Item) : {});
const inProgress: ReadonlySet<unknown> = new Set(['queued', 'building', 'deploying']);

/** The project of the path and its deploys' collection, or a 404. */
function projectDeploys(ctx: Context) {
  const located = ctx.locate(ctx.collection('/projects/{project}/deploys'), false);
  return isReply(located) ? located : { ...located, project: located.parent! };
}

/** The item named by the operation's item parameter (a deploy for `…/deploys/{deployId}/cancel`), or a 404. */
function target(ctx: Context, template: string) {
  return ctx.locate(ctx.collection(template), true);
}

function startDeploy(ctx: Context, deploy: Item, key: string, items: Item[], projectId: string): Outcome {
  insert(ctx.collection('/projects/{project}/deploys'), items, deploy);
  ctx.state.collections[key] = items;
  ctx.start('deploy', key, String(deploy.id));
  return { ...ok(ctx.op.status, deploy), touched: { type: 'deploy', id: String(deploy.id), projectId } };
}

const newSecret = (): string => `sk_test_${randomAlphanumeric(32)}`;
const hintOf = (secret: string): string => `sk_test_…${secret.slice(-4)}`;

/** Creates or rotates a key: the key and its secret, shown this once. */
function issue(ctx: Context, key: Item): Outcome {
  const secret = newSecret();
  key.hint = hintOf(secret);
  return { ...ok(ctx.op.status, { key, secret }), touched: { type: 'key', id: String(key.id), projectId: null } };
}

function resolveTransfer(ctx: Context, status: 'accepted' | 'declined'): Outcome {
  const found = target(ctx, '/billing/transfers');
  if (isReply(found)) return { reply: found };
  const transfer = found.item!;
  if (transfer.status !== 'pending')
    return { reply: refusal(409, 'transfer_not_pending', `Transfer ${transfer.id} is ${transfer.status}, no longer pending.`) };
  transfer.status = status;
  transfer.resolved_at = ctx.at;
  if (status === 'declined') transfer.decline_reason = body(ctx).reason ?? null;
  return {
    ...ok(ctx.op.status, transfer),
    touched: { type: 'billing_transfer', id: String(transfer.id), projectId: String(transfer.project_id) },
  };
}

/** Pause or resume: a change records its action; asking for the status the agent has changes nothing. */
function setAgentStatus(ctx: Context, status: 'active' | 'paused'): Outcome {
  const found = target(ctx, '/agents');
  if (isReply(found)) return { reply: found };
  const agent = found.item!;
  if (agent.status === status) return ok(ctx.op.status, agent);
  agent.status = status;
  agent.updated_at = ctx.at;
  return { ...ok(ctx.op.status, agent), touched: { type: 'agent', id: String(agent.id), projectId: null } };
}

const restartsOf = (projectId: string): string => `/projects/${projectId}/restarts`;

export const behaviours: Record<string, Behaviour> = {
  'POST /keys'(ctx) {
    const keys = ctx.collection('/keys');
    const { name, scope, expires_at = null } = body(ctx);
    const key = build(ctx, keys, (ctx.op.example as { key: Item }).key, { name, scope, expires_at, last_used_at: null }, null);
    insert(keys, itemsAt(ctx.state, keys.template), key);
    return issue(ctx, key);
  },

  /** An agent is created like any resource, and answered with its own key, shown once (IssuedAgent). */
  'POST /agents'(ctx) {
    const issued = ctx.op.example as { agent: Item };
    const outcome = create({ ...ctx, op: { ...ctx.op, example: issued.agent } }, ctx.collection('/agents'));
    if (outcome.reply.problem !== undefined) return outcome;
    return { ...outcome, reply: { ...outcome.reply, body: { agent: outcome.reply.body, secret: newSecret() } } };
  },

  'POST /keys/{keyId}/rotate'(ctx) {
    const found = target(ctx, '/keys');
    return isReply(found) ? { reply: found } : issue(ctx, found.item!);
  },

  'POST /projects/{project}/deploys'(ctx) {
    const found = projectDeploys(ctx);
    if (isReply(found)) return { reply: found };
    const projectSource = (found.project.source ?? {}) as Item;
    const asked = body(ctx).source as Item | undefined;
    const source =
      asked?.type === 'image' || (!asked && projectSource.type === 'image')
        ? { type: 'image', image: asked?.image ?? projectSource.image }
        : {
            type: 'git',
            repo: projectSource.repo,
            ref: asked?.ref ?? projectSource.branch ?? 'main',
            commit_sha: randomBytes(20).toString('hex'),
          };
    const deploy = build(ctx, ctx.collection('/projects/{project}/deploys'), ctx.op.example, {}, found.projectId);
    Object.assign(deploy, { status: 'queued', trigger: 'api', source, rollback_of: null, failure_reason: null, finished_at: null });
    return startDeploy(ctx, deploy, found.key, found.items, String(found.project.id));
  },

  'POST /projects/{project}/deploys/{deployId}/cancel'(ctx) {
    const found = target(ctx, '/projects/{project}/deploys');
    if (isReply(found)) return { reply: found };
    const deploy = found.item!;
    if (!inProgress.has(deploy.status)) {
      return {
        reply: refusal(
          409,
          'deploy_not_cancelable',
          `Deploy ${deploy.id} is ${deploy.status}: only a queued, building or deploying deploy can be canceled.`,
        ),
      };
    }
    Object.assign(deploy, { status: 'canceled', finished_at: ctx.at });
    return { ...ok(ctx.op.status, deploy), touched: { type: 'deploy', id: String(deploy.id), projectId: found.projectId } };
  },

  'POST /projects/{project}/rollback'(ctx) {
    const found = projectDeploys(ctx);
    if (isReply(found)) return { reply: found };
    const targetId = String(body(ctx).deploy_id);
    const earlier = found.items.find((deploy) => deploy.id === targetId);
    if (!earlier) return { reply: notFound(ctx, 'deploy', targetId, `project ${found.project.name}`) };
    if (earlier.status === 'live')
      return { reply: refusal(409, 'rollback_target_live', `Deploy ${targetId} is the one live now; roll back to an earlier deploy.`) };
    if (earlier.status !== 'superseded')
      return {
        reply: refusal(
          409,
          'rollback_target_never_live',
          `Deploy ${targetId} never went live (it is ${earlier.status}), so there is nothing to roll back to.`,
        ),
      };
    const deploy = build(ctx, ctx.collection('/projects/{project}/deploys'), ctx.op.example, {}, found.projectId);
    Object.assign(deploy, {
      status: 'queued',
      trigger: 'rollback',
      source: structuredClone(earlier.source),
      rollback_of: targetId,
      failure_reason: null,
      finished_at: null,
    });
    return startDeploy(ctx, deploy, found.key, found.items, String(found.project.id));
  },

  'POST /projects/{project}/restart'(ctx) {
    const found = projectDeploys(ctx);
    if (isReply(found)) return { reply: found };
    const project = found.project;
    if (!project.live_deploy_id)
      return { reply: refusal(409, 'no_live_deploy', `Project ${project.name} has no live deploy, so nothing runs to restart.`) };
    const key = restartsOf(String(project.id));
    const restarts = itemsAt(ctx.state, key);
    const running = restarts.find((restart) => restart.status === 'queued' || restart.status === 'restarting');
    if (running)
      return { reply: refusal(409, 'restart_in_progress', `Restart ${running.id} of project ${project.name} is still in progress.`) };
    const instances = ctx.state.collections[`/projects/${project.id}/instances`] ?? [];
    const restart: Item = {
      ...structuredClone(ctx.op.example as Item),
      id: newId('rst_'),
      project_id: project.id,
      status: 'queued',
      instance_ids: (body(ctx).instance_ids as string[] | undefined) ?? instances.map((instance) => instance.id),
      failure_reason: null,
      created_at: ctx.at,
      finished_at: null,
    };
    restarts.unshift(restart);
    ctx.start('restart', key, String(restart.id));
    return { ...ok(ctx.op.status, restart), touched: { type: 'project', id: String(project.id), projectId: String(project.id) } };
  },

  'GET /projects/{project}/restarts/{restartId}'(ctx) {
    const found = projectDeploys(ctx);
    if (isReply(found)) return { reply: found };
    const id = ctx.request.params.restartId!;
    const restart = ctx.state.collections[restartsOf(String(found.project.id))]?.find((r) => r.id === id);
    return restart ? ok(ctx.op.status, restart) : { reply: notFound(ctx, 'restart', id, `project ${found.project.name}`) };
  },

  'PATCH /projects/{project}/scale'(ctx) {
    const found = documentOf(ctx);
    if ('status' in found) return { reply: found };
    const scale = found.document;
    const { autoscaling, ...rest } = body(ctx);
    const merged = { ...(scale.autoscaling as Item), ...(autoscaling as Item | undefined) };
    if (rest.instances !== undefined && merged.enabled === true) {
      return {
        reply: refusal(
          409,
          'autoscaling_enabled',
          'instances cannot be set while autoscaling is on; turn autoscaling off in the same request or first.',
        ),
      };
    }
    return changeDocument(ctx, found, { ...rest, autoscaling: merged });
  },

  'PATCH /projects/{project}/env'(ctx) {
    const env = ctx.collection('/projects/{project}/env');
    const located = ctx.locate(env, false);
    if (isReply(located)) return { reply: located };
    const set: Item[] = [];
    const unset: string[] = [];
    for (const [key, value] of Object.entries((body(ctx).variables ?? {}) as Record<string, string | null>)) {
      const index = located.items.findIndex((variable) => variable.key === key);
      if (value === null) {
        if (index !== -1) located.items.splice(index, 1);
        unset.push(key);
        continue;
      }
      const variable = { key, masked_value: `${value.slice(0, 2)}••••••••`, updated_at: ctx.at };
      if (index === -1) located.items.push(variable);
      else located.items[index] = variable;
      set.push(variable);
    }
    ctx.state.collections[located.key] = located.items;
    return {
      ...ok(ctx.op.status, { set, unset }),
      touched: { type: 'env', id: [...set.map((v) => v.key), ...unset].join(','), projectId: located.projectId },
    };
  },

  'POST /projects/{project}/domains/{domainId}/verify'(ctx) {
    const found = target(ctx, '/projects/{project}/domains');
    if (isReply(found)) return { reply: found };
    const domain = found.item!;
    if (domain.status !== 'pending_dns' && domain.status !== 'error') {
      return {
        reply:
          domain.status === 'active'
            ? refusal(409, 'domain_already_active', `Domain ${domain.hostname} is already active.`)
            : refusal(409, 'domain_verification_running', `Domain ${domain.hostname} is already being verified.`),
      };
    }
    Object.assign(domain, { status: 'verifying', error: null });
    ctx.start('domain', found.key, String(domain.id));
    return { ...ok(ctx.op.status, domain), touched: { type: 'domain', id: String(domain.id), projectId: found.projectId } };
  },

  'POST /projects/{project}/billing-transfers'(ctx) {
    const found = ctx.locate(ctx.collection('/projects/{project}/deploys'), false);
    if (isReply(found)) return { reply: found };
    const transfers = ctx.collection('/billing/transfers');
    const items = itemsAt(ctx.state, transfers.template);
    const { to_account, note = null } = body(ctx);
    const projectId = found.projectId!;
    if (items.some((t) => t.project_id === projectId && t.status === 'pending')) {
      return { reply: refusal(409, 'transfer_already_pending', `A transfer of project ${found.parent!.name} is already pending.`) };
    }
    if (to_account === ctx.handle) return { reply: problem(409, `Account ${to_account} already pays for project ${found.parent!.name}.`) };
    const transfer = build(ctx, transfers, ctx.op.example, { to_account, note, from_account: ctx.handle }, projectId);
    Object.assign(transfer, { status: 'pending', decline_reason: null, resolved_at: null });
    insert(transfers, items, transfer);
    return { ...ok(ctx.op.status, transfer), touched: { type: 'billing_transfer', id: String(transfer.id), projectId } };
  },

  'POST /billing/transfers/{transferId}/accept': (ctx) => resolveTransfer(ctx, 'accepted'),
  'POST /billing/transfers/{transferId}/decline': (ctx) => resolveTransfer(ctx, 'declined'),

  'DELETE /projects/{project}'(ctx) {
    const outcome = remove(ctx, ctx.collection('/projects'));
    const projectId = outcome.touched?.id;
    // "canceled: the project was deleted … before an answer"
    for (const transfer of ctx.state.collections['/billing/transfers'] ?? []) {
      if (transfer.project_id === projectId && transfer.status === 'pending')
        Object.assign(transfer, { status: 'canceled', resolved_at: ctx.at });
    }
    return outcome;
  },

  'PUT /billing/plan'(ctx) {
    const { document } = accountDocument(ctx);
    document.plan = body(ctx).plan;
    return { ...ok(ctx.op.status, document), touched: { type: 'billing', id: ctx.handle, projectId: null } };
  },

  'POST /agents/{agentId}/pause': (ctx) => setAgentStatus(ctx, 'paused'),
  'POST /agents/{agentId}/resume': (ctx) => setAgentStatus(ctx, 'active'),

  'POST /incidents/{incidentId}/acknowledge'(ctx) {
    const found = target(ctx, '/incidents');
    if (isReply(found)) return { reply: found };
    const incident = found.item!;
    if (incident.status !== 'open')
      return { reply: refusal(409, 'incident_already_acknowledged', `Incident ${incident.id} is already ${incident.status}.`) };
    Object.assign(incident, { status: 'acknowledged', acknowledged_at: ctx.at, acknowledged_by: { ...ctx.request.actor } });
    return {
      ...ok(ctx.op.status, incident),
      touched: { type: 'incident', id: String(incident.id), projectId: String(incident.project_id) },
    };
  },

  'GET /capacity'(ctx) {
    const { document } = accountDocument(ctx);
    const counts = new Map(Object.entries(quotaOf).map(([template, quota]) => [quota, ctx.state.collections[template]?.length]));
    for (const quota of document.quotas as { name: string; used: number }[]) {
      const used = counts.get(quota.name);
      if (used !== undefined) quota.used = used;
    }
    return ok(ctx.op.status, document);
  },

  'GET /activity'(ctx) {
    const filter: ActivityFilter = {};
    for (const name of ctx.op.filters) {
      const value = queryValue(ctx, name);
      if (value !== undefined) filter[name as keyof ActivityFilter] = name === 'project' ? (projectIdOf(ctx, value) ?? value) : value;
    }
    return page(ctx, filterActivity(ctx.state.activity, filter));
  },

  'GET /activity/{eventId}'(ctx) {
    const id = ctx.request.params.eventId!;
    const event = ctx.state.activity.find((e) => e.id === id);
    return event ? ok(ctx.op.status, event) : { reply: notFound(ctx, 'activity event', id) };
  },
};
