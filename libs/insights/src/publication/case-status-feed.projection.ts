import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  CASE_DECIDER,
  CASE_EVENT_TYPES,
  caseEventTime,
  caseIdOfStream,
  Directory,
  type CaseEvent,
  type CaseReportedData,
} from '@lagspill/domain';
import { EventStore, Projection, type EventStoreTransaction, type RecordedEvent } from '@lagspill/event-store';
import { CaseStatusRepository, type TrackedCase } from './case-status.repository';
import { StatusChangeRepository, type NewStatusChange } from './status-change.repository';

export const CASE_STATUS_FEED_SUBSCRIPTION = 'insights.case-status-feed';

/**
 * The feed of status changes outside systems read (GET /api/status-changes): one row per event that
 * changed a case's status or the party it is with, with both after it. Folds each case with the domain's own evolve, so
 * "back from awaiting information" lands on the status the case had before. No free text goes in.
 */
@Injectable()
export class CaseStatusFeedProjection extends Projection<CaseEvent> {
  private readonly logger = new Logger(CaseStatusFeedProjection.name);

  constructor(
    @Inject(EventStore) store: EventStore,
    @Inject(Directory) private readonly directory: Directory,
    @Inject(CaseStatusRepository) private readonly cases: CaseStatusRepository,
    @Inject(StatusChangeRepository) private readonly changes: StatusChangeRepository,
  ) {
    super(store, {
      name: CASE_STATUS_FEED_SUBSCRIPTION,
      eventTypes: CASE_EVENT_TYPES,
      tables: ['insights.status_change', 'insights.case_status'],
      onError: (error, context) => this.logger.warn({ err: error }, `${context} failed; retrying`),
    });
  }

  /** One read and at most three writes a batch, whatever its size: the feed is on every case event. */
  protected async apply(events: readonly RecordedEvent<CaseEvent>[], { sql }: EventStoreTransaction): Promise<void> {
    const caseIds = [...new Set(events.flatMap((event) => caseIdOfStream(event.streamId) ?? []))];
    const known = await this.cases.tracked(sql, caseIds);
    const changedCases = new Map<string, TrackedCase>();
    const routedParties = new Map<string, readonly string[]>();
    const changes: NewStatusChange[] = [];
    for (const event of events) {
      const caseId = caseIdOfStream(event.streamId);
      if (caseId === undefined) continue;
      const tracked = event.type === 'case.reported' ? this.reported(event.data) : known.get(caseId);
      if (!tracked) continue;
      const before = tracked.state;
      const state = CASE_DECIDER.evolve(event.type === 'case.reported' ? CASE_DECIDER.initialState : before, event);
      known.set(caseId, { ...tracked, state });
      changedCases.set(caseId, { ...tracked, state });
      if (state.routedParties.length !== before.routedParties.length) routedParties.set(caseId, state.routedParties);
      if (state.status === undefined || (state.status === before.status && state.party === before.party)) continue;
      changes.push({
        eventId: event.eventId,
        caseId,
        reference: tracked.reference,
        type: event.type,
        status: state.status,
        party: state.party ?? null,
        at: caseEventTime(event),
        reporterOrganisation: tracked.reporterOrganisation,
        region: tracked.region,
        routedParties: state.routedParties,
      });
    }
    await this.cases.saveAll(sql, changedCases);
    await this.changes.addAll(sql, changes);
    // After the inserts, so that a case's rows of this batch get its latest parties too.
    await this.changes.setRoutedParties(sql, routedParties);
  }

  private reported(report: CaseReportedData): TrackedCase {
    let region: string | null = null;
    try {
      region = this.directory.locate(report.reporter.organisation).helsefellesskap.region;
    } catch {
      // Left to admins if the organisation is not in the directory.
    }
    return {
      reference: report.reference,
      reporterOrganisation: report.reporter.organisation,
      region,
      state: CASE_DECIDER.initialState,
    };
  }
}
