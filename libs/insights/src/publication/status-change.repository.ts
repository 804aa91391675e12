import { Inject, Injectable } from '@nestjs/common';
import type { Viewer } from '@lagspill/domain';
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

  /** Once per event: an event handled again adds nothing. */
  async add(sql: SqlExecutor, change: NewStatusChange): Promise<void> {
    await sql.query(
      `INSERT INTO insights.status_change (event_id, case_id, reference, type, status, party, at,
                                           reporter_organisation, region, routed_parties)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::text[]) ON CONFLICT (event_id) DO NOTHING`,
      [
        change.eventId,
        change.caseId,
        change.reference,
        change.type,
        change.status,
        change.party,
        change.at,
        change.reporterOrganisation,
        change.region,
        change.routedParties,
      ],
    );
  }

  /** Visibility follows the case: a party it is forwarded to may see its earlier changes too. */
  async setRoutedParties(sql: SqlExecutor, caseId: string, routedParties: readonly string[]): Promise<void> {
    await sql.query(`UPDATE insights.status_change SET routed_parties = $2::text[] WHERE case_id = $1`, [
      caseId,
      routedParties,
    ]);
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
      return ['reporter_organisation = $3', [viewer.organisation ?? null]];
  }
}
