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

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;

/** A full ISO 8601 time, which PostgreSQL reads as the same instant (Date.parse alone takes "1" as 2001). */
function isTime(value: unknown): value is string {
  return typeof value === 'string' && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

const canonical = (time: string) => new Date(time).toISOString();

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** `to` as an exclusive bound: a date alone means the whole of that day (UTC); a time is inclusive. */
export function exclusiveEnd(to: string): Date {
  const end = new Date(to);
  return DATE_ONLY.test(to) ? new Date(end.getTime() + 86_400_000) : new Date(end.getTime() + 1);
}
