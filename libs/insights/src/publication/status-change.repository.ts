import { Inject, Injectable } from '@nestjs/common';
import type { Viewer } from '@lagspill/domain';
import { DataSource } from 'typeorm';

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

/** Reads insights.status_change in log order, only the cases the viewer may see (canSeeCase, in SQL). */
@Injectable()
export class StatusChangeRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async after(position: number, limit: number, viewer: Viewer): Promise<StatusChange[]> {
    const [where, values] = visibleTo(viewer);
    const rows: Record<string, string | Date | null>[] = await this.dataSource.query(
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
