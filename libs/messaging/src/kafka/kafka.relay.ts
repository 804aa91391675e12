import { EventProcessor, type EventStore, type RecordedEvent } from '@lagspill/event-store';
import { integrationMessageFor, LOG_TOPIC_EVENT_TYPES, type LogTopicEvent } from '../envelope/log-integration-events';
import type { KafkaClientPort } from './kafka-client.port';
import { toKafkaRecord } from './kafka-records';

export interface KafkaRelayOptions {
  /** Told of each failed batch (it is retried with backoff). */
  readonly onError?: (error: unknown, context: string) => void;
}

/**
 * The log is the outbox; this is its relay. It reads the store's global order from its checkpoint and
 * publishes each case event to lagspill.case-events (keyed by case id) and each indicators.published to
 * lagspill.indicators. Its subscription is not transactional: the checkpoint moves only after `send`
 * resolved, i.e. after the brokers acknowledged the whole batch. A failed send throws, the checkpoint
 * stays, and the subscription retries the batch (published again; consumers de-duplicate by id). The
 * subscription's lock keeps one relay active across all processes; others wait as standbys.
 */
export class KafkaRelay extends EventProcessor<LogTopicEvent> {
  static readonly SUBSCRIPTION = 'messaging.kafka-relay';

  constructor(
    store: EventStore,
    private readonly client: KafkaClientPort,
    options: KafkaRelayOptions = {},
  ) {
    super(store, {
      name: KafkaRelay.SUBSCRIPTION,
      transactional: false,
      eventTypes: Object.values(LOG_TOPIC_EVENT_TYPES).flat(),
      ...(options.onError ? { onError: options.onError } : {}),
    });
  }

  protected async apply(events: readonly RecordedEvent<LogTopicEvent>[]): Promise<void> {
    const records = events.flatMap((event) => {
      const message = integrationMessageFor(event);
      return message ? [toKafkaRecord(message.topic, message.key, message.envelope)] : [];
    });
    if (records.length > 0) await this.client.send(records);
  }
}
