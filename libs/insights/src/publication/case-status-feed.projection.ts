import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  CASE_DECIDER,
  CASE_EVENT_TYPES,
  caseEventTime,
  caseIdOfStream,
  Directory,
  type CaseEvent,
  type CaseReportedData,
  type CaseState,
} from '@lagspill/domain';
import {
  EventStore,
  Projection,
  type EventStoreTransaction,
  type RecordedEvent,
  type SqlExecutor,
} from '@lagspill/event-store';

export const CASE_STATUS_FEED_SUBSCRIPTION = 'insights.case-status-feed';

interface Tracked {
  readonly reference: string;
  readonly reporterOrganisation: string;
  readonly region: string | null;
  readonly state: CaseState;
}

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
  ) {
    super(store, {
      name: CASE_STATUS_FEED_SUBSCRIPTION,
      eventTypes: CASE_EVENT_TYPES,
      tables: ['insights.status_change', 'insights.case_status'],
      onError: (error, context) => this.logger.warn({ err: error }, `${context} failed; retrying`),
    });
  }

  protected async apply(events: readonly RecordedEvent<CaseEvent>[], { sql }: EventStoreTransaction): Promise<void> {
    for (const event of events) {
      const caseId = caseIdOfStream(event.streamId);
      if (caseId === undefined) continue;
      const tracked = event.type === 'case.reported' ? this.reported(event.data) : await load(sql, caseId);
      if (!tracked) continue;
      const before = tracked.state;
      const state = CASE_DECIDER.evolve(event.type === 'case.reported' ? CASE_DECIDER.initialState : before, event);
      await save(sql, caseId, { ...tracked, state });
      const routedPartiesChanged = state.routedParties.length !== before.routedParties.length;
      if (routedPartiesChanged) {
        // Visibility follows the case: a party it is forwarded to may see its earlier changes too.
        await sql.query(`UPDATE insights.status_change SET routed_parties = $2::text[] WHERE case_id = $1`, [
          caseId,
          state.routedParties,
        ]);
      }
      if (state.status === undefined || (state.status === before.status && state.party === before.party)) continue;
      await sql.query(
        `INSERT INTO insights.status_change (event_id, case_id, reference, type, status, party, at,
                                             reporter_organisation, region, routed_parties)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::text[]) ON CONFLICT (event_id) DO NOTHING`,
        [
          event.eventId,
          caseId,
          tracked.reference,
          event.type,
          state.status,
          state.party ?? null,
          caseEventTime(event),
          tracked.reporterOrganisation,
          tracked.region,
          state.routedParties,
        ],
      );
    }
  }

  private reported(report: CaseReportedData): Tracked {
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

async function load(sql: SqlExecutor, caseId: string): Promise<Tracked | undefined> {
  const { rows } = await sql.query<{
    reference: string;
    reporter_organisation: string;
    region: string | null;
    state: CaseState;
  }>(`SELECT reference, reporter_organisation, region, state FROM insights.case_status WHERE case_id = $1`, [caseId]);
  const row = rows[0];
  return (
    row && {
      reference: row.reference,
      reporterOrganisation: row.reporter_organisation,
      region: row.region,
      state: row.state,
    }
  );
}

async function save(sql: SqlExecutor, caseId: string, tracked: Tracked): Promise<void> {
  await sql.query(
    `INSERT INTO insights.case_status (case_id, reference, reporter_organisation, region, state)
     VALUES ($1, $2, $3, $4, $5::jsonb) ON CONFLICT (case_id) DO UPDATE SET state = EXCLUDED.state`,
    [caseId, tracked.reference, tracked.reporterOrganisation, tracked.region, JSON.stringify(tracked.state)],
  );
}
