import { Injectable } from '@nestjs/common';
import type { CaseState } from '@lagspill/domain';
import type { SqlExecutor } from '@lagspill/event-store';

/** What the status feed keeps of a case between its events. */
export interface TrackedCase {
  readonly reference: string;
  readonly reporterOrganisation: string;
  readonly region: string | null;
  readonly state: CaseState;
}

/** insights.case_status: each case's state as the status feed folded it. */
@Injectable()
export class CaseStatusRepository {
  async tracked(sql: SqlExecutor, caseId: string): Promise<TrackedCase | undefined> {
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

  async save(sql: SqlExecutor, caseId: string, tracked: TrackedCase): Promise<void> {
    await sql.query(
      `INSERT INTO insights.case_status (case_id, reference, reporter_organisation, region, state)
       VALUES ($1, $2, $3, $4, $5::jsonb) ON CONFLICT (case_id) DO UPDATE SET state = EXCLUDED.state`,
      [caseId, tracked.reference, tracked.reporterOrganisation, tracked.region, JSON.stringify(tracked.state)],
    );
  }
}
