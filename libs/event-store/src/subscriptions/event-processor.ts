import type { EventStore, EventStoreTransaction } from '../event-store';
import type { RecordedEvent } from '../event';
import type { Subscription } from './subscription';

export interface EventProcessorOptions {
  /** The subscription's name: its checkpoint and single-instance lock are keyed by it. */
  readonly name: string;
  readonly eventTypes: readonly string[];
  readonly batchSize?: number;
  /**
   * Default true. False for a processor whose effect is outside the database (publishing to a broker):
   * its checkpoint then moves only after `apply` resolved, and `tx` must not be used.
   */
  readonly transactional?: boolean;
  readonly onError?: (error: unknown, context: string) => void;
}

/**
 * Handles the log's events in a subscription: transactional by default, so each batch's effects commit
 * with its checkpoint and every event counts exactly once (otherwise at least once). Started and stopped with the application (Nest
 * lifecycle hooks), or by hand in scripts and tests. Subclasses say what a batch does.
 */
export abstract class EventProcessor {
  private subscription: Subscription | undefined;

  protected constructor(
    protected readonly store: EventStore,
    protected readonly options: EventProcessorOptions,
  ) {}

  protected abstract apply(events: readonly RecordedEvent[], tx: EventStoreTransaction): Promise<void>;

  onApplicationBootstrap(): void {
    this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  start(): Subscription {
    const { name, eventTypes, batchSize, transactional, onError } = this.options;
    this.subscription ??= this.store
      .subscribe({
        name,
        eventTypes,
        ...(transactional === false ? { transactional } : {}),
        ...(batchSize ? { batchSize } : {}),
        ...(onError ? { onError } : {}),
        handle: (events, tx) => this.apply(events, tx),
      })
      .start();
    return this.subscription;
  }

  async stop(): Promise<void> {
    const subscription = this.subscription;
    this.subscription = undefined;
    await subscription?.stop();
  }

  /** Resolves once every event committed before the call is handled. For tests and replays. */
  async whenCaughtUp(timeoutMs?: number): Promise<void> {
    if (!this.subscription) throw new Error(`${this.options.name} is not running`);
    await this.subscription.whenCaughtUp(timeoutMs);
  }
}
