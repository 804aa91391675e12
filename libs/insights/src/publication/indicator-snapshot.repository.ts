import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { IndicatorSnapshot } from './indicator-snapshot';

/** Reads insights.indicator_snapshot. */
@Injectable()
export class IndicatorSnapshotRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async publishedWeeks(): Promise<Set<string>> {
    const rows: { week: string }[] = await this.dataSource.query(`SELECT week FROM insights.indicator_snapshot`);
    return new Set(rows.map((row) => row.week));
  }

  /** Snapshots of weeks starting in [from, to] (either open), newest first. */
  async list(from: Date | null, to: Date | null, limit: number): Promise<IndicatorSnapshot[]> {
    const rows: { snapshot: IndicatorSnapshot }[] = await this.dataSource.query(
      `SELECT snapshot FROM insights.indicator_snapshot
       WHERE ($1::timestamptz IS NULL OR start >= $1) AND ($2::timestamptz IS NULL OR start <= $2)
       ORDER BY start DESC LIMIT $3`,
      [from, to, limit],
    );
    return rows.map((row) => row.snapshot);
  }
}
