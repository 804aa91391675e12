import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Case references `PLL-<year>-<6 digits>` come from one sequence; gaps after failed reports are fine. */
export class IntakeSchema1763784000000 implements MigrationInterface {
  readonly name = 'IntakeSchema1763784000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE SCHEMA IF NOT EXISTS intake`);
    await db.query(`CREATE SEQUENCE intake.case_reference_seq`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP SCHEMA intake CASCADE`);
  }
}
