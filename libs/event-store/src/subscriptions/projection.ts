import type { EventShape } from '../event';
import type { EventStore } from '../event-store';
import { subscriptionLockKey, tryTransactionLock } from '../schema/advisory-locks';
import { deleteCheckpoint } from '../schema/subscription-checkpoints';
import { EventProcessor, type EventProcessorOptions } from './event-processor';

export interface ProjectionOptions<E extends EventShape = EventShape> extends EventProcessorOptions<E> {
  /** The read model's tables, emptied by a rebuild. */
  readonly tables: readonly string[];
}

/**
 * A read model folded from the log (see EventProcessor: exactly once). Unlike a processor with effects
 * outside its own tables, it can be thrown away and folded again.
 */
export abstract class Projection<E extends EventShape = EventShape> extends EventProcessor<E> {
  private readonly tables: readonly string[];

  protected constructor(store: EventStore, options: ProjectionOptions<E>) {
    super(store, options);
    this.tables = options.tables;
  }

  /**
   * Throws the read model and the checkpoint away and folds the whole log again. Refuses while another
   * process runs the projection (it holds the subscription's lock): stop that one first.
   */
  async rebuild(timeoutMs = 600_000): Promise<void> {
    const { name } = this.options;
    await this.stop();
    await this.store.transaction(async (tx) => {
      if (!(await tryTransactionLock(tx.sql, subscriptionLockKey(name)))) {
        throw new Error(`${name} is running in another process: stop it before a rebuild`);
      }
      for (const table of this.tables) await tx.sql.query(`DELETE FROM ${table}`);
      await deleteCheckpoint(tx.sql, name);
    });
    this.start();
    await this.whenCaughtUp(timeoutMs);
  }
}
