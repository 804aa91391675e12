import type { EventStore, EventStoreTransaction } from '../event-store';
import type { RecordedEvent } from '../event';
import type { Subscription } from './subscription';

export interface ProjectionOptions {
  /** The subscription's name: its checkpoint and single-instance lock are keyed by it. */
  readonly name: string;
  readonly eventTypes: readonly string[];
  /** The read model's tables, emptied by a rebuild. */
  readonly tables: readonly string[];
  readonly batchSize?: number;
  readonly onError?: (error: unknown, context: string) => void;
}

/**
 * A read model folded from the log by a transactional subscription, so each batch's writes commit with
 * its checkpoint and every event counts exactly once. Subclasses say how a batch changes their tables.
 * Started and stopped with the application (Nest lifecycle hooks), or by hand in scripts and tests.
 */
export abstract class Projection {
  private subscription: Subscription | undefined;

  protected constructor(
    protected readonly store: EventStore,
    private readonly options: ProjectionOptions,
  ) {}

  protected abstract apply(events: readonly RecordedEvent[], tx: EventStoreTransaction): Promise<void>;

  onApplicationBootstrap(): void {
    this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  start(): Subscription {
    const { name, eventTypes, batchSize, onError } = this.options;
    this.subscription ??= this.store
      .subscribe({
        name,
        eventTypes,
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

  /** Resolves once every event committed before the call is in the read model. For tests and replays. */
  async whenCaughtUp(timeoutMs?: number): Promise<void> {
    if (!this.subscription) throw new Error(`${this.options.name} is not running`);
    await this.subscription.whenCaughtUp(timeoutMs);
  }

  /**
   * Throws the read model and the checkpoint away and folds the whole log again. Refuses while another
   * process runs the projection (it holds the subscription's lock): stop that one first.
   */
  async rebuild(timeoutMs = 600_000): Promise<void> {
    const { name, tables } = this.options;
    await this.stop();
    await this.store.transaction(async (tx) => {
      const { rows } = await tx.sql.query<{ locked: boolean }>(
        `SELECT pg_try_advisory_xact_lock(hashtextextended('event_store.subscription:' || $1, 0)) AS locked`,
        [name],
      );
      if (!rows[0].locked) throw new Error(`${name} is running in another process: stop it before a rebuild`);
      for (const table of tables) await tx.sql.query(`DELETE FROM ${table}`);
      await tx.sql.query(`DELETE FROM event_store.subscriptions WHERE name = $1`, [name]);
    });
    this.start();
    await this.whenCaughtUp(timeoutMs);
  }
}
