import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { DevMailboxController } from './dev-mailbox/dev-mailbox.controller';
import { DevMailboxRepository } from './dev-mailbox/dev-mailbox.repository';
import { DevMailboxTransport } from './dev-mailbox/dev-mailbox.transport';
import { MailRecipientRepository } from './mail/mail-recipient.repository';
import { MailRepository } from './mail/mail.repository';
import { MailSender } from './mail/mail-sender';
import { MailTransport, SmtpMailTransport } from './mail/mail-transport';
import { NOTIFICATIONS_OPTIONS, type NotificationsOptions } from './notifications.options';
import { MailOutbox } from './planning/mail-outbox';
import { MailOutboxRepository } from './planning/mail-outbox.repository';
import { NotifiedCaseRepository } from './planning/notified-case.repository';
import { NotificationPlanner } from './planning/notification-planner';
import { NotificationPreferencesController } from './preferences/notification-preferences.controller';
import { NotificationPreferencesRepository } from './preferences/notification-preferences.repository';
import { NotificationPruner } from './pruning/notification-pruner';
import { WebhookDeliverer } from './webhooks/delivery/webhook-deliverer';
import { WebhookDeliveryRepository } from './webhooks/delivery/webhook-delivery.repository';
import { WebhookFanOut } from './webhooks/delivery/webhook-fan-out';
import { WebhookRepository } from './webhooks/webhook.repository';
import { WebhooksController } from './webhooks/webhooks.controller';
import { PartyWebhooks } from './webhooks/party-webhooks';
import { NotificationPreferences } from './preferences/notification-preferences';

/**
 * Notifications: one more subscriber of the log. The planner turns events into mail notices and webhook
 * deliveries (exactly once, with its checkpoint); the mail sender composes digests and hands them to
 * SMTP or the dev mailbox; the deliverer signs and POSTs, retrying with backoff. Needs the EventStore,
 * the DirectoryModule (global) and NOTIFICATIONS_MIGRATIONS run.
 */
@Module({})
export class NotificationsModule {
  static forRoot(options: NotificationsOptions): DynamicModule {
    const mail = options.mailTransport !== 'none';
    const dev = options.mailTransport === 'dev-mailbox';
    const transport: Provider = dev
      ? {
          provide: MailTransport,
          inject: [DevMailboxRepository],
          useFactory: (mailbox: DevMailboxRepository) => new DevMailboxTransport(mailbox, options.mailFrom),
        }
      : {
          provide: MailTransport,
          useFactory: () =>
            new SmtpMailTransport(options.smtpUrl as string, options.mailFrom, options.smtpTimeoutMs, {
              requireTls: options.smtpRequireTls,
            }),
        };
    return {
      module: NotificationsModule,
      controllers: [NotificationPreferencesController, WebhooksController, ...(dev ? [DevMailboxController] : [])],
      providers: [
        { provide: NOTIFICATIONS_OPTIONS, useValue: options },
        NotifiedCaseRepository,
        NotificationPreferencesRepository,
        NotificationPreferences,
        MailOutboxRepository,
        MailRepository,
        MailRecipientRepository,
        DevMailboxRepository,
        MailOutbox,
        NotificationPlanner,
        WebhookRepository,
        WebhookDeliveryRepository,
        PartyWebhooks,
        WebhookFanOut,
        WebhookDeliverer,
        NotificationPruner,
        ...(mail ? [transport, MailSender] : []),
      ],
      exports: [NotificationPlanner, WebhookDeliverer, NotificationPruner, ...(mail ? [MailSender] : [])],
    };
  }
}
