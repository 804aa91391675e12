export const INSIGHTS_OPTIONS = Symbol('INSIGHTS_OPTIONS');

export interface InsightsOptions {
  /** How often the indicator cells are brought up to date; 0 turns the timer off (tests refresh by hand). */
  readonly refreshIntervalMs: number;
  /** Reports within this many days of each other can form a cluster suggestion. */
  readonly clusterWindowDays: number;
  /** How often new cluster suggestions are looked for; 0 turns the timer off. Default once a minute. */
  readonly clusterWatchIntervalMs?: number;
}
