import { Inject, Injectable } from '@nestjs/common';
import type { HistoryReader } from '@lagspill/contracts';
import type { CaseEvent, NotifiedCase } from '@lagspill/domain';
import { EventStore, type RecordedEvent } from '@lagspill/event-store';
import { caseEventEnvelope } from '@lagspill/messaging';
import type { DeliverableWebhook } from '../webhook.repository';
import type { NewDelivery } from './webhook-delivery.repository';

const NO_ORIGINALS = () => undefined;

/**
 * Plans a case event's deliveries to the webhooks of every party that may see the case, each in that
 * party's own view (the redaction of GET /api/cases/{id}/history, never an original). A party that gets
 * the case for the first time gets its history so far too, so its system knows what the case is about.
 */
@Injectable()
export class WebhookFanOut {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  /**
   * The deliveries of one event (to add with WebhookDeliveryRepository.add). `linked` is the case a
   * `case.linked` event links to, so that only parties who may see it learn of the link.
   */
  async deliveriesOf(
    event: RecordedEvent<CaseEvent>,
    notified: NotifiedCase,
    active: readonly DeliverableWebhook[],
    newParty: string | undefined,
    linked: NotifiedCase | undefined,
  ): Promise<NewDelivery[]> {
    const hooks = active.filter((hook) => notified.routedParties.includes(hook.party));
    if (hooks.length === 0) return [];
    const history = hooks.some((hook) => hook.party === newParty)
      ? await this.store.readStream(event.streamId, { limit: event.streamVersion })
      : [event];
    const planned: NewDelivery[] = [];
    for (const hook of hooks) {
      const reader: HistoryReader = {
        viewer: { role: 'responder', party: hook.party },
        original: false,
        unseal: NO_ORIGINALS,
        visibleLinks: new Set(linked?.routedParties.includes(hook.party) ? [linked.caseId] : []),
      };
      for (const recorded of hook.party === newParty ? history : [event]) {
        const envelope = caseEventEnvelope(recorded, reader);
        if (!envelope) continue;
        planned.push({
          webhookId: hook.id,
          eventId: recorded.eventId,
          caseId: notified.caseId,
          eventType: recorded.type,
          body: JSON.stringify(envelope),
        });
      }
    }
    return planned;
  }
}
