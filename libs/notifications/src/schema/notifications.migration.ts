import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications: what the planner knows of each case, people's choices, the mail outbox (one row per
 * event and address, so a notification is planned once however often its event is handled), the mails
 * composed from it, and the parties' webhooks with their deliveries and every attempt.
 */
export class NotificationsSchema1796346000000 implements MigrationInterface {
  readonly name = 'NotificationsSchema1796346000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE SCHEMA IF NOT EXISTS notifications`);
    await db.query(`
      CREATE TABLE notifications.notified_case (
        case_id text  PRIMARY KEY,
        facts   jsonb NOT NULL
      )`);
    await db.query(`
      CREATE TABLE notifications.preference (
        username   text        NOT NULL,
        kind       text        NOT NULL,
        enabled    boolean     NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (username, kind)
      )`);
    await db.query(`
      CREATE TABLE notifications.mail (
        id              bigserial   PRIMARY KEY,
        address         text        NOT NULL,
        subject         text        NOT NULL,
        text_body       text        NOT NULL,
        html_body       text        NOT NULL,
        notice_count    integer     NOT NULL,
        status          text        NOT NULL DEFAULT 'pending'
                        CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'uncertain')),
        attempts        integer     NOT NULL DEFAULT 0,
        created_at      timestamptz NOT NULL DEFAULT now(),
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        claimed_at      timestamptz,
        sent_at         timestamptz,
        last_error      text
      )`);
    await db.query(`CREATE INDEX mail_due ON notifications.mail (next_attempt_at) WHERE status = 'pending'`);
    await db.query(`CREATE INDEX mail_in_flight ON notifications.mail (claimed_at) WHERE status = 'sending'`);
    await db.query(`
      CREATE TABLE notifications.mail_outbox (
        id         bigserial   PRIMARY KEY,
        source     text        NOT NULL,
        address    text        NOT NULL,
        kind       text        NOT NULL,
        recipient  text        NOT NULL,
        case_id    text,
        content    jsonb       NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        mail_id    bigint      REFERENCES notifications.mail (id),
        UNIQUE (source, address)
      )`);
    await db.query(`CREATE INDEX mail_outbox_unsent ON notifications.mail_outbox (address, id) WHERE mail_id IS NULL`);
    await db.query(`
      CREATE TABLE notifications.mail_recipient (
        address      text        PRIMARY KEY,
        last_mail_at timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE notifications.dev_mailbox (
        id          bigserial   PRIMARY KEY,
        mail_id     bigint      NOT NULL REFERENCES notifications.mail (id),
        envelope_to text        NOT NULL,
        subject     text        NOT NULL,
        raw         text        NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE notifications.webhook (
        id              uuid        PRIMARY KEY,
        party           text        NOT NULL,
        url             text        NOT NULL,
        description     text,
        secret          text        NOT NULL,
        status          text        NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled', 'deleted')),
        created_at      timestamptz NOT NULL DEFAULT now(),
        created_by      text        NOT NULL,
        disabled_at     timestamptz,
        disabled_reason text
      )`);
    await db.query(`CREATE INDEX webhook_party ON notifications.webhook (party)`);
    await db.query(`
      CREATE TABLE notifications.webhook_delivery (
        id               uuid        PRIMARY KEY,
        seq              bigserial   NOT NULL UNIQUE,
        webhook_id       uuid        NOT NULL REFERENCES notifications.webhook (id),
        event_id         text        NOT NULL,
        case_id          text        NOT NULL,
        event_type       text        NOT NULL,
        body             text        NOT NULL,
        status           text        NOT NULL DEFAULT 'pending'
                         CHECK (status IN ('pending', 'sending', 'delivered', 'failed', 'uncertain', 'abandoned')),
        attempts         integer     NOT NULL DEFAULT 0,
        created_at       timestamptz NOT NULL DEFAULT now(),
        first_attempt_at timestamptz,
        next_attempt_at  timestamptz NOT NULL DEFAULT now(),
        claimed_at       timestamptz,
        delivered_at     timestamptz,
        UNIQUE (webhook_id, event_id)
      )`);
    await db.query(
      `CREATE INDEX webhook_delivery_due ON notifications.webhook_delivery (next_attempt_at) WHERE status = 'pending'`,
    );
    await db.query(
      `CREATE INDEX webhook_delivery_in_flight ON notifications.webhook_delivery (claimed_at) WHERE status = 'sending'`,
    );
    await db.query(`CREATE INDEX webhook_delivery_log ON notifications.webhook_delivery (webhook_id, seq DESC)`);
    await db.query(`
      CREATE TABLE notifications.webhook_attempt (
        delivery_id uuid        NOT NULL REFERENCES notifications.webhook_delivery (id),
        number      integer     NOT NULL,
        at          timestamptz NOT NULL,
        status_code integer,
        error       text,
        duration_ms integer,
        PRIMARY KEY (delivery_id, number)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP SCHEMA notifications CASCADE`);
  }
}
