import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@lagspill/domain';
import { EventStore } from '@lagspill/event-store';
import type { SqlExecutor } from '@lagspill/event-store';
import { computeCells } from './indicator-cells.calculator';
import { insertCells, loadCaseFigures } from './indicator-cells.loader';
import { bucketStart, INTERVAL_KINDS, nextBucket, type IntervalKind } from './interval';

const REFRESH_LOCK = 'insights.indicator-refresh';
/** Buckets computed together: enough to amortise the queries, few enough to keep memory bounded. */
const BUCKETS_PER_CHUNK: Readonly<Record<IntervalKind, number>> = { day: 31, week: 5, month: 1 };

/**
 * Keeps `insights.indicator_cell` in step with the case facts: recomputes every bucket from the earliest
 * changed instant (`refresh_state.dirty_from`) and the buckets still running (their "open at end" moves
 * with the clock), in one transaction, by one process at a time. IndicatorSchedule calls it.
 */
@Injectable()
export class IndicatorRefresher {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /**
   * Recomputes what is out of date as of `asOf`. Returns false when another process is refreshing.
   * The dirty mark is taken (and cleared) first in its own transaction: a batch the projection commits
   * meanwhile marks again and is picked up next time; a failed refresh puts the mark back.
   */
  async refresh(asOf: Date = this.clock.now()): Promise<boolean> {
    const taken = await this.takeDirtyMark();
    try {
      const done = await this.store.transaction(async ({ sql }) => {
        const { rows } = await sql.query<{ locked: boolean; as_of: Date | null }>(
          `SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS locked,
                  (SELECT as_of FROM insights.refresh_state) AS as_of`,
          [REFRESH_LOCK],
        );
        if (!rows[0].locked) return false;
        // Buckets computed at the last refresh were open-ended at that instant: redo from there too.
        const from = earliest(taken, rows[0].as_of, asOf);
        for (const kind of INTERVAL_KINDS) await recompute(sql, kind, from, asOf);
        await sql.query(`UPDATE insights.refresh_state SET as_of = $1, refreshed_at = clock_timestamp()`, [asOf]);
        return true;
      });
      if (!done) await this.putDirtyMarkBack(taken);
      return done;
    } catch (error) {
      await this.putDirtyMarkBack(taken);
      throw error;
    }
  }

  private async takeDirtyMark(): Promise<Date | null> {
    const { rows } = await this.store.transaction(({ sql }) =>
      sql.query<{ dirty_from: Date | null }>(
        `UPDATE insights.refresh_state s SET dirty_from = NULL
         FROM (SELECT dirty_from FROM insights.refresh_state FOR UPDATE) old
         RETURNING old.dirty_from`,
      ),
    );
    return rows[0].dirty_from;
  }

  private async putDirtyMarkBack(taken: Date | null): Promise<void> {
    if (!taken) return;
    await this.store.transaction(({ sql }) =>
      sql.query(
        `UPDATE insights.refresh_state SET dirty_from = LEAST(COALESCE(dirty_from, $1::timestamptz), $1::timestamptz)`,
        [taken],
      ),
    );
  }
}

/** Recomputes every bucket of `kind` from the one holding `from` to the one holding `asOf`, chunk by chunk. */
async function recompute(sql: SqlExecutor, kind: IntervalKind, from: Date, asOf: Date): Promise<void> {
  const first = bucketStart(kind, from);
  await sql.query(`DELETE FROM insights.indicator_cell WHERE interval = $1 AND bucket >= $2`, [kind, first]);
  for (let start = first; start <= asOf;) {
    const starts: number[] = [];
    const ends: number[] = [];
    for (let i = 0; i < BUCKETS_PER_CHUNK[kind] && start <= asOf; i++, start = nextBucket(kind, start)) {
      starts.push(start.getTime());
      ends.push(nextBucket(kind, start).getTime());
    }
    const instants = ends.map((end) => Math.min(end, asOf.getTime()));
    const cases = await loadCaseFigures(sql, {
      from: starts[0],
      until: ends[ends.length - 1],
      asOf: asOf.getTime(),
      firstInstant: instants[0],
      lastInstant: instants[instants.length - 1],
    });
    await insertCells(sql, computeCells(kind, starts, ends, asOf.getTime(), cases.values()));
  }
}

function earliest(dirtyFrom: Date | null, lastAsOf: Date | null, asOf: Date): Date {
  const candidates = [dirtyFrom, lastAsOf, asOf].filter((d): d is Date => d !== null);
  return new Date(Math.min(...candidates.map((d) => d.getTime())));
}
