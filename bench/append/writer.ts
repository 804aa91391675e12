/**
 * One concurrent writer. It owns its streams and appends to them in turn, so it always knows the version
 * each stream is at and every append is an optimistic-concurrency check that succeeds.
 */
export class Writer {
  private readonly versions: number[];
  private current = 0;
  private appends = 0;

  constructor(private readonly streamIds: readonly string[]) {
    this.versions = streamIds.map(() => 0);
  }

  /** The stream the next append goes to. */
  get streamId(): string {
    return this.streamIds[this.current];
  }

  /** The version `streamId` is at: 0 before its first append. */
  get expectedVersion(): number {
    return this.versions[this.current];
  }

  /** True once every stream exists, so that from then on appends extend existing streams. */
  get hasCreatedAllStreams(): boolean {
    return this.appends >= this.streamIds.length;
  }

  /** Records that `events` events were appended to the current stream and moves on to the next one. */
  advance(events: number): void {
    this.versions[this.current] += events;
    this.current = (this.current + 1) % this.streamIds.length;
    this.appends++;
  }
}
