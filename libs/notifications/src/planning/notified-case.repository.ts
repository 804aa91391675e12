import { Injectable } from '@nestjs/common';
import type { NotifiedCase } from '@lagspill/domain';
import type { SqlExecutor } from '@lagspill/event-store';

/** notifications.notified_case: what the planner knows of each case. */
@Injectable()
export class NotifiedCaseRepository {
  async notifiedCase(sql: SqlExecutor, caseId: string): Promise<NotifiedCase | undefined> {
    return (await this.notifiedCases(sql, [caseId])).get(caseId);
  }

  /** What the planner knows of these cases, by id; a case it has not seen is absent. */
  async notifiedCases(sql: SqlExecutor, caseIds: readonly string[]): Promise<Map<string, NotifiedCase>> {
    if (caseIds.length === 0) return new Map();
    const { rows } = await sql.query<{ case_id: string; facts: NotifiedCase }>(
      `SELECT case_id, facts FROM notifications.notified_case WHERE case_id = ANY($1)`,
      [caseIds],
    );
    return new Map(rows.map((row) => [row.case_id, row.facts]));
  }

  /** Stores these cases in one statement; at most one entry per case. */
  async saveAll(sql: SqlExecutor, cases: readonly NotifiedCase[]): Promise<void> {
    if (cases.length === 0) return;
    await sql.query(
      `INSERT INTO notifications.notified_case (case_id, facts)
       SELECT * FROM unnest($1::text[], $2::jsonb[])
       ON CONFLICT (case_id) DO UPDATE SET facts = EXCLUDED.facts`,
      [cases.map((c) => c.caseId), cases.map((c) => JSON.stringify(c))],
    );
  }
}
