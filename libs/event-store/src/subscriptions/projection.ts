import type { EventShape } from '../event';
import type { EventStore } from '../event-store';
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
      const { rows } = await tx.sql.query<{ locked: boolean }>(
        `SELECT pg_try_advisory_xact_lock(hashtextextended('event_store.subscription:' || $1, 0)) AS locked`,
        [name],
      );
      if (!rows[0].locked) throw new Error(`${name} is running in another process: stop it before a rebuild`);
      for (const table of this.tables) await tx.sql.query(`DELETE FROM ${table}`);
      await tx.sql.query(`DELETE FROM event_store.subscriptions WHERE name = $1`, [name]);
    });
    this.start();
    await this.whenCaughtUp(timeoutMs);
  }
}
