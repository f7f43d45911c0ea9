import { InvalidResponseError } from './errors.ts';
import type { Page, Result, Success } from './types.ts';

/**
 * Yields every item of a list operation, asking `fetchPage` for the page at each `next_cursor` in
 * turn, from `cursor` (the first page when `undefined`), until a page's `next_cursor` is null. Throws
 * a failed page's error; throws `InvalidResponseError` for a page that is not a list page (an empty
 * body, no `data` list, no `next_cursor`), when the server hands back a cursor it gave before, and
 * after `maxPages` pages (a server can hand out fresh cursors forever), rather than loop forever.
 */
export async function* pages<Item>(
  describe: string,
  cursor: string | undefined,
  fetchPage: (cursor: string | undefined) => Promise<Result<Page<Item>>>,
  maxPages: number,
): AsyncGenerator<Item, void, undefined> {
  const seen = new Set([cursor]);
  for (let count = 1; ; count++) {
    const result = await fetchPage(cursor);
    if (result.error) throw result.error;
    const { data: page, response, requestId } = result as Success<Partial<Page<Item>> | undefined>;
    const next = page?.next_cursor;
    const invalid = (problem: string) =>
      new InvalidResponseError({
        message: `${describe} ${problem}.`,
        code: 'invalid_response',
        status: response.status,
        headers: response.headers,
        requestId,
      });
    const problem = !Array.isArray(page?.data)
      ? 'returned a page with no `data` list'
      : next !== null && typeof next !== 'string'
        ? 'returned a page with no `next_cursor` string or null'
        : next && seen.has(next) && `returned the cursor ${next} again (a loop)`;
    if (problem) throw invalid(problem);
    yield* (page as Page<Item>).data;
    if (!next) return;
    if (count === maxPages) throw invalid(`stopped after ${maxPages} pages (maxPages)`);
    seen.add(next);
    cursor = next;
  }
}
