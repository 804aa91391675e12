import { Inject, Injectable } from '@nestjs/common';
import { EventStore, type SqlExecutor } from '@lagspill/event-store';
import type { ComposedMail } from './compose-mail';

export interface ClaimedMail extends ComposedMail {
  readonly id: string;
  readonly address: string;
  readonly attempts: number;
}

/** The statuses of a mail nobody will try to send again. */
export const FINISHED_MAIL = `('sent', 'failed', 'uncertain')`;

const IN_FLIGHT_LOST = 'the sender stopped while sending; not sent again, so it cannot arrive twice';

/** notifications.mail: composed digests, each claimed before it is sent and marked after. */
@Injectable()
export class MailRepository {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  /** Records a composed mail of `noticeCount` notices, due at once; answers its id. */
  async add(sql: SqlExecutor, address: string, mail: ComposedMail, noticeCount: number, now: Date): Promise<string> {
    const { rows } = await sql.query<{ id: string }>(
      `INSERT INTO notifications.mail (address, subject, text_body, html_body, notice_count, created_at, next_attempt_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
      [address, mail.subject, mail.text, mail.html, noticeCount, now],
    );
    return rows[0].id;
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
    await this.store.sql.query(
      `UPDATE notifications.mail SET status = 'sent', sent_at = $2, claimed_at = NULL, last_error = NULL
        WHERE id = $1`,
      [mailId, at],
    );
  }

  /** The server refused it: try again at `retryAt`, or (undefined) give up. */
  async refused(mailId: string, error: string, retryAt: Date | undefined): Promise<void> {
    await this.store.sql.query(
      `UPDATE notifications.mail SET status = $2, next_attempt_at = coalesce($3, next_attempt_at),
              claimed_at = NULL, last_error = $4
        WHERE id = $1`,
      [mailId, retryAt ? 'pending' : 'failed', retryAt ?? null, error],
    );
  }

  /** The server may have taken it, or not: not sent again, so that it cannot arrive twice. */
  async uncertain(mailId: string, error: string): Promise<void> {
    await this.store.sql.query(
      `UPDATE notifications.mail SET status = 'uncertain', claimed_at = NULL, last_error = $2 WHERE id = $1`,
      [mailId, `${error}: the server may have taken it; not sent again, so that it cannot arrive twice`],
    );
  }

  /**
   * Mails claimed before `claimedBefore` and never finished: their sender died while the server may
   * have accepted them. Marked uncertain, not sent again. Returns how many.
   */
  async giveUpLost(claimedBefore: Date): Promise<number> {
    const { rowCount } = await this.store.sql.query(
      `UPDATE notifications.mail SET status = 'uncertain', claimed_at = NULL, last_error = $2
        WHERE status = 'sending' AND claimed_at < $1`,
      [claimedBefore, IN_FLIGHT_LOST],
    );
    return rowCount ?? 0;
  }

  /** Deletes finished mails older than `before` that no notice or dev mailbox entry refers to any more. */
  async prune(sql: SqlExecutor, before: Date): Promise<number> {
    const { rowCount } = await sql.query(
      `DELETE FROM notifications.mail m WHERE m.created_at < $1 AND m.status IN ${FINISHED_MAIL}
          AND NOT EXISTS (SELECT 1 FROM notifications.mail_outbox o WHERE o.mail_id = m.id)
          AND NOT EXISTS (SELECT 1 FROM notifications.dev_mailbox b WHERE b.mail_id = m.id)`,
      [before],
    );
    return rowCount ?? 0;
  }
}
