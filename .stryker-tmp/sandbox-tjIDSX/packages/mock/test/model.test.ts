/**
 * Model-based test of the stateful mock (fast-check's `fc.commands`): random sequences of creates,
 * renames, deletes, deploys, clock steps and reads of projects, each run in a workspace of its own,
 * checked against a small model of what the API promises — names unique, deletes final, lists newest
 * first through their cursors, at most one live deploy, one activity event per mutation — and every
 * answer checked against the spec.
 */
// @ts-nocheck

import fc from 'fast-check';
import { expect, it } from 'vitest';
import { workspaceHeader } from '../src/state.ts';
import { manualClock } from '../src/store/clock.ts';
import { bearer, send, withJson, type Answer } from './support/http.ts';
import { useMock } from './support/mock.ts';
import { keyFor, operations, schemaErrors } from './support/spec.ts';

const clock = manualClock();
const server = useMock({ clock });

interface Model {
  /** Projects made in the run, newest first (the seed's stay after them). */
  projects: { id: string; name: string }[];
  seedNames: Set<string>;
  deleted: Set<string>;
  deploys: Map<string, string[]>;
  mutations: string[];
}

interface Real {
  workspace: string;
  call(key: string, path: string, body?: unknown): Promise<Answer>;
}

const names = fc.constantFrom('alpha', 'beta', 'gamma', 'delta', 'web-shop');

function project(model: Model, name: string): { id: string; name: string } | undefined {
  return model.projects.find((p) => p.name === name);
}

class CreateProject implements fc.AsyncCommand<Model, Real> {
  constructor(readonly name: string) {}
  check = () => true;
  async run(model: Model, real: Real): Promise<void> {
    const answer = await real.call('POST /projects', '/projects', { name: this.name, region: 'fra1' });
    const taken = model.seedNames.has(this.name) || project(model, this.name) !== undefined;
    expect(answer.status).toBe(taken ? 409 : 201);
    if (taken) return;
    expect(answer.body).toMatchObject({ name: this.name, id: expect.stringMatching(/^prj_/) });
    model.projects.unshift({ id: answer.body.id, name: this.name });
    model.mutations.push('project.create');
  }
  toString = () => `create(${this.name})`;
}

class RenameProject implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly from: string,
    readonly to: string,
  ) {}
  check = (model: Readonly<Model>) => model.projects.some((p) => p.name === this.from);
  async run(model: Model, real: Real): Promise<void> {
    const found = project(model, this.from)!;
    const answer = await real.call('PATCH /projects/{project}', `/projects/${found.id}`, { name: this.to });
    const taken = this.to !== this.from && (model.seedNames.has(this.to) || project(model, this.to) !== undefined);
    expect(answer.status).toBe(taken ? 409 : 200);
    if (taken) return;
    found.name = this.to;
    model.mutations.push('project.update');
  }
  toString = () => `rename(${this.from} → ${this.to})`;
}

class DeleteProject implements fc.AsyncCommand<Model, Real> {
  constructor(readonly name: string) {}
  check = (model: Readonly<Model>) => model.projects.some((p) => p.name === this.name);
  async run(model: Model, real: Real): Promise<void> {
    const found = project(model, this.name)!;
    expect((await real.call('DELETE /projects/{project}', `/projects/${found.id}`)).status).toBe(204);
    model.projects.splice(model.projects.indexOf(found), 1);
    model.deleted.add(found.id);
    model.deploys.delete(found.id);
    model.mutations.push('project.delete');
    const gone = await real.call('GET /projects/{project}', `/projects/${found.id}`);
    expect(gone.status).toBe(404);
  }
  toString = () => `delete(${this.name})`;
}

