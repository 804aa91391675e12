import type { EventStoreTransaction } from '@lagspill/event-store';
import type { IntegrationEnvelope } from '../envelope/integration-envelope';
import type { Topic } from '../envelope/topics';

/**
 * Handles one event. Its database writes go through `tx`, which also records the event as handled, so
 * the effect and the de-duplication record commit together (an append must be its first write). Throw
 * MessageRejectedError for a message that can never be handled; any other error means "try again".
 */
export type EnvelopeHandler = (envelope: IntegrationEnvelope, tx: EventStoreTransaction) => Promise<void>;

export interface ConsumeOptions {
  /** The consumer group: its position and its de-duplication records are kept under this name. */
  readonly group: string;
  readonly topic: Topic;
  readonly handle: EnvelopeHandler;
  /** Where rejected messages go, with the reasons; without one a rejection is retried like any error. */
  readonly deadLetterTopic?: Topic;
}

/** A running consumer group member; stop it on shutdown. */
export interface StreamConsumption {
  stop(): Promise<void>;
}

/**
 * The port "consume a stream of events as a named group": every event of the topic reaches the group's
 * handler at least once, in order per key, and a redelivered event changes nothing (see EnvelopeHandler).
 */
export abstract class EventStreamConsumer {
  abstract consume(options: ConsumeOptions): Promise<StreamConsumption>;
}
