import { Logger } from '@nestjs/common';
import { Directory, DIRECTORY_STREAM, type DirectoryEvent } from '@lagspill/domain';
import { runExclusively, type EventStore, type RecordedEvent, type StreamFollower } from '@lagspill/event-store';
import { DirectorySnapshotRepository } from './directory-snapshot.repository';

/** A snapshot is written once the directory has moved this many changes past the stored one. */
const SNAPSHOT_EVERY = 500;
/** One process at a time writes it: the others would only throw their copy away. */
const SNAPSHOT_LOCK = 'directory.snapshot';

/**
 * The process's directory (decision 0019): loaded from the snapshot and the stream's events after it,
 * then kept current by following the stream; lookups on `directory` stay synchronous. Changes made here
 * are applied at once, so a request sees its own change in its answer.
 */
export class LiveDirectory {
  private readonly logger = new Logger('Directory');
  private readonly follower: StreamFollower;
  private snapshotVersion: number;
  private writingSnapshot: Promise<void> | undefined;

  private constructor(
    private readonly store: EventStore,
    readonly directory: Directory,
    private readonly snapshots: DirectorySnapshotRepository,
  ) {
    this.snapshotVersion = directory.version;
    this.follower = store.followStream({
      streamId: DIRECTORY_STREAM.id,
      version: () => this.directory.version,
      handle: (events) => this.handle(events),
      // Not after every page of a long catch-up: once, when it is done.
      caughtUp: () => this.maybeSnapshot(),
    });
  }

  /** The directory as stored: the snapshot, then every event after it. */
  static async load(store: EventStore, snapshots = new DirectorySnapshotRepository()): Promise<LiveDirectory> {
    const snapshot = await snapshots.load(store.sql);
    const live = new LiveDirectory(store, snapshot ? Directory.fromSnapshot(snapshot) : Directory.empty(), snapshots);
    await live.catchUp();
    return live;
  }

  /** Applies whatever the stream holds beyond this process's version; resolves when applied. */
  catchUp(): Promise<void> {
    return this.follower.catchUp();
  }

  /** Starts following other processes' changes; resolves once they reach this process within moments. */
  start(): Promise<void> {
    return this.follower.start();
  }

  async stop(): Promise<void> {
    await this.follower.stop();
    await this.writingSnapshot;
  }

  /** Applies events this process appended at `fromVersion + 1` onwards (the follower skips them later). */
  applyAppended(events: readonly DirectoryEvent[], fromVersion: number): void {
    events.forEach((event, index) => this.directory.apply(event, fromVersion + index + 1));
    this.maybeSnapshot();
  }

  /**
   * Stores the directory as it stands now, unless another process is storing one (then it has one as new
   * as this, or will have). Used every SNAPSHOT_EVERY changes, and by tests and the benchmark.
   */
  async writeSnapshot(): Promise<void> {
    await this.writingSnapshot;
    await this.storeSnapshot(1);
  }

  /** Stores a snapshot when the stored one is at least `behind` changes older than this directory. */
  private async storeSnapshot(behind: number): Promise<void> {
    await runExclusively(this.store, SNAPSHOT_LOCK, async (tx) => {
      // Another process may have stored a recent one: then this one's copy would only be thrown away.
      this.snapshotVersion = Math.max(this.snapshotVersion, await this.snapshots.version(tx.sql));
      const snapshot = this.directory.snapshot();
      if (snapshot.version - this.snapshotVersion < behind) return;
      await this.snapshots.save(tx.sql, snapshot);
      this.snapshotVersion = snapshot.version;
    });
  }

  private handle(events: readonly RecordedEvent[]): void {
    for (const event of events) {
      this.directory.apply({ type: event.type, data: event.data } as DirectoryEvent, event.streamVersion);
    }
  }

  private maybeSnapshot(): void {
    if (this.writingSnapshot || this.directory.version - this.snapshotVersion < SNAPSHOT_EVERY) return;
    // A failure only means a slower next start.
    this.writingSnapshot = this.storeSnapshot(SNAPSHOT_EVERY)
      .catch((error: unknown) => this.logger.warn({ err: error }, 'could not store the directory snapshot'))
      .finally(() => (this.writingSnapshot = undefined));
  }
}
