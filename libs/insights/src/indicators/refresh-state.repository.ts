import { Inject, Injectable } from '@nestjs/common';
import { EventStore, type SqlExecutor } from '@lagspill/event-store';

/**
 * insights.refresh_state, its one row: from when on the indicator cells no longer match the facts (the
 * dirty mark, set by the case-facts projection) and the instant the cells were last computed for.
 */
@Injectable()
export class RefreshStateRepository {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  /** Cells from this instant on no longer match the facts. */
  async markDirty(sql: SqlExecutor, from: Date): Promise<void> {
    await sql.query(
      `UPDATE insights.refresh_state SET dirty_from = LEAST(COALESCE(dirty_from, $1::timestamptz), $1::timestamptz)`,
      [from],
    );
  }

  /** Clears the dirty mark and answers what it was (null: nothing changed). */
  async takeDirtyMark(sql: SqlExecutor): Promise<Date | null> {
    const { rows } = await sql.query<{ dirty_from: Date | null }>(
      `UPDATE insights.refresh_state s SET dirty_from = NULL
       FROM (SELECT dirty_from FROM insights.refresh_state FOR UPDATE) old
       RETURNING old.dirty_from`,
    );
    return rows[0].dirty_from;
  }

  /** The instant the cells were last computed for (null: never). */
  async lastAsOf(sql: SqlExecutor): Promise<Date | null> {
    const { rows } = await sql.query<{ as_of: Date | null }>(`SELECT as_of FROM insights.refresh_state`);
    return rows[0]?.as_of ?? null;
  }

  async refreshed(sql: SqlExecutor, asOf: Date): Promise<void> {
    await sql.query(`UPDATE insights.refresh_state SET as_of = $1, refreshed_at = clock_timestamp()`, [asOf]);
  }

  /** The instant the cells were last computed for, and when that was (nulls: never). */
  async state(): Promise<{ asOf: Date | null; refreshedAt: Date | null }> {
    const { rows } = await this.store.sql.query<{ as_of: Date | null; refreshed_at: Date | null }>(
      `SELECT as_of, refreshed_at FROM insights.refresh_state`,
    );
    return { asOf: rows[0]?.as_of ?? null, refreshedAt: rows[0]?.refreshed_at ?? null };
  }
}
