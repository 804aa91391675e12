import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One data key per case. Deleting a case's key erases its sealed texts wherever they are stored. */
export class CaseKeys1763773200000 implements MigrationInterface {
  readonly name = 'CaseKeys1763773200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE SCHEMA IF NOT EXISTS privacy`);
    await db.query(`
      CREATE TABLE privacy.case_keys (
        case_id    text        PRIMARY KEY,
        key        bytea       NOT NULL CHECK (length(key) = 32),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP SCHEMA privacy CASCADE`);
  }
}
