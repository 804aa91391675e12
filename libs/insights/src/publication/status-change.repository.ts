import { Inject, Injectable } from '@nestjs/common';
import { organisationHolder, type Viewer } from '@lagspill/domain';
import { EventStore, type SqlExecutor } from '@lagspill/event-store';

export interface StatusChange {
  /** The cursor: pass the last one seen as `after` to read on. */
  readonly position: number;
  readonly caseId: string;
  readonly reference: string;
  readonly type: string;
  readonly status: string;
  readonly party: string | null;
  readonly at: string;
}

/** A row the feed adds: the event that changed the case, and its status and party after it. */
export interface NewStatusChange extends Omit<StatusChange, 'position'> {
  readonly eventId: string;
  readonly reporterOrganisation: string;
  readonly region: string | null;
  readonly routedParties: readonly string[];
}

/**
 * insights.status_change: written by the status feed projection; read in log order, only the cases the
 * viewer may see (canSeeCase, in SQL).
 */
@Injectable()
export class StatusChangeRepository {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  /** In the order given, once per event: an event handled again adds nothing. */
  async addAll(sql: SqlExecutor, changes: readonly NewStatusChange[]): Promise<void> {
    if (changes.length === 0) return;
    await sql.query(
      `INSERT INTO insights.status_change (event_id, case_id, reference, type, status, party, at,
                                           reporter_organisation, region, routed_parties)
       SELECT c.event_id, c.case_id, c.reference, c.type, c.status, c.party, c.at, c.reporter_organisation, c.region,
              c.routed_parties
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(change, n),
            jsonb_to_record(e.change) AS c(event_id text, case_id text, reference text, type text, status text,
              party text, at timestamptz, reporter_organisation text, region text, routed_parties text[])
       ORDER BY e.n
       ON CONFLICT (event_id) DO NOTHING`,
      [
        JSON.stringify(
          changes.map((change) => ({
            event_id: change.eventId,
            case_id: change.caseId,
            reference: change.reference,
            type: change.type,
            status: change.status,
            party: change.party,
            at: change.at,
            reporter_organisation: change.reporterOrganisation,
            region: change.region,
            routed_parties: change.routedParties,
          })),
        ),
      ],
    );
  }

  /** Visibility follows the case: a party it is forwarded to may see its earlier changes too. */
  async setRoutedParties(sql: SqlExecutor, routedParties: ReadonlyMap<string, readonly string[]>): Promise<void> {
    if (routedParties.size === 0) return;
    const entries = [...routedParties];
    await sql.query(
      `UPDATE insights.status_change s SET routed_parties = ARRAY(SELECT jsonb_array_elements_text(r.parties))
       FROM unnest($1::text[], $2::jsonb[]) AS r(case_id, parties) WHERE s.case_id = r.case_id`,
      [entries.map(([caseId]) => caseId), entries.map(([, parties]) => JSON.stringify(parties))],
    );
  }

  async after(position: number, limit: number, viewer: Viewer): Promise<StatusChange[]> {
    const [where, values] = visibleTo(viewer);
    const { rows } = await this.store.sql.query<Record<string, string | Date | null>>(
      `SELECT position, case_id, reference, type, status, party, at FROM insights.status_change
       WHERE position > $1 AND ${where} ORDER BY position LIMIT $2`,
      [position, limit, ...values],
    );
    return rows.map((row) => ({
      position: Number(row.position),
      caseId: row.case_id as string,
      reference: row.reference as string,
      type: row.type as string,
      status: row.status as string,
      party: row.party as string | null,
      at: (row.at as Date).toISOString(),
    }));
  }
}

function visibleTo(viewer: Viewer): [string, unknown[]] {
  switch (viewer.role) {
    case 'admin':
      return ['TRUE', []];
    case 'coordinator':
      return ['region = $3', [viewer.region ?? null]];
    case 'responder':
      return ['$3 = ANY(routed_parties)', [viewer.party ?? null]];
    case 'reporter':
    case 'system':
      // Its own reports, and those routed to it (canSeeCase).
      return [
        '(reporter_organisation = $3 OR $4 = ANY(routed_parties))',
        [
          viewer.organisation ?? null,
          viewer.organisation === undefined ? null : organisationHolder(viewer.organisation),
        ],
      ];
  }
}
