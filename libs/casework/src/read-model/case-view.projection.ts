import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import {
  applyToDocument,
  CASE_EVENT_SCHEMA_VERSIONS,
  Directory,
  type CaseDocument,
  type CaseEvent,
} from '@lagspill/domain';
import { EventStore, type RecordedEvent, type SqlExecutor, type Subscription } from '@lagspill/event-store';
import { toCaseViewRow, type CaseViewRow } from './case-view-row';

export const CASE_VIEW_SUBSCRIPTION = 'casework.case-view';
const CASE_STREAM_PREFIX = 'case-';
const CASE_EVENT_TYPES = Object.keys(CASE_EVENT_SCHEMA_VERSIONS);

/**
 * Keeps `casework.case_view` folded from the log: a transactional subscription, so each batch's row
 * writes commit together with its checkpoint and every event counts exactly once.
 */
@Injectable()
export class CaseViewProjection implements OnApplicationBootstrap, OnApplicationShutdown {
  private subscription: Subscription | undefined;

  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Directory) private readonly directory: Directory,
  ) {}

  onApplicationBootstrap(): void {
    this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  start(): void {
    this.subscription ??= this.store
      .subscribe({
        name: CASE_VIEW_SUBSCRIPTION,
        eventTypes: CASE_EVENT_TYPES,
        handle: (events, tx) => this.apply(events, tx.sql),
      })
      .start();
  }

  async stop(): Promise<void> {
    const subscription = this.subscription;
    this.subscription = undefined;
    await subscription?.stop();
  }

  /** Resolves once every event committed before the call is in the table. For tests and replays. */
  async whenCaughtUp(timeoutMs?: number): Promise<void> {
    if (!this.subscription) throw new Error(`${CASE_VIEW_SUBSCRIPTION} is not running`);
    await this.subscription.whenCaughtUp(timeoutMs);
  }

  /**
   * Throws the table and the checkpoint away and folds the whole log again. Refuses while another
   * process runs the projection (it holds the subscription's lock): stop that one first.
   */
  async rebuild(timeoutMs = 600_000): Promise<void> {
    await this.stop();
    await this.store.transaction(async (tx) => {
      const { rows } = await tx.sql.query<{ locked: boolean }>(
        `SELECT pg_try_advisory_xact_lock(hashtextextended('event_store.subscription:' || $1, 0)) AS locked`,
        [CASE_VIEW_SUBSCRIPTION],
      );
      if (!rows[0].locked) {
        throw new Error(`${CASE_VIEW_SUBSCRIPTION} is running in another process: stop it before a rebuild`);
      }
      await tx.sql.query(`DELETE FROM casework.case_view`);
      await tx.sql.query(`DELETE FROM event_store.subscriptions WHERE name = $1`, [CASE_VIEW_SUBSCRIPTION]);
    });
    this.start();
    await this.whenCaughtUp(timeoutMs);
  }

  private async apply(events: readonly RecordedEvent[], sql: SqlExecutor): Promise<void> {
    const caseEvents = events.filter((e) => e.streamId.startsWith(CASE_STREAM_PREFIX));
    if (caseEvents.length === 0) return;
    const ids = [...new Set(caseEvents.map(caseIdOf))];
    const { rows } = await sql.query<{ id: string; document: CaseDocument }>(
      `SELECT id, document FROM casework.case_view WHERE id = ANY($1::text[])`,
      [ids],
    );
    const documents = new Map(rows.map((row) => [row.id, row.document]));
    const changed = new Set<string>();
    for (const event of caseEvents) {
      const id = caseIdOf(event);
      const current = documents.get(id);
      // Never fold an event twice (the checkpoint already prevents it; this keeps the row safe regardless).
      if (current && current.version >= event.streamVersion) continue;
      documents.set(
        id,
        applyToDocument(current, { type: event.type, data: event.data } as CaseEvent, event.streamVersion),
      );
      changed.add(id);
    }
    for (const id of changed) await upsert(sql, toCaseViewRow(documents.get(id) as CaseDocument, this.directory));
  }
}

function caseIdOf(event: RecordedEvent): string {
  return event.streamId.slice(CASE_STREAM_PREFIX.length);
}

async function upsert(sql: SqlExecutor, row: CaseViewRow): Promise<void> {
  await sql.query({
    name: 'casework.case_view.upsert',
    text: `INSERT INTO casework.case_view (id, reference, version, status, category, subcategory, party, routed_parties,
             reporter_organisation, organisation_type, helsefellesskap, region, reported_at, updated_at, search_text, document)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text[], $9, $10, $11, $12, $13, $14, $15, $16::jsonb)
           ON CONFLICT (id) DO UPDATE SET
             reference = EXCLUDED.reference, version = EXCLUDED.version, status = EXCLUDED.status,
             category = EXCLUDED.category, subcategory = EXCLUDED.subcategory, party = EXCLUDED.party,
             routed_parties = EXCLUDED.routed_parties, reporter_organisation = EXCLUDED.reporter_organisation,
             organisation_type = EXCLUDED.organisation_type, helsefellesskap = EXCLUDED.helsefellesskap,
             region = EXCLUDED.region, reported_at = EXCLUDED.reported_at, updated_at = EXCLUDED.updated_at,
             search_text = EXCLUDED.search_text, document = EXCLUDED.document`,
    values: [
      row.id,
      row.reference,
      row.version,
      row.status,
      row.category,
      row.subcategory,
      row.party,
      row.routedParties,
      row.reporterOrganisation,
      row.organisationType,
      row.helsefellesskap,
      row.region,
      row.reportedAt,
      row.updatedAt,
      row.searchText,
      JSON.stringify(row.document),
    ],
  });
}
