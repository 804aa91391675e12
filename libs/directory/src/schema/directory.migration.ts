import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The directory's own tables; its entries live in the log (stream `directory`, decision 0019).
 * `snapshot` is the whole directory at one version, gzip'd JSON, so a process starts by reading one row and
 * the events after it instead of the stream from the start. It is compressed already, so PostgreSQL keeps it
 * out of line without compressing it again. `entry_change` is each entry's history, folded
 * from the log so `…/history` reads one entry's rows instead of the whole stream.
 */
export class DirectorySchema1796518800000 implements MigrationInterface {
  readonly name = 'DirectorySchema1796518800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE SCHEMA IF NOT EXISTS directory`);
    await db.query(`
      CREATE TABLE directory.snapshot (
        id         smallint    PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        version    integer     NOT NULL,
        format     smallint    NOT NULL,
        data       bytea       NOT NULL,
        written_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`ALTER TABLE directory.snapshot ALTER COLUMN data SET STORAGE EXTERNAL`);
    await db.query(`
      CREATE TABLE directory.entry_change (
        entry_kind     text        NOT NULL,
        entry_id       text        NOT NULL,
        stream_version integer     NOT NULL,
        event_type     text        NOT NULL,
        data           jsonb       NOT NULL,
        PRIMARY KEY (entry_kind, entry_id, stream_version)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP SCHEMA directory CASCADE`);
  }
}
