import type { EventStore, RecordedEvent, Subscription } from '@lagspill/event-store';
import { integrationMessageFor, LOG_TOPIC_EVENT_TYPES } from '../envelope/log-integration-events';
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
export class KafkaRelay {
  static readonly SUBSCRIPTION = 'messaging.kafka-relay';
  private subscription: Subscription | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly client: KafkaClientPort,
    private readonly options: KafkaRelayOptions = {},
  ) {}

  onApplicationBootstrap(): void {
    this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  start(): Subscription {
    this.subscription ??= this.store
      .subscribe({
        name: KafkaRelay.SUBSCRIPTION,
        transactional: false,
        eventTypes: Object.values(LOG_TOPIC_EVENT_TYPES).flat(),
        ...(this.options.onError ? { onError: this.options.onError } : {}),
        handle: (events) => this.publish(events),
      })
      .start();
    return this.subscription;
  }

  async stop(): Promise<void> {
    const subscription = this.subscription;
    this.subscription = undefined;
    await subscription?.stop();
  }

  /** Resolves once everything committed before the call was acknowledged by the brokers. */
  async whenCaughtUp(timeoutMs?: number): Promise<void> {
    if (!this.subscription) throw new Error(`${KafkaRelay.SUBSCRIPTION} is not running`);
    await this.subscription.whenCaughtUp(timeoutMs);
  }

  private async publish(events: readonly RecordedEvent[]): Promise<void> {
    const records = events.flatMap((event) => {
      const message = integrationMessageFor(event);
      return message ? [toKafkaRecord(message.topic, message.key, message.envelope)] : [];
    });
    if (records.length > 0) await this.client.send(records);
  }
}
