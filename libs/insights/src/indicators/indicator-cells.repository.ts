import { Inject, Injectable } from '@nestjs/common';
import type { IndicatorDimension } from '@lagspill/contracts';
import { EventStore, type SqlExecutor } from '@lagspill/event-store';
import type { ComputedCell } from './indicator-cells.calculator';
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
  readonly bothMultidose: number;
  readonly multiplePatients: number;
  readonly fragmentedList: number;
  readonly harmful: number;
  readonly harmfulNotified: number;
  readonly harmfulWillNotify: number;
  readonly harmfulNotNotified: number;
  readonly harmfulNotStated: number;
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

/**
 * `insights.indicator_cell`: written by IndicatorRefresher in its transaction; read in one indexed range
 * scan, whatever the number of cases.
 */
@Injectable()
export class IndicatorCellsRepository {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  /** Forgets the cells of `interval` from the bucket starting at `first` on, to compute them again. */
  async deleteFrom(sql: SqlExecutor, interval: IntervalKind, first: Date): Promise<void> {
    await sql.query(`DELETE FROM insights.indicator_cell WHERE interval = $1 AND bucket >= $2`, [interval, first]);
  }

  /** Writes computed cells in one statement (arrays unnested by PostgreSQL). */
  async insert(sql: SqlExecutor, cells: readonly ComputedCell[]): Promise<void> {
    if (cells.length === 0) return;
    const column = <T>(pick: (cell: ComputedCell) => T) => cells.map(pick);
    await sql.query(
      `INSERT INTO insights.indicator_cell (scope, interval, bucket, dimension, grp, cases, reported, resolved, open,
         backlog_p50, backlog_p90, first_response_p50, first_response_p90, resolution_p50, resolution_p90,
         sla_breached, reopened, paper_multidose, multiple_patients, both_multidose, fragmented_list, harmful,
         harmful_notified, harmful_will_notify, harmful_not_notified, harmful_not_stated)
       SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::text[], $5::text[], $6::int[], $7::int[],
         $8::int[], $9::int[], $10::float8[], $11::float8[], $12::float8[], $13::float8[], $14::float8[], $15::float8[],
         $16::int[], $17::int[], $18::int[], $19::int[], $20::int[], $21::int[], $22::int[], $23::int[], $24::int[],
         $25::int[], $26::int[])`,
      [
        column((c) => c.scope),
        column((c) => c.interval),
        column((c) => new Date(c.bucket)),
        column((c) => c.dimension),
        column((c) => c.group),
        column((c) => c.cases),
        column((c) => c.reported),
        column((c) => c.resolved),
        column((c) => c.open),
        column((c) => c.backlogP50),
        column((c) => c.backlogP90),
        column((c) => c.firstResponseP50),
        column((c) => c.firstResponseP90),
        column((c) => c.resolutionP50),
        column((c) => c.resolutionP90),
        column((c) => c.slaBreached),
        column((c) => c.reopened),
        column((c) => c.paperMultidose),
        column((c) => c.multiplePatients),
        column((c) => c.bothMultidose),
        column((c) => c.fragmentedList),
        column((c) => c.harmful),
        column((c) => c.harmfulNotified),
        column((c) => c.harmfulWillNotify),
        column((c) => c.harmfulNotNotified),
        column((c) => c.harmfulNotStated),
      ],
    );
  }

  /** The first bucket of this interval kind that has any figures. */
  async firstBucket(interval: IntervalKind): Promise<Date | undefined> {
    const { rows } = await this.store.sql.query<{ first: Date | null }>(
      `SELECT MIN(bucket) AS first FROM insights.indicator_cell WHERE scope = 'all' AND interval = $1 AND dimension = 'total'`,
      [interval],
    );
    return rows[0]?.first ?? undefined;
  }

  async cells(query: CellQuery): Promise<IndicatorCell[]> {
    const { rows } = await this.store.sql.query(
      `SELECT (EXTRACT(EPOCH FROM bucket) * 1000)::float8 AS bucket_ms, grp, cases, reported, resolved, open, backlog_p50, backlog_p90, first_response_p50,
              first_response_p90, resolution_p50, resolution_p90, sla_breached, reopened, paper_multidose,
              multiple_patients, both_multidose, fragmented_list, harmful, harmful_notified, harmful_will_notify,
              harmful_not_notified, harmful_not_stated
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
      bothMultidose: row.both_multidose as number,
      fragmentedList: row.fragmented_list as number,
      harmful: row.harmful as number,
      harmfulNotified: row.harmful_notified as number,
      harmfulWillNotify: row.harmful_will_notify as number,
      harmfulNotNotified: row.harmful_not_notified as number,
      harmfulNotStated: row.harmful_not_stated as number,
    }));
  }
}
