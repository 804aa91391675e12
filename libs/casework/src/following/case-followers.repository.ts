import { Injectable } from '@nestjs/common';
import type { SqlExecutor } from '@lagspill/event-store';

/** `casework.case_followers`: written by CaseFollowersProjection, read by the case list («Følger»). */
@Injectable()
export class CaseFollowersRepository {
  async add(sql: SqlExecutor, caseId: string, username: string, since: string): Promise<void> {
    await sql.query(
      `INSERT INTO casework.case_followers (case_id, username, since) VALUES ($1, $2, $3)
       ON CONFLICT (case_id, username) DO NOTHING`,
      [caseId, username, since],
    );
  }

  async remove(sql: SqlExecutor, caseId: string, username: string): Promise<void> {
    await sql.query('DELETE FROM casework.case_followers WHERE case_id = $1 AND username = $2', [caseId, username]);
  }
}
