import { Inject, Injectable, Logger } from '@nestjs/common';
import type { CatalogEvents } from '@lagspill/contracts';
import { caseIdOfStream } from '@lagspill/domain';
import { EventStore, Projection, type EventStoreTransaction, type RecordedEvent } from '@lagspill/event-store';
import { CaseClockRepository, CLOCK_EVENT_TYPES } from './case-clock.repository';

export const CASE_CLOCK_SUBSCRIPTION = 'routing.case-clock';
type ClockEvent = CatalogEvents<typeof CLOCK_EVENT_TYPES>;

/** Keeps `routing.case_clock` in step with the case events (see Projection: exactly once, rebuildable). */
@Injectable()
export class CaseClockProjection extends Projection<ClockEvent> {
  private readonly logger = new Logger(CaseClockProjection.name);

  constructor(
    @Inject(EventStore) store: EventStore,
    @Inject(CaseClockRepository) private readonly clocks: CaseClockRepository,
  ) {
    super(store, {
      name: CASE_CLOCK_SUBSCRIPTION,
      eventTypes: CLOCK_EVENT_TYPES,
      tables: ['routing.case_clock'],
      onError: (error, context) => this.logger.warn({ err: error }, `${context} failed; retrying`),
    });
  }

  protected async apply(events: readonly RecordedEvent<ClockEvent>[], tx: EventStoreTransaction): Promise<void> {
    for (const event of events) {
      const caseId = caseIdOfStream(event.streamId);
      if (caseId === undefined) continue;
      await this.clocks.apply(tx.sql, caseId, event);
    }
  }
}
