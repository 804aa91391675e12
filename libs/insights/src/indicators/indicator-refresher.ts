import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@lagspill/domain';
import { EventStore, runExclusively, type SqlExecutor } from '@lagspill/event-store';
import { CaseFactsRepository } from '../facts/case-facts.repository';
import { computeCells } from './indicator-cells.calculator';
import { IndicatorCellsRepository } from './indicator-cells.repository';
import { bucketStart, INTERVAL_KINDS, nextBucket, type IntervalKind } from './interval';
import { RefreshStateRepository } from './refresh-state.repository';

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
    @Inject(RefreshStateRepository) private readonly state: RefreshStateRepository,
    @Inject(CaseFactsRepository) private readonly facts: CaseFactsRepository,
    @Inject(IndicatorCellsRepository) private readonly cells: IndicatorCellsRepository,
  ) {}

  /**
   * Recomputes what is out of date as of `asOf`. Returns false when another process is refreshing.
   * The dirty mark is taken (and cleared) first in its own transaction: a batch the projection commits
   * meanwhile marks again and is picked up next time; a failed refresh puts the mark back.
   */
  async refresh(asOf: Date = this.clock.now()): Promise<boolean> {
    const taken = await this.store.transaction(({ sql }) => this.state.takeDirtyMark(sql));
    try {
      const done = await runExclusively(this.store, REFRESH_LOCK, async ({ sql }) => {
        // Buckets computed at the last refresh were open-ended at that instant: redo from there too.
        const from = earliest(taken, await this.state.lastAsOf(sql), asOf);
        for (const kind of INTERVAL_KINDS) await this.recompute(sql, kind, from, asOf);
        await this.state.refreshed(sql, asOf);
        return true;
      });
      if (!done) await this.putDirtyMarkBack(taken);
      return done ?? false;
    } catch (error) {
      await this.putDirtyMarkBack(taken);
      throw error;
    }
  }

  private async putDirtyMarkBack(taken: Date | null): Promise<void> {
    if (!taken) return;
    await this.store.transaction(({ sql }) => this.state.markDirty(sql, taken));
  }

  /** Recomputes every bucket of `kind` from the one holding `from` to the one holding `asOf`, chunk by chunk. */
  private async recompute(sql: SqlExecutor, kind: IntervalKind, from: Date, asOf: Date): Promise<void> {
    const first = bucketStart(kind, from);
    await this.cells.deleteFrom(sql, kind, first);
    for (let start = first; start <= asOf;) {
      const starts: number[] = [];
      const ends: number[] = [];
      for (let i = 0; i < BUCKETS_PER_CHUNK[kind] && start <= asOf; i++, start = nextBucket(kind, start)) {
        starts.push(start.getTime());
        ends.push(nextBucket(kind, start).getTime());
      }
      const instants = ends.map((end) => Math.min(end, asOf.getTime()));
      const cases = await this.facts.figures(sql, {
        from: starts[0],
        until: ends[ends.length - 1],
        asOf: asOf.getTime(),
        firstInstant: instants[0],
        lastInstant: instants[instants.length - 1],
      });
      await this.cells.insert(sql, computeCells(kind, starts, ends, asOf.getTime(), cases.values()));
    }
  }
}

function earliest(dirtyFrom: Date | null, lastAsOf: Date | null, asOf: Date): Date {
  const candidates = [dirtyFrom, lastAsOf, asOf].filter((d): d is Date => d !== null);
  return new Date(Math.min(...candidates.map((d) => d.getTime())));
}
