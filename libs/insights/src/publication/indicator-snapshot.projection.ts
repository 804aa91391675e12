import { Inject, Injectable, Logger } from '@nestjs/common';
import { INDICATORS_PUBLISHED, type IndicatorsPublishedEvent } from '@lagspill/contracts';
import { EventStore, Projection, type EventStoreTransaction, type RecordedEvent } from '@lagspill/event-store';

export const INDICATOR_SNAPSHOT_SUBSCRIPTION = 'insights.indicator-snapshots';

/** Keeps insights.indicator_snapshot: one row per published week. */
@Injectable()
export class IndicatorSnapshotProjection extends Projection<IndicatorsPublishedEvent> {
  private readonly logger = new Logger(IndicatorSnapshotProjection.name);

  constructor(@Inject(EventStore) store: EventStore) {
    super(store, {
      name: INDICATOR_SNAPSHOT_SUBSCRIPTION,
      eventTypes: [INDICATORS_PUBLISHED],
      tables: ['insights.indicator_snapshot'],
      onError: (error, context) => this.logger.warn({ err: error }, `${context} failed; retrying`),
    });
  }

  protected async apply(
    events: readonly RecordedEvent<IndicatorsPublishedEvent>[],
    { sql }: EventStoreTransaction,
  ): Promise<void> {
    for (const { data: snapshot } of events) {
      await sql.query(
        `INSERT INTO insights.indicator_snapshot (week, start, published_at, snapshot) VALUES ($1, $2, $3, $4::jsonb)
         ON CONFLICT (week) DO NOTHING`,
        [snapshot.week, snapshot.start, snapshot.publishedAt, JSON.stringify(snapshot)],
      );
    }
  }
}
