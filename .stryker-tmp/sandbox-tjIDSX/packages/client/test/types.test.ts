// @ts-nocheck
// Compile-time checks of the public types: `pnpm typecheck` (part of `pnpm test`) fails when they regress.
import { describe, expectTypeOf, it } from 'vitest';
import {
  createClient,
  requiredScope,
  type CantilaError,
  type ItemOf,
  type ListPath,
  type ResponseData,
  type Schema,
} from '../src/index.ts';

const client = createClient({ apiKey: 'sk_test_types' });
type Project = Schema<'Project'>;

describe('types', () => {
  it('types data by path and method, and error as CantilaError', () => {
    const call = () => client.GET('/projects/{project}', { params: { path: { project: 'web-shop' } } });
    type Outcome = Awaited<ReturnType<typeof call>>;
    expectTypeOf<NonNullable<Outcome['data']>>().toEqualTypeOf<Project>();
    expectTypeOf<Outcome['error']>().toEqualTypeOf<CantilaError | undefined>();
    expectTypeOf<Outcome['requestId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ResponseData<'/projects', 'post'>>().toEqualTypeOf<Project>();
    expectTypeOf<ResponseData<'/projects/{project}', 'delete'>>().toEqualTypeOf<undefined>();
    expectTypeOf<ResponseData<'/me', 'get'>>().toEqualTypeOf<Schema<'Me'>>();
  });

  it('narrows data once error is ruled out, and the throwing style has data always', () => {
    const narrow = async () => {
      const result = await client.GET('/me');
      if (result.error) return undefined;
      return result.data;
    };
    expectTypeOf<Awaited<ReturnType<typeof narrow>>>().toEqualTypeOf<Schema<'Me'> | undefined>();
    const thrown = () => client.throwing.POST('/projects', { body: { name: 'web-shop', region: 'fra1' } });
    expectTypeOf<Awaited<ReturnType<typeof thrown>>['data']>().toEqualTypeOf<Project>();
  });

  it('rejects unknown paths, missing parameters and wrong bodies', () => {
    const wrong = () => {
      // : no such path
      void client.GET('/projcts');
      // : /me has no POST
      void client.POST('/me');
      // : the path parameter is required
      void client.GET('/projects/{project}');
      // : name must be a string
      void client.POST('/projects', { body: { name: 1, region: 'fra1' } });
      // : the body is required
      void client.POST('/projects');
      // : unknown option
      void client.GET('/me', { timeot: 5 });
    };
    expectTypeOf(wrong).toBeFunction();
  });

  it('lets paginate take only list paths, typing the items', () => {
    expectTypeOf<'/projects'>().toExtend<ListPath>();
    expectTypeOf<'/activity'>().toExtend<ListPath>();
    expectTypeOf<'/me'>().not.toExtend<ListPath>();
    expectTypeOf<ItemOf<'/projects'>>().toEqualTypeOf<Project>();
    expectTypeOf(client.paginate('/activity')).toEqualTypeOf<AsyncGenerator<Schema<'ActivityEvent'>, void, undefined>>();
  });

  it('types requiredScope by operation', () => {
    expectTypeOf(requiredScope('PATCH /projects/{project}')).toEqualTypeOf<'deploy'>();
    expectTypeOf(requiredScope('GET /health')).toEqualTypeOf<null>();
    // : not an operation
    const unknownOperation = () => requiredScope('GET /projects/:id');
    expectTypeOf(unknownOperation).toBeFunction();
  });
});
