import { Inject, Injectable } from '@nestjs/common';
import { EventStore, type SqlExecutor } from '@lagspill/event-store';

/** A mail the dev mailbox received. */
export interface DevMail {
  readonly id: string;
  readonly to: string;
  readonly subject: string;
  readonly receivedAt: string;
  readonly text: string;
  readonly html: string;
  readonly raw: string;
}

type DevMailRow = Omit<DevMail, 'receivedAt'> & { received_at: Date };

const SELECT = `SELECT b.id, b.envelope_to AS to, b.subject, b.received_at,
                       m.text_body AS text, m.html_body AS html, b.raw
                  FROM notifications.dev_mailbox b JOIN notifications.mail m ON m.id = b.mail_id`;

/** notifications.dev_mailbox: the mails the dev mailbox transport received instead of an SMTP server. */
@Injectable()
export class DevMailboxRepository {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  /** Keeps a mail as it would have gone over SMTP. */
  async receive(mailId: string, to: string, subject: string, raw: string): Promise<void> {
    await this.store.sql.query(
      `INSERT INTO notifications.dev_mailbox (mail_id, envelope_to, subject, raw) VALUES ($1, $2, $3, $4)`,
      [mailId, to, subject, raw],
    );
  }

  /** The newest mails first, optionally only those to one address. */
  async list(to: string | undefined, limit: number): Promise<DevMail[]> {
    const { rows } = await this.store.sql.query<DevMailRow>(
      `${SELECT} WHERE $1::text IS NULL OR b.envelope_to = $1 ORDER BY b.id DESC LIMIT $2`,
      [to ?? null, limit],
    );
    return rows.map(toDevMail);
  }

  async find(id: string): Promise<DevMail | undefined> {
    if (!/^\d{1,18}$/.test(id)) return undefined;
    const { rows } = await this.store.sql.query<DevMailRow>(`${SELECT} WHERE b.id = $1`, [id]);
    return rows[0] && toDevMail(rows[0]);
  }

  async prune(sql: SqlExecutor, before: Date): Promise<number> {
    const { rowCount } = await sql.query(`DELETE FROM notifications.dev_mailbox WHERE received_at < $1`, [before]);
    return rowCount ?? 0;
  }
}

function toDevMail({ received_at, ...row }: DevMailRow): DevMail {
  return { ...row, receivedAt: received_at.toISOString() };
}
