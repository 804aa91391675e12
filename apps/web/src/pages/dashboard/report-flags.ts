import type { IndicatorRow } from '../../api/types';

/** The multidose, fragmented-list and harm figures of a whole period, from the total's rows. */
export interface ReportFlags {
  readonly reported: number;
  /** Paper multidose involved (`paper` and `both`), of the reports; null without reports. */
  readonly paperShare: number | null;
  readonly bothShare: number | null;
  readonly fragmentedList: number;
  readonly fragmentedListShare: number | null;
  readonly harmful: number;
  readonly notified: number;
  readonly willNotify: number;
  readonly notNotified: number;
  readonly notStated: number;
  /** Intervals left out because their figures are hidden (fewer than 5 cases, docs/indicators.md). */
  readonly hiddenIntervals: number;
}

/**
 * Adds up the intervals of the total. The API gives the paper shares per interval only (rounded to four
 * decimals), so each is turned back into its count (share × reported, exact to well under one report for
 * any interval under 5,000 reports) before the period's share is taken.
 */
export function reportFlags(totals: readonly IndicatorRow[]): ReportFlags {
  const shown = totals.filter((row) => !row.suppressed);
  const sum = (pick: (row: IndicatorRow) => number | null) => shown.reduce((s, row) => s + (pick(row) ?? 0), 0);
  const counted = (share: (row: IndicatorRow) => number | null) =>
    sum((row) => Math.round((share(row) ?? 0) * (row.reported ?? 0)));
  const reported = sum((row) => row.reported);
  const shareOf = (count: number) => (reported === 0 ? null : count / reported);
  const fragmentedList = sum((row) => row.fragmentedList);
  return {
    reported,
    paperShare: shareOf(counted((row) => row.paperMultidoseShare)),
    bothShare: shareOf(counted((row) => row.bothMultidoseShare)),
    fragmentedList,
    fragmentedListShare: shareOf(fragmentedList),
    harmful: sum((row) => row.harmful),
    notified: sum((row) => row.harmfulNotified),
    willNotify: sum((row) => row.harmfulWillNotify),
    notNotified: sum((row) => row.harmfulNotNotified),
    notStated: sum((row) => row.harmfulNotStated),
    hiddenIntervals: totals.length - shown.length,
  };
}

const percent = new Intl.NumberFormat('nb-NO', { style: 'percent', maximumFractionDigits: 1 });

/** A share as people read it ("12,5 %"); a dash where there is nothing to take a share of. */
export const formatShare = (share: number | null): string => (share === null ? '–' : percent.format(share));
