import { Injectable } from '@nestjs/common';
import type { SqlExecutor } from '@lagspill/event-store';

/** notifications.mail_recipient: when each address last got a mail, for the digest window. */
@Injectable()
export class MailRecipientRepository {
  async mailed(sql: SqlExecutor, address: string, at: Date): Promise<void> {
    await sql.query(
      `INSERT INTO notifications.mail_recipient (address, last_mail_at) VALUES ($1, $2)
       ON CONFLICT (address) DO UPDATE SET last_mail_at = EXCLUDED.last_mail_at`,
      [address, at],
    );
  }

  /** Forgets addresses not mailed since `before`: their next mail goes at once, as for a new one. */
  async prune(sql: SqlExecutor, before: Date): Promise<void> {
    await sql.query(`DELETE FROM notifications.mail_recipient WHERE last_mail_at < $1`, [before]);
  }
}
