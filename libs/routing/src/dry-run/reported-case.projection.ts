import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EventOfType } from '@lagspill/contracts';
import { EventStore, Projection, type EventStoreTransaction, type RecordedEvent } from '@lagspill/event-store';
import { ReportedCaseRepository } from './reported-case.repository';

export const REPORTED_CASES_SUBSCRIPTION = 'routing.reported-cases';
type CaseReported = EventOfType<'case.reported'>;

/**
 * Keeps `routing.reported_case` from the log's reports, so a dry run can route past cases again without
 * reading another context's tables (see Projection: exactly once, rebuildable).
 */
@Injectable()
export class ReportedCaseProjection extends Projection<CaseReported> {
  private readonly logger = new Logger(ReportedCaseProjection.name);

  constructor(
    @Inject(EventStore) store: EventStore,
    @Inject(ReportedCaseRepository) private readonly reportedCases: ReportedCaseRepository,
  ) {
    super(store, {
      name: REPORTED_CASES_SUBSCRIPTION,
      eventTypes: ['case.reported'],
      tables: ['routing.reported_case'],
      onError: (error, context) => this.logger.warn({ err: error }, `${context} failed; retrying`),
    });
  }

  protected async apply(events: readonly RecordedEvent<CaseReported>[], tx: EventStoreTransaction): Promise<void> {
    await this.reportedCases.record(
      tx.sql,
      events.map((event) => event.data),
    );
  }
}
