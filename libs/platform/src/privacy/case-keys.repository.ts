import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** privacy.case_keys: one key per case; deleting the row erases every text sealed with it. */
@Injectable()
export class CaseKeysRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Stores `key` as the case's key unless it has one already (the first one stays). */
  async add(caseId: string, key: Buffer): Promise<void> {
    await this.dataSource.query(`INSERT INTO privacy.case_keys (case_id, key) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
      caseId,
      key,
    ]);
  }

  async key(caseId: string): Promise<Buffer | undefined> {
    const rows: { key: Buffer }[] = await this.dataSource.query(
      `SELECT key FROM privacy.case_keys WHERE case_id = $1`,
      [caseId],
    );
    return rows[0]?.key;
  }

  async erase(caseId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM privacy.case_keys WHERE case_id = $1`, [caseId]);
  }
}
