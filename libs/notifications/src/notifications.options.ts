import type { AppConfig } from '@lagspill/platform';

export const NOTIFICATIONS_OPTIONS = Symbol('NOTIFICATIONS_OPTIONS');

export interface NotificationsOptions {
  /** How mail leaves: over SMTP, into the dev mailbox (/dev/mail), or not at all (nothing is planned). */
  readonly mailTransport: 'smtp' | 'dev-mailbox' | 'none';
  readonly smtpUrl: string | undefined;
  /** `smtp://` must upgrade with STARTTLS, or the mail is not sent (production). */
  readonly smtpRequireTls: boolean;
  readonly mailFrom: string;
  /** How long the SMTP server may stay silent; a claim older than a send can take is a dead sender's. */
  readonly smtpTimeoutMs: number;
  /** Links in mail point here: `<publicBaseUrl>/saker/<id>`. */
  readonly publicBaseUrl: string;
  /** After a mail to an address, the next waits this long and carries everything since, as a digest. */
  readonly digestMs: number;
  /** How often the mail and webhook senders look for work; 0: never (tests send by hand). */
  readonly intervalMs: number;
  /** What was sent, and finished deliveries, are kept this long. */
  readonly retentionMs: number;
  readonly webhookRetryBaseMs: number;
  readonly webhookRetryForMs: number;
  readonly webhookTimeoutMs: number;
  /** Webhooks may use plain http and reach loopback and private addresses (dev and tests only). */
  readonly webhookAllowPrivateNetwork: boolean;
}

export function notificationsOptionsFrom(config: AppConfig): NotificationsOptions {
  return {
    mailTransport: config.mailTransport,
    smtpUrl: config.SMTP_URL,
    smtpRequireTls: config.smtpRequireTls,
    mailFrom: config.MAIL_FROM,
    smtpTimeoutMs: config.SMTP_TIMEOUT_MS,
    publicBaseUrl: config.publicBaseUrl,
    digestMs: config.MAIL_DIGEST_SECONDS * 1000,
    intervalMs: config.NOTIFICATION_INTERVAL_MS,
    retentionMs: config.NOTIFICATION_RETENTION_DAYS * 86_400_000,
    webhookRetryBaseMs: config.WEBHOOK_RETRY_BASE_MS,
    webhookRetryForMs: config.WEBHOOK_RETRY_HOURS * 3_600_000,
    webhookTimeoutMs: config.WEBHOOK_TIMEOUT_MS,
    webhookAllowPrivateNetwork: config.webhookAllowPrivateNetwork,
  };
}
