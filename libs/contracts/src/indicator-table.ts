/** GET /api/indicators: figures per interval and group (docs/indicators.md defines each). */

export type IndicatorInterval = 'day' | 'week' | 'month';
export type IndicatorDimension =
  'total' | 'helsefellesskap' | 'party' | 'category' | 'organisationType' | 'concernedOrganisation';

export interface IndicatorFigures {
  readonly cases: number;
  readonly reported: number;
  readonly resolved: number;
  readonly open: number;
  readonly backlogAgeP50Hours: number | null;
  readonly backlogAgeP90Hours: number | null;
  readonly firstResponseP50Hours: number | null;
  readonly firstResponseP90Hours: number | null;
  readonly resolutionP50Hours: number | null;
  readonly resolutionP90Hours: number | null;
  readonly slaBreached: number;
  readonly reopened: number;
  /** Paper multidose involved: `paper`, and `both` (paper and eMD at once). */
  readonly paperMultidoseShare: number | null;
  readonly multiplePatientsShare: number | null;
  /** `both` alone: part of the paper share, shown on its own too. */
  readonly bothMultidoseShare: number | null;
  /** Reports flagged as double registration / a fragmented medication list, and their share. */
  readonly fragmentedList: number;
  readonly fragmentedListShare: number | null;
  /** Reports of harm above a near miss, and of those by what the reporter said of the statutory notice. */
  readonly harmful: number;
  readonly harmfulNotified: number;
  readonly harmfulWillNotify: number;
  readonly harmfulNotNotified: number;
  readonly harmfulNotStated: number;
}

export type IndicatorRow = {
  readonly start: string;
  readonly end: string;
  readonly group: string;
  readonly label: string;
  readonly suppressed: boolean;
} & { readonly [K in keyof IndicatorFigures]: IndicatorFigures[K] | null };

export interface IndicatorTable {
  readonly from: string;
  readonly to: string;
  readonly interval: IndicatorInterval;
  readonly by: IndicatorDimension;
  /** Whose cases: all (admin), a region (its coordinators) or a party (its responders). */
  readonly scope: string;
  /** The instant the figures were computed for; buckets after it are not in the table. */
  readonly asOf: string | null;
  readonly rows: readonly IndicatorRow[];
}
