import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What routing needs of each reported case to route it again (a dry run of a proposed rule table): its
 * classification, reporting organisation, reported system and the organisation it concerns, never its
 * free text. Kept by the `routing.reported-cases` subscription from `case.reported`; rebuildable.
 */
export class RoutingReportedCases1796299200000 implements MigrationInterface {
  readonly name = 'RoutingReportedCases1796299200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE routing.reported_case (
        case_id       text        PRIMARY KEY,
        reference     text        NOT NULL,
        category      text        NOT NULL,
        subcategory   text        NOT NULL,
        organisation  text        NOT NULL,
        system_vendor text        NOT NULL,
        concerns      text,
        reported_at   timestamptz NOT NULL
      )`);
    // The dry run reads one region's last 90 days: by time, then by organisation.
    await db.query(`CREATE INDEX reported_case_reported_at ON routing.reported_case (reported_at, organisation)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE routing.reported_case`);
  }
}
