import {
  DIRECTORY_EVENT_SCHEMA_VERSIONS,
  DIRECTORY_STREAM,
  type Directory,
  type DirectoryEvent,
} from '@lagspill/domain';
import { StreamVersionConflictError, type EventStore, type NewEvent } from '@lagspill/event-store';
import type { LiveDirectory } from './live-directory';

/** Another process changing the directory at the same moment: decide again on the newer directory. */
const ATTEMPTS = 5;
/** Events per append of a large change (an import): one statement each, all in one transaction. */
const APPEND_CHUNK = 2_000;

/**
 * The one way the directory changes: decide against the directory as it stands, append at its version,
 * apply. A concurrent change elsewhere makes the append conflict; then the directory catches up and the
 * decision is made again, so every rule (an orgnr is taken once) holds across processes.
 */
export class DirectoryWriter {
  constructor(
    private readonly store: EventStore,
    private readonly live: LiveDirectory,
  ) {}

  /** `progress` hears how many of the events are appended, chunk by chunk (an import's progress bar). */
  async change<T>(
    decide: (directory: Directory) => { events: readonly DirectoryEvent[]; result: T },
    progress: (appended: number, total: number) => void = () => undefined,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      await this.live.catchUp();
      const version = this.live.directory.version;
      const { events, result } = decide(this.live.directory);
      if (events.length === 0) return result;
      try {
        await this.append(version, events, progress);
        this.live.applyAppended(events, version);
        return result;
      } catch (error) {
        if (!(error instanceof StreamVersionConflictError) || attempt >= ATTEMPTS) throw error;
      }
    }
  }

  private async append(
    version: number,
    events: readonly DirectoryEvent[],
    progress: (appended: number, total: number) => void,
  ): Promise<void> {
    const stored = events.map(toNewEvent);
    if (stored.length <= APPEND_CHUNK) {
      await this.store.append(DIRECTORY_STREAM.id, version, stored);
      progress(stored.length, stored.length);
      return;
    }
    // Still all or nothing: the chunks commit together.
    await this.store.transaction(async (tx) => {
      for (let start = 0; start < stored.length; start += APPEND_CHUNK) {
        const chunk = stored.slice(start, start + APPEND_CHUNK);
        await tx.append(DIRECTORY_STREAM.id, version + start, chunk);
        progress(start + chunk.length, stored.length);
      }
    });
  }
}

function toNewEvent(event: DirectoryEvent): NewEvent {
  return { type: event.type, schemaVersion: DIRECTORY_EVENT_SCHEMA_VERSIONS[event.type], data: event.data };
}
