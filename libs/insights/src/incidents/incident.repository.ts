import { Inject, Injectable } from '@nestjs/common';
import type { Viewer } from '@lagspill/domain';
import { EventStore, type SqlExecutor } from '@lagspill/event-store';
import type { IncidentDocument } from './incident-document';

/**
 * insights.incident: written by the incident projection; read scoped in SQL: admins all, coordinators
 * their region's, responders their party's, reporters those with a case from their organisation.
 */
@Injectable()
export class IncidentRepository {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  /** The incident as folded so far, whoever may see it. */
  async document(sql: SqlExecutor, id: string): Promise<IncidentDocument | undefined> {
    const { rows } = await sql.query<{ document: IncidentDocument }>(
      `SELECT document FROM insights.incident WHERE id = $1`,
      [id],
    );
    return rows[0]?.document;
  }

  async save(sql: SqlExecutor, document: IncidentDocument): Promise<void> {
    await sql.query(
      `INSERT INTO insights.incident (id, party, regions, organisations, declared_at, document)
       VALUES ($1, $2, $3::text[], $4::text[], $5, $6::jsonb)
       ON CONFLICT (id) DO UPDATE SET document = EXCLUDED.document`,
      [
        document.id,
        document.party,
        document.regions,
        [...new Set(document.cases.map((c) => c.organisation))],
        document.declaredAt,
        JSON.stringify(document),
      ],
    );
  }

  async findVisible(id: string, viewer: Viewer): Promise<IncidentDocument | undefined> {
    const [where, values] = scope(viewer, 2);
    const { rows } = await this.store.sql.query<{ document: IncidentDocument }>(
      `SELECT document FROM insights.incident WHERE id = $1 AND ${where}`,
      [id, ...values],
    );
    return rows[0]?.document;
  }

  async listVisible(viewer: Viewer, limit: number): Promise<IncidentDocument[]> {
    const [where, values] = scope(viewer, 2);
    const { rows } = await this.store.sql.query<{ document: IncidentDocument }>(
      `SELECT document FROM insights.incident WHERE ${where} ORDER BY declared_at DESC, id LIMIT $1`,
      [limit, ...values],
    );
    return rows.map((row) => row.document);
  }
}

/** The visibility condition, its parameter numbered `$n`. */
function scope(viewer: Viewer, n: number): [string, unknown[]] {
  switch (viewer.role) {
    case 'admin':
      return ['TRUE', []];
    case 'coordinator':
      return [`$${n} = ANY(regions)`, [viewer.region ?? null]];
    case 'responder':
      return [`party = $${n}`, [viewer.party ?? null]];
    case 'reporter':
    case 'system':
      return [`$${n} = ANY(organisations)`, [viewer.organisation ?? null]];
  }
}
