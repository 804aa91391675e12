import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** How many rows one pruning deleted, table by table. */
export type PrunedRows = Readonly<Record<'mails' | 'notices' | 'devMailbox' | 'deliveries' | 'webhooks', number>>;

const FINISHED_MAIL = `('sent', 'failed', 'uncertain')`;
const FINISHED_DELIVERY = `('delivered', 'failed', 'uncertain', 'abandoned')`;

/** Deletes what notifications no longer need: finished mail and deliveries older than a cut-off. */
@Injectable()
export class NotificationPruningRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  prune(before: Date): Promise<PrunedRows> {
    return this.dataSource.transaction(async (manager) => {
      // For a DELETE, TypeORM answers [rows, count].
      const count = async (sql: string) => {
        const [, deleted]: [unknown[], number] = await manager.query(sql, [before]);
        return deleted;
      };
      const devMailbox = await count(`DELETE FROM notifications.dev_mailbox WHERE received_at < $1`);
      const notices = await count(`
        DELETE FROM notifications.mail_outbox o WHERE o.created_at < $1
           AND (o.mail_id IS NULL OR EXISTS (SELECT 1 FROM notifications.mail m
                                              WHERE m.id = o.mail_id AND m.status IN ${FINISHED_MAIL}))`);
      const mails = await count(`
        DELETE FROM notifications.mail m WHERE m.created_at < $1 AND m.status IN ${FINISHED_MAIL}
           AND NOT EXISTS (SELECT 1 FROM notifications.mail_outbox o WHERE o.mail_id = m.id)
           AND NOT EXISTS (SELECT 1 FROM notifications.dev_mailbox b WHERE b.mail_id = m.id)`);
      await manager.query(`DELETE FROM notifications.mail_recipient WHERE last_mail_at < $1`, [before]);
      await manager.query(
        `DELETE FROM notifications.webhook_attempt a USING notifications.webhook_delivery d
          WHERE a.delivery_id = d.id AND d.created_at < $1 AND d.status IN ${FINISHED_DELIVERY}`,
        [before],
      );
      const deliveries = await count(
        `DELETE FROM notifications.webhook_delivery WHERE created_at < $1 AND status IN ${FINISHED_DELIVERY}`,
      );
      const webhooks = await count(`
        DELETE FROM notifications.webhook w WHERE w.status = 'deleted' AND w.created_at < $1
           AND NOT EXISTS (SELECT 1 FROM notifications.webhook_delivery d WHERE d.webhook_id = w.id)`);
      return { mails, notices, devMailbox, deliveries, webhooks };
    });
  }
}
