import { Inject, Injectable, Logger } from '@nestjs/common';
import { CASE_ERASED, type CatalogEvents } from '@lagspill/contracts';
import { caseIdOfStream } from '@lagspill/domain';
import { EventStore, Projection, type EventStoreTransaction, type RecordedEvent } from '@lagspill/event-store';
import { ClosedCasesRepository } from './closed-cases.repository';

export const CLOSED_CASES_SUBSCRIPTION = 'retention.closed-cases';
const CLOSED_CASES_EVENT_TYPES = ['case.closed', 'case.reopened', CASE_ERASED] as const;
type ClosedCasesEvent = CatalogEvents<typeof CLOSED_CASES_EVENT_TYPES>;

/** Keeps `retention.closed_case` in step with closings, reopenings and erasures (exactly once, rebuildable). */
@Injectable()
export class ClosedCasesProjection extends Projection<ClosedCasesEvent> {
  private readonly logger = new Logger(ClosedCasesProjection.name);

  constructor(
    @Inject(EventStore) store: EventStore,
    @Inject(ClosedCasesRepository) private readonly cases: ClosedCasesRepository,
  ) {
    super(store, {
      name: CLOSED_CASES_SUBSCRIPTION,
      eventTypes: CLOSED_CASES_EVENT_TYPES,
      tables: ['retention.closed_case'],
      onError: (error, context) => this.logger.warn({ err: error }, `${context} failed; retrying`),
    });
  }

  protected async apply(
    events: readonly RecordedEvent<ClosedCasesEvent>[],
    { sql }: EventStoreTransaction,
  ): Promise<void> {
    for (const event of events) {
      if (event.type === CASE_ERASED) {
        await this.cases.erased(sql, event.data.caseId, event.data.at);
        continue;
      }
      const caseId = caseIdOfStream(event.streamId);
      if (caseId === undefined) continue;
      if (event.type === 'case.closed') await this.cases.closed(sql, caseId, event.data.at);
      else await this.cases.reopened(sql, caseId);
    }
  }
}
