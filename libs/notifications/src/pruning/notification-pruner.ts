import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@lagspill/domain';
import { EventStore } from '@lagspill/event-store';
import { ScheduledJob } from '@lagspill/platform';
import { DevMailboxRepository } from '../dev-mailbox/dev-mailbox.repository';
import { MailRecipientRepository } from '../mail/mail-recipient.repository';
import { MailRepository } from '../mail/mail.repository';
import { NOTIFICATIONS_OPTIONS, type NotificationsOptions } from '../notifications.options';
import { MailOutboxRepository } from '../planning/mail-outbox.repository';
import { WebhookDeliveryRepository } from '../webhooks/delivery/webhook-delivery.repository';
import { WebhookRepository } from '../webhooks/webhook.repository';

const HOURLY = 3_600_000;

/** How many rows one pruning deleted, table by table. */
export type PrunedRows = Readonly<Record<'mails' | 'notices' | 'devMailbox' | 'deliveries' | 'webhooks', number>>;

/**
 * Keeps notifications' tables to NOTIFICATION_RETENTION_DAYS: sent mail holds case titles, and a
 * delivery log need not grow for ever. Safe to run anywhere, any number of times.
 */
@Injectable()
export class NotificationPruner extends ScheduledJob {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(DevMailboxRepository) private readonly devMailbox: DevMailboxRepository,
    @Inject(MailOutboxRepository) private readonly outbox: MailOutboxRepository,
    @Inject(MailRepository) private readonly mails: MailRepository,
    @Inject(MailRecipientRepository) private readonly recipients: MailRecipientRepository,
    @Inject(WebhookDeliveryRepository) private readonly deliveries: WebhookDeliveryRepository,
    @Inject(WebhookRepository) private readonly webhooks: WebhookRepository,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    // Off with the senders' timers (tests run every round by hand).
    super('Pruning notifications', () => (options.intervalMs > 0 ? HOURLY : 0));
  }

  protected runScheduled(): Promise<PrunedRows> {
    return this.prune();
  }

  async prune(now: Date = this.clock.now()): Promise<PrunedRows> {
    const before = new Date(now.getTime() - this.options.retentionMs);
    // In this order: a mail goes once neither a notice nor the dev mailbox refers to it, a webhook once its
    // deliveries are gone.
    const pruned = await this.store.transaction(async ({ sql }) => {
      const devMailbox = await this.devMailbox.prune(sql, before);
      const notices = await this.outbox.prune(sql, before);
      const mails = await this.mails.prune(sql, before);
      await this.recipients.prune(sql, before);
      const deliveries = await this.deliveries.prune(sql, before);
      const webhooks = await this.webhooks.prune(sql, before);
      return { mails, notices, devMailbox, deliveries, webhooks };
    });
    const total = Object.values(pruned).reduce((sum, n) => sum + n, 0);
    if (total > 0) this.logger.log(`pruned ${total} old notification row(s)`);
    return pruned;
  }
}
