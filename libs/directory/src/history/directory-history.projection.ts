import { Inject, Injectable, Logger } from '@nestjs/common';
import type { CatalogEvents } from '@lagspill/contracts';
import { DIRECTORY_EVENT_TYPES, directoryEntryOf, type DirectoryEvent } from '@lagspill/domain';
import { EventStore, Projection, type EventStoreTransaction, type RecordedEvent } from '@lagspill/event-store';
import { DirectoryHistoryRepository } from './directory-history.repository';

export const DIRECTORY_HISTORY_SUBSCRIPTION = 'directory.history';
type DirectoryHistoryEvent = CatalogEvents<typeof DIRECTORY_EVENT_TYPES>;

/** Files each directory event under the entry it changes, for `…/history` (exactly once, rebuildable). */
@Injectable()
export class DirectoryHistoryProjection extends Projection<DirectoryHistoryEvent> {
  private readonly logger = new Logger(DirectoryHistoryProjection.name);

  constructor(
    @Inject(EventStore) store: EventStore,
    @Inject(DirectoryHistoryRepository) private readonly history: DirectoryHistoryRepository,
  ) {
    super(store, {
      name: DIRECTORY_HISTORY_SUBSCRIPTION,
      eventTypes: DIRECTORY_EVENT_TYPES,
      tables: ['directory.entry_change'],
      onError: (error, context) => this.logger.warn({ err: error }, `${context} failed; retrying`),
    });
  }

  protected async apply(
    events: readonly RecordedEvent<DirectoryHistoryEvent>[],
    { sql }: EventStoreTransaction,
  ): Promise<void> {
    await this.history.addAll(
      sql,
      events.map((recorded) => {
        const event = { type: recorded.type, data: recorded.data } as DirectoryEvent;
        return { ...directoryEntryOf(event), version: recorded.streamVersion, event };
      }),
    );
  }
}
