import { randomUUID } from 'node:crypto';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { viewerOf, type Caller } from '@lagspill/auth';
import type { WebhookCreatedResponse, WebhookDeliveryPage, WebhookResponse } from '@lagspill/contracts';
import {
  containsIdentityNumber,
  Directory,
  managesWebhooksOf,
  redactText,
  requireRoomForWebhook,
  webhookPartyFor,
  webhookPartyListedFor,
} from '@lagspill/domain';
import { EventStore } from '@lagspill/event-store';
import { decodePercentLeniently, ValidationFailedException } from '@lagspill/platform';
import { NOTIFICATIONS_OPTIONS, type NotificationsOptions } from '../notifications.options';
import { WebhookDeliveryRepository } from './delivery/webhook-delivery.repository';
import { webhookUrlProblem } from './delivery/webhook-target';
import { newWebhookSecret } from './webhook-signature';
import { WebhookRepository } from './webhook.repository';
import type {
  ListDeliveriesRequestDto,
  ListWebhooksRequestDto,
  RegisterWebhookRequestDto,
} from './webhook.request.dto';

const DEFAULT_PAGE = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A party's own systems hear of its cases: a responder (or a working group's coordinator) manages their
 * party's webhooks, an admin anyone's. Another party's webhook is not found, as another party's case is.
 */
@Injectable()
export class PartyWebhooks {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(WebhookRepository) private readonly webhooks: WebhookRepository,
    @Inject(WebhookDeliveryRepository) private readonly deliveries: WebhookDeliveryRepository,
    @Inject(Directory) private readonly directory: Directory,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions,
  ) {}

  async register(caller: Caller, body: RegisterWebhookRequestDto): Promise<WebhookCreatedResponse> {
    const party = webhookPartyFor(viewerOf(caller), body.party, this.directory);
    const problem =
      webhookUrlProblem(body.url, this.options.webhookAllowPrivateNetwork) ??
      // The address is shown to the party's people and to admins, and sent on every delivery.
      (containsIdentityNumber(decodePercentLeniently(body.url)) ? 'url must not hold an identity number' : undefined);
    if (problem) throw new ValidationFailedException([{ field: 'url', message: problem }]);
    requireRoomForWebhook(party, (await this.webhooks.list(party)).length);
    const secret = newWebhookSecret();
    const webhook = await this.webhooks.register({
      id: randomUUID(),
      party,
      url: body.url,
      description: body.description === undefined ? undefined : redactText(body.description),
      secret,
      createdBy: caller.username,
    });
    return { ...webhook, secret };
  }

  list(caller: Caller, query: ListWebhooksRequestDto): Promise<WebhookResponse[]> {
    return this.webhooks.list(webhookPartyListedFor(viewerOf(caller), query.party));
  }

  async delete(caller: Caller, id: string): Promise<void> {
    await this.visible(caller, id);
    await this.store.transaction(async ({ sql }) => {
      await this.webhooks.delete(sql, id);
      await this.deliveries.abandonPending(sql, id);
    });
  }

  async deliveryLog(caller: Caller, id: string, query: ListDeliveriesRequestDto): Promise<WebhookDeliveryPage> {
    await this.visible(caller, id);
    return this.deliveries.page(id, query.limit ?? DEFAULT_PAGE, query.cursor);
  }

  private async visible(caller: Caller, id: string): Promise<WebhookResponse> {
    const webhook = UUID.test(id) ? await this.webhooks.find(id) : undefined;
    if (!webhook || !managesWebhooksOf(viewerOf(caller), webhook.party)) {
      throw new NotFoundException(`No webhook ${id}`);
    }
    return webhook;
  }
}
