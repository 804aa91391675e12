import { TIME_ZONE } from '../../format/oslo-time';

const month = new Intl.DateTimeFormat('nb-NO', { month: 'short', year: '2-digit', timeZone: 'UTC' });
const day = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** ISO week number of a (UTC) date: the week that holds its Thursday. */
export function isoWeek(date: Date): number {
  const thursday = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  thursday.setUTCDate(thursday.getUTCDate() + 3 - ((thursday.getUTCDay() + 6) % 7));
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return 1 + Math.floor((thursday.getTime() - yearStart) / 86_400_000 / 7);
}

/**
 * How an interval's start is written on a chart axis. Indicator buckets are UTC days, weeks and months
 * (docs/indicators.md), so they are named in UTC, not moved to Oslo time.
 */
export function periodLabel(interval: 'day' | 'week' | 'month', start: string): string {
  const date = new Date(start);
  if (interval === 'week') return `uke ${isoWeek(date)}`;
  if (interval === 'month') return month.format(date);
  return day.format(date);
}

/** Today in Oslo as YYYY-MM-DD, and the same date some days earlier, for the default filter. */
export function osloDate(offsetDays = 0, now = new Date()): string {
  const shifted = new Date(now.getTime() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE }).format(shifted);
}
