import { describe, expect, it } from 'vitest';
import { tableOf } from '../../test/support/store.ts';
import { seedState } from './seed.ts';

const deploysOf = (seed: ReturnType<typeof seedState>, projectId: string): unknown[] =>
  (seed.collections[`/projects/${projectId}/deploys`] ?? []).map((deploy) => deploy.id);

describe('the seed of a spec of your own', () => {
  it('puts each child item under the project its example names, whatever order the spec lists the lists in', () => {
    const seed = seedState(
      tableOf((spec) => {
        const { '/projects': projects, ...rest } = spec.paths;
        spec.paths = { ...rest, '/projects': projects };
        const list = projects.get.responses['200'].content['application/json'];
        const example = list.example ?? Object.values(list.examples as Record<string, { value: unknown }>)[0]!.value;
        (example as { data: unknown[] }).data.unshift({
          ...(example as { data: Record<string, unknown>[] }).data[0],
          id: 'prj_other',
          name: 'other',
        });
      }),
    );
    expect(seed.collections['/projects']!.map((project) => project.id)).toEqual(['prj_other', 'prj_9Xk2mA']);
    expect(deploysOf(seed, 'prj_9Xk2mA')).toEqual(['dep_8Hy1Cx', 'dep_2Vn8Ks', 'dep_7Qm4Rt', 'dep_6Kp9Ds']);
    expect(deploysOf(seed, 'prj_other')).toEqual([]);
    // Items that name no project (environment variables) go under the first project listed.
    expect(seed.collections['/projects/prj_other/env']!.map((variable) => variable.key)).toEqual(['DATABASE_URL', 'STRIPE_SECRET_KEY']);
  });
});
