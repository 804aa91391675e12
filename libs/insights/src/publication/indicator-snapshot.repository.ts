import { Inject, Injectable } from '@nestjs/common';
import type { IndicatorSnapshot } from '@lagspill/contracts';
import { EventStore, type SqlExecutor } from '@lagspill/event-store';
import { hiddenInLine } from '../indicators/small-group-suppression';
import { suppressedRow, withEveryFigure } from '../queries/get-indicators/indicator-table';

/** insights.indicator_snapshot: one row per published week. */
@Injectable()
export class IndicatorSnapshotRepository {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  /** Once per week: the first publication stands. */
  async add(sql: SqlExecutor, snapshot: IndicatorSnapshot): Promise<void> {
    await sql.query(
      `INSERT INTO insights.indicator_snapshot (week, start, published_at, snapshot) VALUES ($1, $2, $3, $4::jsonb)
       ON CONFLICT (week) DO NOTHING`,
      [snapshot.week, snapshot.start, snapshot.publishedAt, JSON.stringify(snapshot)],
    );
  }

  async publishedWeeks(): Promise<Set<string>> {
    const { rows } = await this.store.sql.query<{ week: string }>(`SELECT week FROM insights.indicator_snapshot`);
    return new Set(rows.map((row) => row.week));
  }

  /**
   * Snapshots of weeks starting in [from, to] (either open), newest first, as they may be read today: a
   * week published before the complementary rule may have left one group hidden alone in a grouping,
   * given away by the total; such a group's smallest neighbour is hidden on the way out. A figure added
   * after a week was published reads as null there (not counted then).
   */
  async list(from: Date | null, to: Date | null, limit: number): Promise<IndicatorSnapshot[]> {
    const { rows } = await this.store.sql.query<{ snapshot: IndicatorSnapshot }>(
      `SELECT snapshot FROM insights.indicator_snapshot
       WHERE ($1::timestamptz IS NULL OR start >= $1) AND ($2::timestamptz IS NULL OR start <= $2)
       ORDER BY start DESC LIMIT $3`,
      [from, to, limit],
    );
    return rows.map((row) => withComplementsHidden(row.snapshot));
  }
}

function withComplementsHidden(snapshot: IndicatorSnapshot): IndicatorSnapshot {
  const tables = { ...snapshot.tables };
  for (const dimension of Object.keys(tables) as (keyof typeof tables)[]) {
    const rows = tables[dimension];
    const hidden = hiddenInLine(rows.map((row) => ({ group: row.group, cases: row.suppressed ? null : row.cases })));
    tables[dimension] = rows.map((row, i) =>
      hidden[i] && !row.suppressed ? suppressedRow(row) : withEveryFigure(row),
    );
  }
  return { ...snapshot, tables };
}
