import { apiInstant, isApiDate, isApiDateOnly } from '@lagspill/platform';
import type { CaseListPosition } from '../../read-model/case-view.repository';

/**
 * Where a page ended, for the order it was listed in: `["reported", reportedAt, id]` or
 * `["due", dueAt | null, id]`, base64url. Opaque to clients.
 */
export function encodeCursor(position: CaseListPosition): string {
  const key = position.sort === 'due' ? position.dueAt : position.reportedAt;
  return Buffer.from(JSON.stringify([position.sort, key, position.id])).toString('base64url');
}

/** The position, or undefined when the text is not one this server made. */
export function decodeCursor(text: string): CaseListPosition | undefined {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(value)) return undefined;
  // Cursors from before sort=due were [reportedAt, id]: still good for the order they were made in.
  const [sort, key, id] = value.length === 2 ? ['reported', ...(value as unknown[])] : (value as unknown[]);
  if (value.length < 2 || value.length > 3 || typeof id !== 'string') return undefined;
  if (sort === 'reported' && isTime(key)) return { sort, reportedAt: canonical(key), id };
  if (sort === 'due' && key === null) return { sort, dueAt: null, id };
  if (sort === 'due' && isTime(key)) return { sort, dueAt: canonical(key), id };
  return undefined;
}

/** A full date-time as the API takes it (a cursor is request input too: it may have been tampered with). */
function isTime(value: unknown): value is string {
  return isApiDate(value, ['date-time']);
}

const canonical = (time: string) => apiInstant(time).toISOString();

/** `to` as an exclusive bound: a date alone means the whole of that day (UTC); a time is inclusive. */
export function exclusiveEnd(to: string): Date {
  const end = apiInstant(to);
  return isApiDateOnly(to) ? new Date(end.getTime() + 86_400_000) : new Date(end.getTime() + 1);
}
