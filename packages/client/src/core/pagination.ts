import { InvalidResponseError } from './errors.ts';
import type { Page, Result } from './types.ts';

/**
 * Yields every item of a list operation, asking `fetchPage` for the page at each `next_cursor` in
 * turn, from `cursor` (the first page when `undefined`). Throws a failed page's error; throws
 * `InvalidResponseError` when the server hands back the cursor it was given, rather than loop forever.
 */
export async function* pages<Item>(describe: string, cursor: string | undefined, fetchPage: (cursor: string | undefined) => Promise<Result<Page<Item>>>): AsyncGenerator<Item, void, undefined> {
  for (;;) {
    const result = await fetchPage(cursor);
    if (result.error) throw result.error;
    yield* result.data.data;
    const next = result.data.next_cursor;
    if (next === null || next === '') return;
    if (next === cursor) {
      const { status, headers } = result.response;
      throw new InvalidResponseError({ message: `${describe} returned the cursor it was given (${next}); stopping instead of looping forever.`, code: 'invalid_response', status, headers, requestId: result.requestId });
    }
    cursor = next;
  }
}
