import type { EventStore, Subscription } from '@lagspill/event-store';
import { integrationMessageFor, LOG_TOPIC_EVENT_TYPES } from '../envelope/log-integration-events';
import { EventStreamConsumer, type ConsumeOptions, type StreamConsumption } from '../ports/event-stream-consumer';

/** A consumer group on the log; `whenCaughtUp` lets tests and replays wait without sleeping. */
export interface LogConsumption extends StreamConsumption {
  whenCaughtUp(timeoutMs?: number): Promise<void>;
}

/**
 * Consuming without Kafka: a group is a named, transactional subscription on the event store. The
 * handler's writes commit with the subscription's checkpoint, which is this transport's de-duplication
 * record, so the inbox is not needed here. Envelopes are made exactly as the Kafka relay makes them, so
 * a handler sees the same events on either transport. A topic that is not on the log (inbound reports)
 * has nothing to deliver: the consumption is idle.
 */
export class PostgresLogConsumer extends EventStreamConsumer {
  constructor(
    private readonly store: EventStore,
    private readonly onError: (error: unknown, context: string) => void = () => undefined,
  ) {
    super();
  }

  /** The subscription a group's consumption of a topic runs as. */
  static subscriptionName(group: string, topic: string): string {
    return `messaging.${group}.${topic}`;
  }

  async consume({ group, topic, handle }: ConsumeOptions): Promise<LogConsumption> {
    const eventTypes = LOG_TOPIC_EVENT_TYPES[topic];
    if (!eventTypes) return { stop: async () => undefined, whenCaughtUp: async () => undefined };
    const subscription: Subscription = this.store
      .subscribe({
        name: PostgresLogConsumer.subscriptionName(group, topic),
        eventTypes,
        onError: this.onError,
        handle: async (events, tx) => {
          for (const event of events) {
            const message = integrationMessageFor(event);
            if (message?.topic === topic) await handle(message.envelope, tx);
          }
        },
      })
      .start();
    return {
      stop: () => subscription.stop(),
      whenCaughtUp: (timeoutMs) => subscription.whenCaughtUp(timeoutMs),
    };
  }
}
