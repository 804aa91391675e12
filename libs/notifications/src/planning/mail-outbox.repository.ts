import { Injectable } from '@nestjs/common';
import type { SqlExecutor } from '@lagspill/event-store';
import { FINISHED_MAIL } from '../mail/mail.repository';
import type { Notice, OutboxEntry } from './notice';

/** Notices that wait for one address, oldest first. */
export interface WaitingNotices {
  readonly address: string;
  readonly recipient: string;
  readonly ids: readonly string[];
  readonly notices: readonly Notice[];
}

/** notifications.mail_outbox: notices planned for an address, until a mail takes them. */
@Injectable()
export class MailOutboxRepository {
  /** Adds entries once: an event handled again adds nothing (the key is source and address). */
  async add(sql: SqlExecutor, entries: readonly OutboxEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await sql.query(
      `INSERT INTO notifications.mail_outbox (source, address, kind, recipient, case_id, content)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[])
       ON CONFLICT (source, address) DO NOTHING`,
      [
        entries.map((e) => e.source),
        entries.map((e) => e.address),
        entries.map((e) => e.notice.kind),
        entries.map((e) => e.recipient),
        entries.map((e) => e.notice.caseId ?? null),
        entries.map((e) => JSON.stringify(e.notice)),
      ],
    );
  }

  /**
   * The addresses with notices waiting whose last mail (notifications.mail_recipient) went out at or
   * before `lastMailBefore` (or never): they may have their next mail now.
   */
  async addressesDue(sql: SqlExecutor, lastMailBefore: Date, limit: number): Promise<string[]> {
    const { rows } = await sql.query<{ address: string }>(
      `SELECT o.address FROM notifications.mail_outbox o
         LEFT JOIN notifications.mail_recipient r USING (address)
        WHERE o.mail_id IS NULL AND (r.last_mail_at IS NULL OR r.last_mail_at <= $1)
        GROUP BY o.address ORDER BY min(o.id) LIMIT $2`,
      [lastMailBefore, limit],
    );
    return rows.map((row) => row.address);
  }

  async waitingFor(sql: SqlExecutor, address: string, limit: number): Promise<WaitingNotices> {
    const { rows } = await sql.query<{ id: string; recipient: string; content: Notice }>(
      `SELECT id, recipient, content FROM notifications.mail_outbox
        WHERE address = $1 AND mail_id IS NULL ORDER BY id LIMIT $2 FOR UPDATE`,
      [address, limit],
    );
    return {
      address,
      // A person's address that is also a party's mailbox reads as the party's.
      recipient: rows.find((row) => row.recipient.startsWith('party:'))?.recipient ?? rows[0]?.recipient ?? '',
      ids: rows.map((row) => row.id),
      notices: rows.map((row) => row.content),
    };
  }

  /** The notices went out in this mail. */
  async taken(sql: SqlExecutor, ids: readonly string[], mailId: string): Promise<void> {
    await sql.query(`UPDATE notifications.mail_outbox SET mail_id = $1 WHERE id = ANY($2::bigint[])`, [mailId, ids]);
  }

  /** Deletes notices older than `before` that are not waiting in a mail still to be finished. */
  async prune(sql: SqlExecutor, before: Date): Promise<number> {
    const { rowCount } = await sql.query(
      `DELETE FROM notifications.mail_outbox o WHERE o.created_at < $1
          AND (o.mail_id IS NULL OR EXISTS (SELECT 1 FROM notifications.mail m
                                             WHERE m.id = o.mail_id AND m.status IN ${FINISHED_MAIL}))`,
      [before],
    );
    return rowCount ?? 0;
  }
}
