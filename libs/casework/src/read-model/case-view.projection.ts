import { Inject, Injectable } from '@nestjs/common';
import {
  applyToDocument,
  CASE_EVENT_TYPES,
  caseIdOf,
  caseIdOfStream,
  Directory,
  type CaseDocument,
  type CaseEvent,
} from '@lagspill/domain';
import {
  EventStore,
  Projection,
  type EventStoreTransaction,
  type RecordedEvent,
  type SqlExecutor,
} from '@lagspill/event-store';
import { toCaseViewRow, type CaseViewRow } from './case-view-row';

export const CASE_VIEW_SUBSCRIPTION = 'casework.case-view';

/** Keeps `casework.case_view` folded from the log (see Projection: exactly once, rebuildable). */
@Injectable()
export class CaseViewProjection extends Projection<CaseEvent> {
  constructor(
    @Inject(EventStore) store: EventStore,
    @Inject(Directory) private readonly directory: Directory,
  ) {
    super(store, { name: CASE_VIEW_SUBSCRIPTION, eventTypes: CASE_EVENT_TYPES, tables: ['casework.case_view'] });
  }

  protected async apply(events: readonly RecordedEvent<CaseEvent>[], { sql }: EventStoreTransaction): Promise<void> {
    const caseEvents = events.filter((e) => caseIdOfStream(e.streamId) !== undefined);
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
      documents.set(id, applyToDocument(current, event, event.streamVersion));
      changed.add(id);
    }
    for (const id of changed) await upsert(sql, toCaseViewRow(documents.get(id) as CaseDocument, this.directory));
  }
}

async function upsert(sql: SqlExecutor, row: CaseViewRow): Promise<void> {
  await sql.query({
    name: 'casework.case_view.upsert',
    text: `INSERT INTO casework.case_view (id, reference, version, status, category, subcategory, party, routed_parties,
             reporter_organisation, organisation_type, helsefellesskap, region, reported_at, updated_at, due_at, search_text,
             document)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text[], $9, $10, $11, $12, $13, $14, $15, $16, $17::jsonb)
           ON CONFLICT (id) DO UPDATE SET
             reference = EXCLUDED.reference, version = EXCLUDED.version, status = EXCLUDED.status,
             category = EXCLUDED.category, subcategory = EXCLUDED.subcategory, party = EXCLUDED.party,
             routed_parties = EXCLUDED.routed_parties, reporter_organisation = EXCLUDED.reporter_organisation,
             organisation_type = EXCLUDED.organisation_type, helsefellesskap = EXCLUDED.helsefellesskap,
             region = EXCLUDED.region, reported_at = EXCLUDED.reported_at, updated_at = EXCLUDED.updated_at,
             due_at = EXCLUDED.due_at, search_text = EXCLUDED.search_text, document = EXCLUDED.document`,
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
      row.dueAt,
      row.searchText,
      JSON.stringify(row.document),
    ],
  });
}