class Deploy implements fc.AsyncCommand<Model, Real> {
  constructor(readonly name: string) {}
  check = (model: Readonly<Model>) => model.projects.some((p) => p.name === this.name);
  async run(model: Model, real: Real): Promise<void> {
    const found = project(model, this.name)!;
    const answer = await real.call('POST /projects/{project}/deploys', `/projects/${found.id}/deploys`, {});
    expect(answer.status).toBe(202);
    model.deploys.set(found.id, [answer.body.id, ...(model.deploys.get(found.id) ?? [])]);
    model.mutations.push('deploy.create');
  }
  toString = () => `deploy(${this.name})`;
}

class Wait implements fc.AsyncCommand<Model, Real> {
  constructor(readonly ms: number) {}
  check = () => true;
  async run(model: Model, real: Real): Promise<void> {
    clock.advance(this.ms);
    for (const [id, deploys] of model.deploys) {
      const listed = await real.call('GET /projects/{project}/deploys', `/projects/${id}/deploys?limit=100`);
      expect(listed.body.data.map((d: { id: string }) => d.id)).toEqual(deploys);
      const live = listed.body.data.filter((d: { status: string }) => d.status === 'live');
      expect(live.length).toBeLessThanOrEqual(1);
      const project = await real.call('GET /projects/{project}', `/projects/${id}`);
      expect(project.body.live_deploy_id).toBe(live[0]?.id ?? null);
    }
  }
  toString = () => `wait(${this.ms})`;
}

class ListProjects implements fc.AsyncCommand<Model, Real> {
  constructor(readonly limit: number) {}
  check = () => true;
  async run(model: Model, real: Real): Promise<void> {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Answer = await real.call('GET /projects', `/projects?limit=${this.limit}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.body.data.length).toBeLessThanOrEqual(this.limit);
      seen.push(...page.body.data.map((p: { id: string }) => p.id));
      cursor = page.body.next_cursor;
    } while (cursor);
    expect(seen.slice(0, model.projects.length)).toEqual(model.projects.map((p) => p.id));
    expect(seen.filter((id) => model.deleted.has(id))).toEqual([]);
  }
  toString = () => `list(limit ${this.limit})`;
}

class ReadActivity implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(model: Model, real: Real): Promise<void> {
    const events = (await real.call('GET /activity', '/activity?limit=100')).body.data as { action: string; request_id: string }[];
    const recorded = events.slice(0, model.mutations.length).map((e) => e.action);
    expect(recorded).toEqual([...model.mutations].reverse());
  }
  toString = () => 'activity()';
}

const commands = [
  names.map((name) => new CreateProject(name)),
  fc.tuple(names, names).map(([from, to]) => new RenameProject(from, to)),
  names.map((name) => new DeleteProject(name)),
  names.map((name) => new Deploy(name)),
  fc.integer({ min: 500, max: 12_000 }).map((ms) => new Wait(ms)),
  fc.integer({ min: 1, max: 4 }).map((limit) => new ListProjects(limit)),
  fc.constant(new ReadActivity()),
];

let runs = 0;
function setup(): { model: Model; real: Real } {
  const workspace = `model-${++runs}`;
  const headers = bearer(keyFor('admin'), { [workspaceHeader]: workspace });
  return {
    model: { projects: [], seedNames: new Set(['web-shop']), deleted: new Set(), deploys: new Map(), mutations: [] },
    real: {
      workspace,
      async call(key, path, body) {
        const op = operations.find((o) => o.key === key)!;
        const method = key.split(' ')[0]!;
        const answer = await send(`${server.url}${path}`, body === undefined ? { method, headers } : withJson(method, body, headers));
        expect(schemaErrors(op, answer.status, answer.body), `${key} ${answer.status} ${answer.text}`).toEqual([]);
        return answer;
      },
    },
  };
}

it('random sequences of operations keep the promises of the model, each answer as the spec documents it', async () => {
  await fc.assert(
    fc.asyncProperty(fc.commands(commands, { maxCommands: 25 }), (sequence) => fc.asyncModelRun(setup, sequence)),
    { numRuns: 30 },
  );
});
