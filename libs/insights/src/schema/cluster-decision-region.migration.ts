import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A cluster suggestion is decided per region (decision 0014): `insights.cluster_decision` keeps one row
 * per suggestion and region. Rows from before were Helse Nord's, as the events they came from are read.
 */
export class ClusterDecisionRegion1796432400000 implements MigrationInterface {
  readonly name = 'ClusterDecisionRegion1796432400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE insights.cluster_decision ADD COLUMN region text NOT NULL DEFAULT 'helse-nord'`);
    await db.query(`ALTER TABLE insights.cluster_decision ALTER COLUMN region DROP DEFAULT`);
    await db.query(`ALTER TABLE insights.cluster_decision DROP CONSTRAINT cluster_decision_pkey`);
    await db.query(`ALTER TABLE insights.cluster_decision ADD PRIMARY KEY (cluster_id, region)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM insights.cluster_decision WHERE region <> 'helse-nord'`);
    await db.query(`ALTER TABLE insights.cluster_decision DROP CONSTRAINT cluster_decision_pkey`);
    await db.query(`ALTER TABLE insights.cluster_decision DROP COLUMN region`);
    await db.query(`ALTER TABLE insights.cluster_decision ADD PRIMARY KEY (cluster_id)`);
  }
}
