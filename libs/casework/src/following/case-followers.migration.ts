import type { MigrationInterface, QueryRunner } from 'typeorm';

/** `casework.case_followers`: who follows which case, folded from the following streams (rebuildable). */
export class CaseFollowers1796695200000 implements MigrationInterface {
  readonly name = 'CaseFollowers1796695200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE casework.case_followers (
        case_id  text        NOT NULL,
        username text        NOT NULL,
        since    timestamptz NOT NULL,
        PRIMARY KEY (case_id, username)
      )`);
    // «Følger» asks for one person's cases.
    await db.query(`CREATE INDEX case_followers_username ON casework.case_followers (username)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE casework.case_followers`);
  }
}
