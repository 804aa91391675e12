import { Inject, Injectable } from '@nestjs/common';
import type { SqlExecutor } from '@lagspill/event-store';
import { DataSource } from 'typeorm';
import type { Notice } from '../planning/notice';
import type { ComposedMail } from './compose-mail';

/** Notices that wait for one address, oldest first. */
export interface WaitingNotices {
  readonly address: string;
  readonly recipient: string;
  readonly ids: readonly string[];
  readonly notices: readonly Notice[];
}

export interface ClaimedMail extends ComposedMail {
  readonly id: string;
  readonly address: string;
  readonly attempts: number;
}

const IN_FLIGHT_LOST = 'the sender stopped while sending; not sent again, so it cannot arrive twice';

/** notifications.mail_outbox, notifications.mail and notifications.mail_recipient. */
@Injectable()
export class MailRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * The addresses with notices waiting whose last mail went out at or before `lastMailBefore` (or
   * never): they may have their next mail now.
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

  /** Records the mail composed from these notices, and when the address last got one. */
  async compose(sql: SqlExecutor, waiting: WaitingNotices, mail: ComposedMail, now: Date): Promise<string> {
    const { rows } = await sql.query<{ id: string }>(
      `INSERT INTO notifications.mail (address, subject, text_body, html_body, notice_count, created_at, next_attempt_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
      [waiting.address, mail.subject, mail.text, mail.html, waiting.ids.length, now],
    );
    const mailId = rows[0].id;
    await sql.query(`UPDATE notifications.mail_outbox SET mail_id = $1 WHERE id = ANY($2::bigint[])`, [
      mailId,
      waiting.ids,
    ]);
    await sql.query(
      `INSERT INTO notifications.mail_recipient (address, last_mail_at) VALUES ($1, $2)
       ON CONFLICT (address) DO UPDATE SET last_mail_at = EXCLUDED.last_mail_at`,
      [waiting.address, now],
    );
    return mailId;
  }

  /** Claims due mails for one attempt each, committed before anything is sent. */
  async claimDue(sql: SqlExecutor, now: Date, limit: number): Promise<ClaimedMail[]> {
    const { rows } = await sql.query<{
      id: string;
      address: string;
      subject: string;
      text_body: string;
      html_body: string;
      attempts: number;
    }>(
      `UPDATE notifications.mail m SET status = 'sending', claimed_at = $1, attempts = m.attempts + 1
        WHERE m.id IN (SELECT id FROM notifications.mail WHERE status = 'pending' AND next_attempt_at <= $1
                        ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
        RETURNING m.id, m.address, m.subject, m.text_body, m.html_body, m.attempts`,
      [now, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      address: row.address,
      subject: row.subject,
      text: row.text_body,
      html: row.html_body,
      attempts: row.attempts,
    }));
  }

  async sent(mailId: string, at: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE notifications.mail SET status = 'sent', sent_at = $2, claimed_at = NULL, last_error = NULL
        WHERE id = $1`,
      [mailId, at],
    );
  }

  /** The server refused it: try again at `retryAt`, or (undefined) give up. */
  async refused(mailId: string, error: string, retryAt: Date | undefined): Promise<void> {
    await this.dataSource.query(
      `UPDATE notifications.mail SET status = $2, next_attempt_at = coalesce($3, next_attempt_at),
              claimed_at = NULL, last_error = $4
        WHERE id = $1`,
      [mailId, retryAt ? 'pending' : 'failed', retryAt ?? null, error],
    );
  }

  /**
   * Mails claimed before `claimedBefore` and never finished: their sender died while the server may
   * have accepted them. Marked uncertain, not sent again. Returns how many.
   */
  async giveUpLost(claimedBefore: Date): Promise<number> {
    // For an UPDATE, TypeORM answers [rows, count].
    const [, lost]: [unknown[], number] = await this.dataSource.query(
      `UPDATE notifications.mail SET status = 'uncertain', claimed_at = NULL, last_error = $2
        WHERE status = 'sending' AND claimed_at < $1`,
      [claimedBefore, IN_FLIGHT_LOST],
    );
    return lost;
  }
}
