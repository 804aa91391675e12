import type { EventStore, EventStoreTransaction } from '../event-store';
import type { EventShape, RecordedEvent } from '../event';
import type { Subscription } from './subscription';

export interface EventProcessorOptions<E extends EventShape = EventShape> {
  /** The subscription's name: its checkpoint and single-instance lock are keyed by it. */
  readonly name: string;
  /** The types `apply` receives: those of `E`, so a type string the processor does not know is a compile error. */
  readonly eventTypes: readonly E['type'][];
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
 * lifecycle hooks), or by hand in scripts and tests. Subclasses say what a batch does, typed by `E`: the
 * union of the catalog events their `eventTypes` select.
 */
export abstract class EventProcessor<E extends EventShape = EventShape> {
  private subscription: Subscription | undefined;

  protected constructor(
    protected readonly store: EventStore,
    protected readonly options: EventProcessorOptions<E>,
  ) {}

  protected abstract apply(events: readonly RecordedEvent<E>[], tx: EventStoreTransaction): Promise<void>;

  onApplicationBootstrap(): void {
    this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  start(): Subscription {
    const { name, eventTypes, batchSize, transactional, onError } = this.options;
    this.subscription ??= this.store
      .subscribe<E>({
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
