import { Injectable } from '@nestjs/common';
import type { SqlExecutor } from '@lagspill/event-store';

export interface ExpiredCase {
  readonly caseId: string;
  readonly closedAt: Date;
}

/** retention.closed_case: written by ClosedCasesProjection, read by ExpiredCaseEraser. */
@Injectable()
export class ClosedCasesRepository {
  async closed(sql: SqlExecutor, caseId: string, at: string): Promise<void> {
    await sql.query(
      `INSERT INTO retention.closed_case (case_id, closed_at) VALUES ($1, $2)
       ON CONFLICT (case_id) DO UPDATE SET closed_at = EXCLUDED.closed_at`,
      [caseId, at],
    );
  }

  async reopened(sql: SqlExecutor, caseId: string): Promise<void> {
    await sql.query(`UPDATE retention.closed_case SET closed_at = NULL WHERE case_id = $1`, [caseId]);
  }

  async erased(sql: SqlExecutor, caseId: string, at: string): Promise<void> {
    await sql.query(`UPDATE retention.closed_case SET erased_at = $2 WHERE case_id = $1`, [caseId, at]);
  }

  /** Cases closed before `closedBefore` whose key is not erased yet, oldest first, after `after`. */
  async expired(sql: SqlExecutor, closedBefore: Date, limit: number, after?: ExpiredCase): Promise<ExpiredCase[]> {
    const { rows } = await sql.query<{ case_id: string; closed_at: Date }>(
      `SELECT case_id, closed_at FROM retention.closed_case
       WHERE closed_at < $1 AND erased_at IS NULL AND ($3::timestamptz IS NULL OR (closed_at, case_id) > ($3, $4))
       ORDER BY closed_at, case_id LIMIT $2`,
      [closedBefore, limit, after?.closedAt ?? null, after?.caseId ?? null],
    );
    return rows.map((row) => ({ caseId: row.case_id, closedAt: row.closed_at }));
  }
}
