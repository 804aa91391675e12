import { Inject, Injectable } from '@nestjs/common';
import { Clock, Directory } from '@lagspill/domain';
import { EventStore, runExclusively } from '@lagspill/event-store';
import { ScheduledJob } from '@lagspill/platform';
import { NOTIFICATIONS_OPTIONS, type NotificationsOptions } from '../notifications.options';
import { MailOutboxRepository } from '../planning/mail-outbox.repository';
import { composeMail } from './compose-mail';
import { MailRecipientRepository } from './mail-recipient.repository';
import { MailRepository, type ClaimedMail } from './mail.repository';
import { MailOutcomeUnknownError, MailTransport, SOCKET_TIMEOUT_FACTOR } from './mail-transport';

/** One composer at a time across processes (runExclusively). */
const COMPOSER_LOCK = 'notifications.mail-composer';
const ADDRESSES_PER_ROUND = 200;
/** A digest lists at most this many; the rest wait for the next. */
const NOTICES_PER_MAIL = 50;
const MAILS_PER_ROUND = 20;
/** Beyond the longest a send can take (connect, greet, each reply), a claim is a dead sender's. */
const LOST_CLAIM_MARGIN_MS = 5_000;
const SMTP_STEPS = 2 + SOCKET_TIMEOUT_FACTOR;
const RETRY_BASE_MS = 60_000;
const MAX_ATTEMPTS = 10;

export interface MailRound {
  /** Mails a dead sender left in flight, now uncertain. */
  readonly lost: number;
  readonly composed: number;
  /** Mails handed to the server this round, accepted or refused. */
  readonly attempted: number;
}

/**
 * Composes and sends notification mail. An address with notices waiting gets them at once if its last
 * mail is older than the digest window, else when the window has passed, all in one digest: many events
 * for one person within a few minutes make one mail, not a flood. Each mail is claimed (committed)
 * before it is handed to the server and marked sent after, so a restart never sends it again.
 */
@Injectable()
export class MailSender extends ScheduledJob {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(MailRepository) private readonly mails: MailRepository,
    @Inject(MailOutboxRepository) private readonly outbox: MailOutboxRepository,
    @Inject(MailRecipientRepository) private readonly recipients: MailRecipientRepository,
    @Inject(MailTransport) private readonly transport: MailTransport,
    @Inject(Directory) private readonly directory: Directory,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    super('Mail round', () => options.intervalMs);
  }

  override async onApplicationShutdown(): Promise<void> {
    await super.onApplicationShutdown();
    this.transport.close();
  }

  protected runScheduled(): Promise<MailRound> {
    return this.round();
  }

  /** Composes what is due, then sends what is due, as of `now`. */
  async round(now: Date = this.clock.now()): Promise<MailRound> {
    const lostAfterMs = this.options.smtpTimeoutMs * SMTP_STEPS + LOST_CLAIM_MARGIN_MS;
    const lost = await this.mails.giveUpLost(new Date(now.getTime() - lostAfterMs));
    if (lost > 0) this.logger.warn(`${lost} mail(s) were being sent when their sender stopped; not sent again`);
    const composed = await this.compose(now);
    const claimed = await this.store.transaction(({ sql }) => this.mails.claimDue(sql, now, MAILS_PER_ROUND));
    for (const mail of claimed) await this.send(mail, now);
    return { lost, composed, attempted: claimed.length };
  }

  private async compose(now: Date): Promise<number> {
    const composed = await runExclusively(this.store, COMPOSER_LOCK, async ({ sql }) => {
      const addresses = await this.outbox.addressesDue(
        sql,
        new Date(now.getTime() - this.options.digestMs),
        ADDRESSES_PER_ROUND,
      );
      for (const address of addresses) {
        const waiting = await this.outbox.waitingFor(sql, address, NOTICES_PER_MAIL);
        const mail = composeMail(waiting.notices, {
          baseUrl: this.options.publicBaseUrl,
          recipient: waiting.recipient,
          partyName: (party) => this.directory.findHolder(party)?.name ?? party,
        });
        const mailId = await this.mails.add(sql, address, mail, waiting.ids.length, now);
        await this.outbox.taken(sql, waiting.ids, mailId);
        await this.recipients.mailed(sql, address, now);
      }
      return addresses.length;
    });
    return composed ?? 0;
  }

  private async send(mail: ClaimedMail, now: Date): Promise<void> {
    try {
      await this.transport.send({ ...mail, to: mail.address });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof MailOutcomeUnknownError) {
        this.logger.warn(`mail ${mail.id} may have been delivered (${message}); not sent again`);
        await this.mails.uncertain(mail.id, message);
        return;
      }
      const retryAt =
        mail.attempts < MAX_ATTEMPTS ? new Date(now.getTime() + RETRY_BASE_MS * 2 ** (mail.attempts - 1)) : undefined;
      this.logger.warn(`mail ${mail.id} refused (${message}); ${retryAt ? 'retrying later' : 'giving up'}`);
      await this.mails.refused(mail.id, message, retryAt);
      return;
    }
    await this.mails.sent(mail.id, this.clock.now());
  }
}
