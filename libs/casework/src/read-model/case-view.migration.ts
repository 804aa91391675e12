import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The case list read model: one row per case, the folded CaseDocument beside the columns that the list
 * filters and the visibility rules query. Rebuilt from the log at any time (`npm run replay -- case-view`).
 */
export class CaseView1763776800000 implements MigrationInterface {
  readonly name = 'CaseView1763776800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE SCHEMA IF NOT EXISTS casework`);
    await db.query(`
      CREATE TABLE casework.case_view (
        id                    text        PRIMARY KEY,
        reference             text        NOT NULL,
        version               integer     NOT NULL,
        status                text        NOT NULL,
        category              text        NOT NULL,
        subcategory           text        NOT NULL,
        party                 text,
        routed_parties        text[]      NOT NULL DEFAULT '{}',
        reporter_organisation text        NOT NULL,
        organisation_type     text,
        helsefellesskap       text,
        region                text,
        reported_at           timestamptz NOT NULL,
        updated_at            timestamptz NOT NULL,
        search_text           text        NOT NULL,
        document              jsonb       NOT NULL,
        CONSTRAINT case_view_reference_unique UNIQUE (reference)
      )`);
    // Newest first with the id as tie-breaker: the order of the list and of its cursor.
    await db.query(`CREATE INDEX case_view_reported ON casework.case_view (reported_at DESC, id DESC)`);
    await db.query(`CREATE INDEX case_view_status ON casework.case_view (status, reported_at DESC)`);
    await db.query(`CREATE INDEX case_view_category ON casework.case_view (category, reported_at DESC)`);
    await db.query(`CREATE INDEX case_view_party ON casework.case_view (party, reported_at DESC)`);
    await db.query(`CREATE INDEX case_view_helsefellesskap ON casework.case_view (helsefellesskap, reported_at DESC)`);
    // Visibility: reporters and systems by organisation, coordinators by region, responders by party.
    await db.query(
      `CREATE INDEX case_view_reporter_organisation ON casework.case_view (reporter_organisation, reported_at DESC)`,
    );
    await db.query(`CREATE INDEX case_view_region ON casework.case_view (region, reported_at DESC)`);
    await db.query(`CREATE INDEX case_view_routed_parties ON casework.case_view USING GIN (routed_parties)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP SCHEMA casework CASCADE`);
  }
}
