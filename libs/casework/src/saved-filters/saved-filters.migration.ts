import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `casework.saved_filters`: the case-list filters each person saved under a name of their own. Not
 * derived from the log (a person's preference, not a fact of a case), so no replay rebuilds it; it holds
 * no case text, and its free text (the name, a search) is refused when it holds an identity number.
 */
export class SavedFilters1796605200000 implements MigrationInterface {
  readonly name = 'SavedFilters1796605200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE casework.saved_filters (
        id         uuid        PRIMARY KEY,
        owner      text        NOT NULL,
        name       text        NOT NULL,
        filters    jsonb       NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    // A person's filters by name, and no two of them named alike however they are capitalised.
    await db.query(`CREATE UNIQUE INDEX saved_filters_owner_name ON casework.saved_filters (owner, lower(name))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE casework.saved_filters`);
  }
}
