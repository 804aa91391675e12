import type { IndicatorSnapshot } from '@lagspill/contracts';

/**
 * The groupings a weekly snapshot publishes to outside systems: not the organisation a report concerns,
 * a per-GP-office table for the working group, not for every vendor's integration.
 */
export const SNAPSHOT_DIMENSIONS: readonly (keyof IndicatorSnapshot['tables'])[] = [
  'total',
  'helsefellesskap',
  'party',
  'category',
  'organisationType',
];

const WEEK_MS = 7 * 86_400_000;

/** The ISO 8601 week of a Monday (UTC): week 1 is the one holding 4 January. */
export function isoWeek(monday: Date): string {
  const year = new Date(monday.getTime() + 3 * 86_400_000).getUTCFullYear(); // the week's Thursday decides
  const january4 = new Date(Date.UTC(year, 0, 4));
  const firstMonday = january4.getTime() - ((january4.getUTCDay() + 6) % 7) * 86_400_000;
  return `${year}-W${String(1 + Math.round((monday.getTime() - firstMonday) / WEEK_MS)).padStart(2, '0')}`;
}
