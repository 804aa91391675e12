import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log: one row per read of a case's details and per change, append-only. A trigger refuses
 * UPDATE and DELETE, so not even the application can rewrite what was recorded (decision 0011).
 */
export class AuditEntries1796256000000 implements MigrationInterface {
  readonly name = 'AuditEntries1796256000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE SCHEMA IF NOT EXISTS audit`);
    await db.query(`
      CREATE TABLE audit.entries (
        id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at             timestamptz NOT NULL,
        username       text        NOT NULL,
        role           text        NOT NULL,
        organisation   text,
        party          text,
        action         text        NOT NULL,
        case_id        text,
        case_reference text,
        subject        text,
        method         text        NOT NULL,
        route          text        NOT NULL,
        status         integer     NOT NULL
      )`);
    await db.query(`CREATE INDEX audit_entries_case ON audit.entries (case_id, id)`);
    await db.query(`CREATE INDEX audit_entries_reference ON audit.entries (case_reference, id)`);
    await db.query(`CREATE INDEX audit_entries_user ON audit.entries (username, id)`);
    await db.query(`CREATE INDEX audit_entries_at ON audit.entries (at)`);
    await db.query(`
      CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit.entries is append-only';
      END $$`);
    await db.query(`
      CREATE TRIGGER entries_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit.entries
      FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP SCHEMA audit CASCADE`);
  }
}
