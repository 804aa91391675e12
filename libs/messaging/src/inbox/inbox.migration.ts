import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The consumers' inbox: one row per consumer group and envelope id handled, written in the transaction
 * of the handler's effect, so a redelivered message finds its row and changes nothing.
 */
export class MessagingInbox1796112000000 implements MigrationInterface {
  readonly name = 'MessagingInbox1796112000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE SCHEMA IF NOT EXISTS messaging`);
    await db.query(
      `CREATE TABLE messaging.inbox (
         consumer text NOT NULL,
         event_id text NOT NULL,
         processed_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (consumer, event_id)
       )`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP SCHEMA messaging CASCADE`);
  }
}
