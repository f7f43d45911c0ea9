import { InvalidResponseError } from './errors.ts';
import type { Page, Result, Success } from './types.ts';

/**
 * Yields every item of a list operation, asking `fetchPage` for the page at each `next_cursor` in
 * turn, from `cursor` (the first page when `undefined`), until a page's `next_cursor` is null. Throws
 * a failed page's error; throws `InvalidResponseError` for a page that is not a list page (an empty
 * body, no `data` list, no `next_cursor`) and when the server hands back a cursor it gave before,
 * rather than loop forever.
 */
export async function* pages<Item>(
  describe: string,
  cursor: string | undefined,
  fetchPage: (cursor: string | undefined) => Promise<Result<Page<Item>>>,
): AsyncGenerator<Item, void, undefined> {
  const seen = new Set([cursor]);
  for (;;) {
    const result = await fetchPage(cursor);
    if (result.error) throw result.error;
    const { data: page, response, requestId } = result as Success<Partial<Page<Item>> | undefined>;
    const next = page?.next_cursor;
    const problem = !Array.isArray(page?.data)
      ? 'a page with no `data` list'
      : next !== null && typeof next !== 'string'
        ? 'a page with no `next_cursor` string or null'
        : next && seen.has(next) && `the cursor ${next} again (a loop)`;
    if (problem)
      throw new InvalidResponseError({
        message: `${describe} returned ${problem}.`,
        code: 'invalid_response',
        status: response.status,
        headers: response.headers,
        requestId,
      });
    yield* (page as Page<Item>).data;
    if (!next) return;
    seen.add(next);
    cursor = next;
  }
}
