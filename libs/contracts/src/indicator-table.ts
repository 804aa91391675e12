/** GET /api/indicators: figures per interval and group (docs/indicators.md defines each). */

export type IndicatorInterval = 'day' | 'week' | 'month';
export type IndicatorDimension = 'total' | 'helsefellesskap' | 'party' | 'category' | 'organisationType';

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
  readonly paperMultidoseShare: number | null;
  readonly multiplePatientsShare: number | null;
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
