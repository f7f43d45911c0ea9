import { describe, expect, it } from 'vitest';
import { paginate } from './pagination.ts';

const items = Array.from({ length: 7 }, (_, i) => ({ id: `prj_${i}` }));
const keyOf = (item: { id: string }): string => item.id;

function walk(list: readonly { id: string }[], limit: number): string[][] {
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = paginate(list, keyOf, limit, cursor)!;
    pages.push(page.data.map(keyOf));
    cursor = page.next_cursor ?? undefined;
  } while (cursor !== undefined);
  return pages;
}

describe('paginate', () => {
  it('answers an empty last page for a limit of 0', () => {
    expect(paginate(items, keyOf, 0)).toEqual({ data: [], next_cursor: null });
  });

  it('starts a cursor of its own shape after the item it names, or at its position when that item is gone', () => {
    const at = (after: string, position: number) => Buffer.from(JSON.stringify({ after, at: position })).toString('base64url');
    expect(paginate(items, keyOf, 2, at('prj_missing', 0))!.data.map(keyOf)).toEqual(['prj_0', 'prj_1']);
    expect(paginate(items, keyOf, 2, at('prj_4', 0))!.data.map(keyOf)).toEqual(['prj_5', 'prj_6']);
  });

  it('walks every item once, a page at a time, and ends with a null cursor', () => {
    expect(walk(items, 3)).toEqual([['prj_0', 'prj_1', 'prj_2'], ['prj_3', 'prj_4', 'prj_5'], ['prj_6']]);
    expect(paginate(items, keyOf, 7)!.next_cursor).toBeNull();
  });

  it('continues after the last item seen when an earlier item was deleted in between', () => {
    const first = paginate(items, keyOf, 3)!;
    const afterDelete = items.filter((item) => item.id !== 'prj_1');
    expect(paginate(afterDelete, keyOf, 3, first.next_cursor!)!.data.map(keyOf)).toEqual(['prj_3', 'prj_4', 'prj_5']);
  });

  it('continues at the same position when the last item seen was itself deleted', () => {
    const first = paginate(items, keyOf, 3)!;
    const afterDelete = items.filter((item) => item.id !== 'prj_2');
    expect(paginate(afterDelete, keyOf, 3, first.next_cursor!)!.data.map(keyOf)).toEqual(['prj_4', 'prj_5', 'prj_6']);
  });

  it.each(
    ['', 'nonsense', '{"after":1,"at":3}', '{"after":"prj_1","at":-1}', '{"after":"prj_1","at":1.5}', '{"after":"prj_1"}', '[]'].map(
      (text) => (text.startsWith('{') || text === '[]' ? Buffer.from(text).toString('base64url') : text),
    ),
  )('refuses a cursor it did not make: %j', (cursor) => {
    expect(paginate(items, keyOf, 3, cursor)).toBeUndefined();
  });
});
