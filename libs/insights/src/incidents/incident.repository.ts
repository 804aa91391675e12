import { Inject, Injectable } from '@nestjs/common';
import type { Viewer } from '@lagspill/domain';
import { DataSource } from 'typeorm';
import type { IncidentDocument } from './incident-document';

/**
 * Reads insights.incident, scoped in SQL: admins all, coordinators their region's, responders their
 * party's, reporters those with a case from their organisation.
 */
@Injectable()
export class IncidentRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async findVisible(id: string, viewer: Viewer): Promise<IncidentDocument | undefined> {
    const [where, values] = scope(viewer, 2);
    const rows: { document: IncidentDocument }[] = await this.dataSource.query(
      `SELECT document FROM insights.incident WHERE id = $1 AND ${where}`,
      [id, ...values],
    );
    return rows[0]?.document;
  }

  async listVisible(viewer: Viewer, limit: number): Promise<IncidentDocument[]> {
    const [where, values] = scope(viewer, 2);
    const rows: { document: IncidentDocument }[] = await this.dataSource.query(
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
