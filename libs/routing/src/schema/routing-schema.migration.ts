import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The routing context's read model of SLA clocks: one row per routed case, kept by the
 * `routing.case-clock` subscription. `breaches` mirrors the decider's `party:kind` keys so the sweeper
 * does not ask again for a breach that was already recorded.
 */
export class RoutingSchema1763780400000 implements MigrationInterface {
  readonly name = 'RoutingSchema1763780400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE SCHEMA IF NOT EXISTS routing`);
    await db.query(`
      CREATE TABLE routing.case_clock (
        case_id               text        PRIMARY KEY,
        party                 text        NOT NULL,
        first_response_due_at timestamptz NOT NULL,
        resolution_due_at     timestamptz NOT NULL,
        responded             boolean     NOT NULL DEFAULT false,
        paused                boolean     NOT NULL DEFAULT false,
        status                text        NOT NULL,
        resume_status         text,
        breaches              text[]      NOT NULL DEFAULT '{}',
        updated_at            timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE INDEX case_clock_running ON routing.case_clock (first_response_due_at, resolution_due_at)
        WHERE status IN ('routed', 'acknowledged') AND NOT paused`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP SCHEMA routing CASCADE`);
  }
}
