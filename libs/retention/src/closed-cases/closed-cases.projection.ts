import { Inject, Injectable, Logger } from '@nestjs/common';
import { caseIdOfStream } from '@lagspill/domain';
import { EventStore, Projection, type EventStoreTransaction, type RecordedEvent } from '@lagspill/event-store';
import { CASE_ERASED, type CaseErasedData } from '../erase-expired-cases/case-erased.event';
import { ClosedCasesRepository } from './closed-cases.repository';

export const CLOSED_CASES_SUBSCRIPTION = 'retention.closed-cases';

/** Keeps `retention.closed_case` in step with closings, reopenings and erasures (exactly once, rebuildable). */
@Injectable()
export class ClosedCasesProjection extends Projection {
  private readonly logger = new Logger(ClosedCasesProjection.name);

  constructor(
    @Inject(EventStore) store: EventStore,
    @Inject(ClosedCasesRepository) private readonly cases: ClosedCasesRepository,
  ) {
    super(store, {
      name: CLOSED_CASES_SUBSCRIPTION,
      eventTypes: ['case.closed', 'case.reopened', CASE_ERASED],
      tables: ['retention.closed_case'],
      onError: (error, context) => this.logger.warn({ err: error }, `${context} failed; retrying`),
    });
  }

  protected async apply(events: readonly RecordedEvent[], { sql }: EventStoreTransaction): Promise<void> {
    for (const event of events) {
      if (event.type === CASE_ERASED) {
        const data = event.data as CaseErasedData;
        await this.cases.erased(sql, data.caseId, data.at);
        continue;
      }
      const caseId = caseIdOfStream(event.streamId);
      if (caseId === undefined) continue;
      if (event.type === 'case.closed') await this.cases.closed(sql, caseId, (event.data as { at: string }).at);
      else await this.cases.reopened(sql, caseId);
    }
  }
}
