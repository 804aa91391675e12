import { Inject, Injectable } from '@nestjs/common';
import { INDICATORS_PUBLISHED, newEvent, snapshotStreamId, type IndicatorSnapshot } from '@lagspill/contracts';
import { Clock, Directory } from '@lagspill/domain';
import { EventStore, StreamVersionConflictError } from '@lagspill/event-store';
import { IndicatorCellsRepository } from '../indicators/indicator-cells.repository';
import { groupLabel } from '../indicators/indicator-labels';
import { nextBucket } from '../indicators/interval';
import { hiddenCells } from '../indicators/small-group-suppression';
import { rowOf } from '../queries/get-indicators/indicator-table';
import { isoWeek, SNAPSHOT_DIMENSIONS } from './indicator-snapshot';
import { IndicatorSnapshotRepository } from './indicator-snapshot.repository';

/**
 * Publishes each complete week's indicators once, as an `indicators.published` event on the week's own
 * stream (`indicators-2026-W47`): the stream must be new, so two processes can never publish a week twice.
 */
@Injectable()
export class IndicatorPublisher {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(IndicatorSnapshotRepository) private readonly snapshots: IndicatorSnapshotRepository,
    @Inject(IndicatorCellsRepository) private readonly cells: IndicatorCellsRepository,
    @Inject(Directory) private readonly directory: Directory,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** Publishes every week that ended at or before `asOf` (the cells' as-of) and is not published yet. */
  async publishDue(asOf: Date): Promise<string[]> {
    const first = await this.cells.firstBucket('week');
    if (!first) return [];
    const published = await this.snapshots.publishedWeeks();
    const done: string[] = [];
    for (let monday = first; nextBucket('week', monday) <= asOf; monday = nextBucket('week', monday)) {
      const week = isoWeek(monday);
      if (!published.has(week) && (await this.publish(week, monday))) done.push(week);
    }
    return done;
  }

  private async publish(week: string, monday: Date): Promise<boolean> {
    const end = nextBucket('week', monday);
    const tables = {} as Record<(typeof SNAPSHOT_DIMENSIONS)[number], IndicatorSnapshot['tables']['total']>;
    const bucket = { start: monday.toISOString(), end: end.toISOString() };
    for (const dimension of SNAPSHOT_DIMENSIONS) {
      const cells = await this.cells.cells({ scope: 'all', interval: 'week', dimension, from: monday, to: monday });
      const hidden = hiddenCells(cells);
      tables[dimension] = cells.map((cell) =>
        rowOf(cell, bucket, groupLabel(dimension, cell.group, this.directory), hidden.has(cell)),
      );
    }
    const snapshot: IndicatorSnapshot = {
      week,
      start: monday.toISOString(),
      end: end.toISOString(),
      publishedAt: this.clock.now().toISOString(),
      tables,
    };
    try {
      await this.store.append(snapshotStreamId(week), 0, [newEvent(INDICATORS_PUBLISHED, snapshot)]);
      return true;
    } catch (error) {
      if (error instanceof StreamVersionConflictError) return false; // another process published it
      throw error;
    }
  }
}
