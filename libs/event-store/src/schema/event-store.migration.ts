import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event log and subscriber checkpoints. `transaction_id` is the writing transaction's id: global
 * reads go in (transaction_id, global_position) order and stop below the oldest running transaction,
 * so an event that commits late is never skipped. The natural key (stream, version) is the primary key;
 * global_position needs no index of its own (every index costs append throughput), as readers reach it
 * only through the global-order index.
 */
export class EventStoreSchema1763769600000 implements MigrationInterface {
  readonly name = 'EventStoreSchema1763769600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE SCHEMA IF NOT EXISTS event_store`);
    await db.query(`
      CREATE TABLE event_store.events (
        global_position bigint GENERATED ALWAYS AS IDENTITY,
        transaction_id  xid8        NOT NULL DEFAULT pg_current_xact_id(),
        stream_id       text        NOT NULL,
        stream_version  integer     NOT NULL CHECK (stream_version > 0),
        event_id        uuid        NOT NULL,
        event_type      text        NOT NULL,
        schema_version  smallint    NOT NULL CHECK (schema_version > 0),
        data            jsonb       NOT NULL,
        metadata        jsonb       NOT NULL DEFAULT '{}',
        recorded_at     timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT events_stream_version_pk PRIMARY KEY (stream_id, stream_version),
        CONSTRAINT events_event_id_unique UNIQUE (event_id)
      )`);
    await db.query(`CREATE INDEX events_global_order ON event_store.events (transaction_id, global_position)`);
    await db.query(`
      CREATE TABLE event_store.subscriptions (
        name            text        PRIMARY KEY,
        transaction_id  xid8        NOT NULL,
        global_position bigint      NOT NULL,
        updated_at      timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP SCHEMA event_store CASCADE`);
  }
}
