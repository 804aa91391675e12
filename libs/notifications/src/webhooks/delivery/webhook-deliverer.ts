import { Inject, Injectable } from '@nestjs/common';
import { Clock, Directory, forParty } from '@lagspill/domain';
import { EventStore } from '@lagspill/event-store';
import { CLOUDEVENTS_CONTENT_TYPE } from '@lagspill/messaging';
import { ScheduledJob } from '@lagspill/platform';
import { NOTIFICATIONS_OPTIONS, type NotificationsOptions } from '../../notifications.options';
import { MailOutbox } from '../../planning/mail-outbox';
import { SIGNATURE_HEADER, signatureOf } from '../webhook-signature';
import { WebhookRepository } from '../webhook.repository';
import { postWebhook, type PostOutcome } from './post-webhook';
import { nextAttemptAt, retriedLongEnough } from './retry-schedule';
import { WebhookDeliveryRepository, type AttemptResult, type ClaimedDelivery } from './webhook-delivery.repository';

/** Deliveries attempted at once per round. */
const BATCH = 20;
/** A claim older than the timeout plus this is a sender that died mid-way. */
const LOST_CLAIM_MARGIN_MS = 5_000;

/**
 * Sends due webhook deliveries, signed, and decides what becomes of each: delivered on a 2xx; else
 * retried with exponential backoff until it has been tried for `webhookRetryForMs`, then failed, the
 * webhook turned off and the party told by mail. Several processes may run it: claims keep them apart.
 */
@Injectable()
export class WebhookDeliverer extends ScheduledJob {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(WebhookDeliveryRepository) private readonly deliveries: WebhookDeliveryRepository,
    @Inject(WebhookRepository) private readonly webhooks: WebhookRepository,
    @Inject(MailOutbox) private readonly mail: MailOutbox,
    @Inject(Directory) private readonly directory: Directory,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    super('Webhook delivery round', () => options.intervalMs);
  }

  protected runScheduled(): Promise<number> {
    return this.deliverDue();
  }

  /** One round at `now`; returns how many deliveries it attempted. */
  async deliverDue(now: Date = this.clock.now()): Promise<number> {
    const lost = await this.deliveries.giveUpLost(
      new Date(now.getTime() - this.options.webhookTimeoutMs - LOST_CLAIM_MARGIN_MS),
    );
    if (lost > 0) this.logger.warn(`${lost} webhook delivery(ies) were in flight when their sender stopped`);
    const claimed = await this.store.transaction(({ sql }) => this.deliveries.claimDue(sql, now, BATCH));
    await Promise.all(claimed.map((delivery) => this.attempt(delivery, now)));
    return claimed.length;
  }

  private async attempt(delivery: ClaimedDelivery, now: Date): Promise<void> {
    const outcome = await postWebhook(
      delivery.url,
      delivery.body,
      {
        'content-type': CLOUDEVENTS_CONTENT_TYPE,
        'user-agent': 'Lagspill-Webhooks/1',
        [SIGNATURE_HEADER]: signatureOf(delivery.secret, delivery.body),
        'x-lagspill-delivery': delivery.id,
        'x-lagspill-event': delivery.eventType,
        'x-lagspill-attempt': String(delivery.attempt),
      },
      { timeoutMs: this.options.webhookTimeoutMs, allowPrivateNetwork: this.options.webhookAllowPrivateNetwork },
    );
    const result = attemptResult(outcome);
    await this.store.transaction(async ({ sql }) => {
      if (result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300) {
        return this.deliveries.finish(sql, delivery, result, { status: 'delivered' }, now);
      }
      if (!retriedLongEnough(delivery.firstAttemptAt, now, this.options.webhookRetryForMs)) {
        const at = nextAttemptAt(delivery.attempt, now, this.options.webhookRetryBaseMs);
        return this.deliveries.finish(sql, delivery, result, { status: 'pending', at }, now);
      }
      await this.deliveries.finish(sql, delivery, result, { status: 'failed' }, now);
      const hours = Math.round(this.options.webhookRetryForMs / 3_600_000);
      const reason = `En levering feilet i ${hours} timer (${delivery.attempt} forsøk, sist: ${shown(result)})`;
      if (!(await this.webhooks.disable(sql, delivery.webhookId, reason, now))) return;
      await this.deliveries.abandonPending(sql, delivery.webhookId);
      this.logger.warn(`webhook ${delivery.webhookId} of ${delivery.party} turned off: ${reason}`);
      await this.mail.add(
        sql,
        `webhook-disabled:${delivery.webhookId}`,
        forParty('webhook-disabled', delivery.party, this.directory),
        () => ({
          kind: 'webhook-disabled',
          at: now.toISOString(),
          party: delivery.party,
          detail: { url: delivery.url, reason },
        }),
      );
    });
  }
}

function attemptResult(outcome: PostOutcome): AttemptResult {
  return 'statusCode' in outcome
    ? { statusCode: outcome.statusCode, error: null, durationMs: outcome.durationMs }
    : { statusCode: null, error: outcome.error, durationMs: outcome.durationMs };
}

function shown(result: AttemptResult): string {
  return result.statusCode !== null ? `HTTP ${result.statusCode}` : (result.error ?? 'ukjent feil');
}
