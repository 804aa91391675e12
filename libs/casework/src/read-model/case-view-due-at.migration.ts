import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `casework.case_view.due_at`: when the case is due with its current party (dueAtOf, the view's
 * `routedTo.dueAt`), null when it was never routed; the key of `GET /api/cases?sort=due`. Existing rows
 * are filled from their document by the same rule, so no replay is needed after the upgrade.
 */
export class CaseViewDueAt1796083200000 implements MigrationInterface {
  readonly name = 'CaseViewDueAt1796083200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE casework.case_view ADD COLUMN due_at timestamptz`);
    await db.query(`
      UPDATE casework.case_view
         SET due_at = (CASE WHEN (document #>> '{routedTo,responded}')::boolean
                            THEN document #>> '{routedTo,resolutionDueAt}'
                            ELSE document #>> '{routedTo,firstResponseDueAt}' END)::timestamptz`);
    // A responder's inbox: one party's open cases, soonest due first, those without a due time last (as due
    // "never"), the id as tie-breaker; the order and keyset of CaseViewRepository use this very expression.
    // Only open cases: a party's resolved and closed ones, most of its history and due long ago, would
    // otherwise lie in front of its open ones, to be read past on every page (at 40,000 cases of one party,
    // 1,900 open: 0.1–2 ms a page instead of 13–20 ms). Their due times stay in due_at all the same.
    await db.query(`
      CREATE INDEX case_view_party_due
          ON casework.case_view (party, (COALESCE(due_at, 'infinity'::timestamptz)), id)
       WHERE status NOT IN ('resolved', 'closed')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX casework.case_view_party_due`);
    await db.query(`ALTER TABLE casework.case_view DROP COLUMN due_at`);
  }
}
