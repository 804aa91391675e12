import { isAfter, type Checkpoint, type RecordedEvent } from '../event';

/** Rows a shared read asks for at least, so that subscriptions with small batches can share it. */
const SHARED_READ_ROWS = 500;

/**
 * What a read found. `heldBack`: it found nothing, yet the log holds events after the place read from;
 * they wait behind a transaction still open somewhere in the PostgreSQL server (transaction ids are
 * server-wide), and show once it ends, which no append announces.
 */
export interface LogRead {
  readonly events: readonly RecordedEvent[];
  readonly heldBack: boolean;
}

interface Read {
  readonly after: Checkpoint;
  readonly limit: number;
  readonly generation: number;
  readonly result: Promise<LogRead>;
}

/**
 * One read of the log for all of a process's subscriptions that stand at the same place: every append
 * wakes all of them at once, and each reading and decoding the same rows was most of what a report cost
 * them. Each subscription still handles its events in its own transaction with its own checkpoint.
 *
 * Two things are shared. A read in flight is joined by a subscription at the same checkpoint that was
 * woken by no append since the read started (else the read might not show that append, and the
 * subscription would wait for the next one). And the last read's events are handed out again to any
 * subscription whose checkpoint lies inside them: a read returns only events of transactions older than
 * every one still running, so no event can appear later between two of them.
 */
export class SharedLogReader {
  private readonly inFlight = new Map<string, Read>();
  private latest: { readonly after: Checkpoint; readonly events: readonly RecordedEvent[] } | undefined;

  constructor(
    private readonly readAll: (after: Checkpoint, limit: number) => Promise<readonly RecordedEvent[]>,
    private readonly head: () => Promise<Checkpoint | undefined>,
  ) {}

  /** Up to `limit` events after `after`; `generation` is the append notifier's when the caller last woke. */
  async read(after: Checkpoint, limit: number, generation: number): Promise<LogRead> {
    const kept = this.fromLatest(after, limit);
    if (kept) return { events: kept, heldBack: false };
    const key = `${after.transactionId}/${after.position}`;
    let read = this.inFlight.get(key);
    if (!read || read.generation !== generation || read.limit < limit) {
      read = this.start(key, after, Math.max(limit, SHARED_READ_ROWS), generation);
    }
    const { events, heldBack } = await read.result;
    return { events: events.slice(0, limit), heldBack };
  }

  private start(key: string, after: Checkpoint, limit: number, generation: number): Read {
    const result = this.readAll(after, limit).then(async (events): Promise<LogRead> => {
      if (events.length > 0) {
        this.latest = { after, events };
        return { events, heldBack: false };
      }
      const head = await this.head();
      return { events, heldBack: head !== undefined && isAfter(head, after) };
    });
    const read: Read = { after, limit, generation, result };
    this.inFlight.set(key, read);
    const done = () => {
      if (this.inFlight.get(key) === read) this.inFlight.delete(key);
    };
    result.then(done, done);
    return read;
  }

  private fromLatest(after: Checkpoint, limit: number): readonly RecordedEvent[] | undefined {
    const latest = this.latest;
    if (!latest || isAfter(latest.after, after)) return undefined;
    const next = latest.events.findIndex((event) => isAfter(event.checkpoint, after));
    return next < 0 ? undefined : latest.events.slice(next, next + limit);
  }
}
