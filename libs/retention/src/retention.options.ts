export const RETENTION_OPTIONS = Symbol('RETENTION_OPTIONS');

export interface RetentionModuleOptions {
  /** Closed cases older than this many days are erased (RETENTION_CLOSED_CASE_DAYS); 0: never. */
  readonly closedCaseDays: number;
  /** How often the sweeper looks; default hourly. 0 turns the timer off (sweep by hand, as tests do). */
  readonly sweepIntervalMs?: number;
}

export const DEFAULT_RETENTION_SWEEP_INTERVAL_MS = 3_600_000;
