import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { IndicatorDimension } from '@lagspill/contracts';
import type { IntervalKind } from './interval';

/** The raw figures of one cell (unrounded; counts and percentiles in hours). */
export interface CellFigures {
  readonly cases: number;
  readonly reported: number;
  readonly resolved: number;
  readonly open: number;
  readonly backlogP50: number | null;
  readonly backlogP90: number | null;
  readonly firstResponseP50: number | null;
  readonly firstResponseP90: number | null;
  readonly resolutionP50: number | null;
  readonly resolutionP90: number | null;
  readonly slaBreached: number;
  readonly reopened: number;
  readonly paperMultidose: number;
  readonly multiplePatients: number;
}

/** One stored cell: the figures of one group in one bucket, as IndicatorRefresher computed them. */
export interface IndicatorCell extends CellFigures {
  readonly bucket: Date;
  readonly group: string;
}

export interface CellQuery {
  readonly scope: string;
  readonly interval: IntervalKind;
  readonly dimension: IndicatorDimension;
  /** Buckets starting at or after the bucket holding `from`, up to and including the one holding `to`. */
  readonly from: Date;
  readonly to: Date;
}

/** Reads `insights.indicator_cell`: one indexed range scan, whatever the number of cases. */
@Injectable()
export class IndicatorCellsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** The instant the cells were last computed for, and when that was (nulls: never). */
  async refreshState(): Promise<{ asOf: Date | null; refreshedAt: Date | null }> {
    const rows: { as_of: Date | null; refreshed_at: Date | null }[] = await this.dataSource.query(
      `SELECT as_of, refreshed_at FROM insights.refresh_state`,
    );
    return { asOf: rows[0]?.as_of ?? null, refreshedAt: rows[0]?.refreshed_at ?? null };
  }

  /** The first bucket of this interval kind that has any figures. */
  async firstBucket(interval: IntervalKind): Promise<Date | undefined> {
    const rows: { first: Date | null }[] = await this.dataSource.query(
      `SELECT MIN(bucket) AS first FROM insights.indicator_cell WHERE scope = 'all' AND interval = $1 AND dimension = 'total'`,
      [interval],
    );
    return rows[0]?.first ?? undefined;
  }

  async cells(query: CellQuery): Promise<IndicatorCell[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT (EXTRACT(EPOCH FROM bucket) * 1000)::float8 AS bucket_ms, grp, cases, reported, resolved, open, backlog_p50, backlog_p90, first_response_p50,
              first_response_p90, resolution_p50, resolution_p90, sla_breached, reopened, paper_multidose,
              multiple_patients
       FROM insights.indicator_cell
       WHERE scope = $1 AND interval = $2 AND dimension = $3
         AND bucket >= date_trunc($2, $4::timestamptz, 'UTC') AND bucket <= $5::timestamptz
       ORDER BY bucket, grp`,
      [query.scope, query.interval, query.dimension, query.from, query.to],
    );
    // Many groups share a bucket: one Date each, not one per row.
    const buckets = new Map<number, Date>();
    const bucketOf = (ms: number) => buckets.get(ms) ?? buckets.set(ms, new Date(ms)).get(ms)!;
    return rows.map((row) => ({
      bucket: bucketOf(row.bucket_ms as number),
      group: row.grp as string,
      cases: row.cases as number,
      reported: row.reported as number,
      resolved: row.resolved as number,
      open: row.open as number,
      backlogP50: row.backlog_p50 as number | null,
      backlogP90: row.backlog_p90 as number | null,
      firstResponseP50: row.first_response_p50 as number | null,
      firstResponseP90: row.first_response_p90 as number | null,
      resolutionP50: row.resolution_p50 as number | null,
      resolutionP90: row.resolution_p90 as number | null,
      slaBreached: row.sla_breached as number,
      reopened: row.reopened as number,
      paperMultidose: row.paper_multidose as number,
      multiplePatients: row.multiple_patients as number,
    }));
  }
}
