import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the retention sweeper needs to know of each case: since when it has been closed (null while it is
 * open again) and whether its key was erased. Folded from the log, so it can be rebuilt.
 */
export class RetentionSchema1796259600000 implements MigrationInterface {
  readonly name = 'RetentionSchema1796259600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE SCHEMA IF NOT EXISTS retention`);
    await db.query(`
      CREATE TABLE retention.closed_case (
        case_id   text        PRIMARY KEY,
        closed_at timestamptz,
        erased_at timestamptz
      )`);
    await db.query(`CREATE INDEX closed_case_due ON retention.closed_case (closed_at) WHERE erased_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP SCHEMA retention CASCADE`);
  }
}
