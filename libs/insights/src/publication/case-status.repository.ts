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
  /** What the feed keeps of these cases, by id; a case it has not seen is absent. */
  async tracked(sql: SqlExecutor, caseIds: readonly string[]): Promise<Map<string, TrackedCase>> {
    if (caseIds.length === 0) return new Map();
    const { rows } = await sql.query<{
      case_id: string;
      reference: string;
      reporter_organisation: string;
      region: string | null;
      state: CaseState;
    }>(
      `SELECT case_id, reference, reporter_organisation, region, state FROM insights.case_status
       WHERE case_id = ANY($1::text[])`,
      [caseIds],
    );
    return new Map(
      rows.map((row) => [
        row.case_id,
        {
          reference: row.reference,
          reporterOrganisation: row.reporter_organisation,
          region: row.region,
          state: row.state,
        },
      ]),
    );
  }

  /** Stores these cases in one statement (a batch's); at most one entry per case. */
  async saveAll(sql: SqlExecutor, cases: ReadonlyMap<string, TrackedCase>): Promise<void> {
    if (cases.size === 0) return;
    const entries = [...cases];
    await sql.query(
      `INSERT INTO insights.case_status (case_id, reference, reporter_organisation, region, state)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::jsonb[])
       ON CONFLICT (case_id) DO UPDATE SET state = EXCLUDED.state`,
      [
        entries.map(([caseId]) => caseId),
        entries.map(([, c]) => c.reference),
        entries.map(([, c]) => c.reporterOrganisation),
        entries.map(([, c]) => c.region),
        entries.map(([, c]) => JSON.stringify(c.state)),
      ],
    );
  }
}
