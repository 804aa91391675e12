import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The case-facts projection's subscription (CASE_FACTS_SUBSCRIPTION), as a migration must name it forever. */
const SUBSCRIPTION = 'insights.case-facts';
const FOLDED = ['insights.indicator_cell', 'insights.holding', 'insights.measure', 'insights.case_fact'];

/**
 * Version 2 of the case facts fold (issue 17): the organisation a case concerns as a grouping, the
 * fragmented-list flag, `both` multidose (counted as paper too) and harmful events with their notice.
 * Rows folded by version 1 lack what these figures need and count `both` as not paper, so they are
 * thrown away with the projection's checkpoint: the projection folds the whole log again when it starts,
 * and marks the cells dirty from the first report on, as `npm run replay -- case-facts` would. Stop the
 * insights process before the upgrade (as before any replay): a version 1 process still running would
 * move the checkpoint on.
 */
export class CaseFactsFold21796691600000 implements MigrationInterface {
  readonly name = 'CaseFactsFold21796691600000';

  async up(db: QueryRunner): Promise<void> {
    await forgetFolded(db);
    await db.query(`
      ALTER TABLE insights.case_fact
        ADD COLUMN concerns         text,
        ADD COLUMN both_multidose   boolean NOT NULL,
        ADD COLUMN fragmented_list  boolean NOT NULL,
        ADD COLUMN harmful          boolean NOT NULL,
        ADD COLUMN deviation_notice text`);
    await db.query(`
      ALTER TABLE insights.indicator_cell
        ADD COLUMN both_multidose       integer NOT NULL,
        ADD COLUMN fragmented_list      integer NOT NULL,
        ADD COLUMN harmful              integer NOT NULL,
        ADD COLUMN harmful_notified     integer NOT NULL,
        ADD COLUMN harmful_will_notify  integer NOT NULL,
        ADD COLUMN harmful_not_notified integer NOT NULL,
        ADD COLUMN harmful_not_stated   integer NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await forgetFolded(db);
    await db.query(`
      ALTER TABLE insights.case_fact
        DROP COLUMN concerns, DROP COLUMN both_multidose, DROP COLUMN fragmented_list, DROP COLUMN harmful,
        DROP COLUMN deviation_notice`);
    await db.query(`
      ALTER TABLE insights.indicator_cell
        DROP COLUMN both_multidose, DROP COLUMN fragmented_list, DROP COLUMN harmful, DROP COLUMN harmful_notified,
        DROP COLUMN harmful_will_notify, DROP COLUMN harmful_not_notified, DROP COLUMN harmful_not_stated`);
  }
}

/** Empties the folded tables and the refresh state, and sends the projection back to the start of the log. */
async function forgetFolded(db: QueryRunner): Promise<void> {
  for (const table of FOLDED) await db.query(`DELETE FROM ${table}`);
  await db.query(`UPDATE insights.refresh_state SET dirty_from = NULL, as_of = NULL, refreshed_at = NULL`);
  await db.query(`DELETE FROM event_store.subscriptions WHERE name = $1`, [SUBSCRIPTION]);
}
