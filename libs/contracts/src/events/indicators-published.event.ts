import { keyedEventStream } from '@lagspill/domain';
import type { IndicatorDimension, IndicatorRow } from '../indicator-table';

export const INDICATORS_PUBLISHED = 'indicators.published' as const;
export const INDICATORS_PUBLISHED_SCHEMA_VERSION = 1;

/** One week's indicators as published for outside systems: all cases, small groups suppressed. */
export interface IndicatorSnapshot {
  /** ISO week, e.g. 2026-W47. */
  readonly week: string;
  readonly start: string;
  readonly end: string;
  readonly publishedAt: string;
  /** Every grouping but the organisation a report concerns, which is the working group's (docs/indicators.md). */
  readonly tables: Readonly<Record<Exclude<IndicatorDimension, 'concernedOrganisation'>, readonly IndicatorRow[]>>;
}

export interface IndicatorsPublishedEvent {
  readonly type: typeof INDICATORS_PUBLISHED;
  readonly data: IndicatorSnapshot;
}

/** One stream per ISO week, which must be new: each week is published once. */
export const INDICATORS_STREAM = keyedEventStream('indicators', 'ISO week');
export const snapshotStreamId = INDICATORS_STREAM.id;
