/** The interval kinds indicators are cut by, and their lengths as PostgreSQL intervals. */
export const INTERVALS = { day: '1 day', week: '1 week', month: '1 month' } as const;
export type IntervalKind = keyof typeof INTERVALS;
export const INTERVAL_KINDS = Object.keys(INTERVALS) as IntervalKind[];

/** The UTC start of the bucket holding `instant` (ISO weeks start on Monday). */
export function bucketStart(kind: IntervalKind, instant: Date): Date {
  const d = new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));
  if (kind === 'week') d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  if (kind === 'month') d.setUTCDate(1);
  return d;
}

/** The start of the bucket after the one starting at `start`. */
export function nextBucket(kind: IntervalKind, start: Date): Date {
  const d = new Date(start);
  if (kind === 'day') d.setUTCDate(d.getUTCDate() + 1);
  if (kind === 'week') d.setUTCDate(d.getUTCDate() + 7);
  if (kind === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
  return d;
}
