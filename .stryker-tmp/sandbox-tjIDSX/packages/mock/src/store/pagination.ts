/**
 * Cursor pagination over a list already in the documented order. A cursor is opaque to clients: it
 * names the last item of the page and its position, so a page after a deletion still starts where
 * the previous one ended.
 */
// @ts-nocheck


export interface Page<T> {
  data: T[];
  next_cursor: string | null;
}

interface CursorMark {
  after: string;
  at: number;
}

const encode = (mark: CursorMark): string => Buffer.from(JSON.stringify(mark)).toString('base64url');

function decode(cursor: string): CursorMark | undefined {
  try {
    const mark = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorMark>;
    return typeof mark.after === 'string' && Number.isSafeInteger(mark.at) && mark.at! >= 0 ? (mark as CursorMark) : undefined;
  } catch {
    return undefined;
  }
}

/** One page of `items` (`keyOf` names each); `undefined` when `cursor` is not one this function made. */
export function paginate<T>(items: readonly T[], keyOf: (item: T) => string, limit: number, cursor?: string): Page<T> | undefined {
  let start = 0;
  if (cursor !== undefined) {
    const mark = decode(cursor);
    if (!mark) return undefined;
    const found = items.findIndex((item) => keyOf(item) === mark.after);
    start = found === -1 ? mark.at : found + 1;
  }
  const data = items.slice(start, start + limit);
  const last = data[data.length - 1];
  const more = start + limit < items.length && last !== undefined;
  return { data, next_cursor: more ? encode({ after: keyOf(last), at: start + limit }) : null };
}
