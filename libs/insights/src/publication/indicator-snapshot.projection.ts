import { Inject, Injectable, Logger } from '@nestjs/common';
import { INDICATORS_PUBLISHED, type IndicatorsPublishedEvent } from '@lagspill/contracts';
import { EventStore, Projection, type EventStoreTransaction, type RecordedEvent } from '@lagspill/event-store';
import { IndicatorSnapshotRepository } from './indicator-snapshot.repository';

export const INDICATOR_SNAPSHOT_SUBSCRIPTION = 'insights.indicator-snapshots';

/** Keeps insights.indicator_snapshot: one row per published week. */
@Injectable()
export class IndicatorSnapshotProjection extends Projection<IndicatorsPublishedEvent> {
  private readonly logger = new Logger(IndicatorSnapshotProjection.name);

  constructor(
    @Inject(EventStore) store: EventStore,
    @Inject(IndicatorSnapshotRepository) private readonly snapshots: IndicatorSnapshotRepository,
  ) {
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
    for (const { data: snapshot } of events) await this.snapshots.add(sql, snapshot);
  }
}
