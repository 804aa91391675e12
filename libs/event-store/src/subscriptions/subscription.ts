import { Client, type Pool } from 'pg';
import { isAfter, START_OF_LOG, type Checkpoint, type EventShape, type RecordedEvent } from '../event';
import type { EventStore, EventStoreTransaction } from '../event-store';
import { subscriptionLockKey, trySessionLock } from '../schema/advisory-locks';
import { readCheckpoint, storeCheckpoint } from '../schema/subscription-checkpoints';
import type { AppendNotifier } from './append-notifier';
import type { SharedLogReader } from './shared-log-reader';
import { sleep } from './sleep';

export interface SubscriptionOptions<E extends EventShape = EventShape> {
  /** Stable name: the checkpoint and the single-instance lock are keyed by it. */
  readonly name: string;
  /**
   * Handles a batch of events in global order. In a transactional subscription (the default) its writes
   * through `tx` commit together with the checkpoint, so each event's effect is applied exactly once;
   * otherwise the checkpoint moves after it returns and delivery is at least once.
   */
  readonly handle: (events: readonly RecordedEvent<E>[], tx: EventStoreTransaction) => Promise<void>;
  readonly transactional?: boolean;
  /**
   * Only these types reach `handle` (all when absent); the checkpoint moves past the others all the same.
   * They are the types of `E`, so `handle` is typed by the catalog events it is given.
   */
  readonly eventTypes?: readonly E['type'][];
  readonly batchSize?: number;
  readonly pollIntervalMs?: number;
  readonly onError?: (error: unknown, context: string) => void;
}

const MAX_RETRY_DELAY_MS = 30_000;
/** How long a checkpoint moved past other types' events may go unstored while events keep coming. */
const SKIPPED_UNSTORED_MS = 1000;
/** The first and the longest wait for events held back by an open transaction (doubling in between). */
const HELD_BACK_FIRST_RETRY_MS = 10;
const HELD_BACK_MAX_RETRY_MS = 250;

class LostOwnershipError extends Error {}

/**
 * Delivers the log to one handler, in (transaction id, position) order, from a stored checkpoint. One
 * instance per name is active across all processes (a session advisory lock); the others wait as
 * standbys. The checkpoint is also compared on every move, so a lost lock can never apply a batch twice.
 */
export class Subscription {
  /** The stored checkpoint: events up to it are handled for good. */
  private checkpoint: Checkpoint = START_OF_LOG;
  /**
   * Read past `checkpoint` over events of other types only, not stored yet: a commit per such batch was
   * most of what a subscription cost a report it does not handle. Stored once the log has nothing more
   * to read, with the next handled batch, or after SKIPPED_UNSTORED_MS; lost with the process, which
   * only means reading those events again.
   */
  private skipped: { readonly to: Checkpoint; readonly since: number } | undefined;
  private lockClient: Client | undefined;
  private running: Promise<void> | undefined;
  private stopController = new AbortController();
  private readonly progressWaiters = new Set<() => void>();
  private readsStarted = 0;
  private readonly readWaiters = new Map<() => void, number>();
  private readonly options: Required<Omit<SubscriptionOptions, 'eventTypes'>> & Pick<SubscriptionOptions, 'eventTypes'>;
  private readonly eventTypes: ReadonlySet<string> | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly pool: Pool,
    private readonly notifier: AppendNotifier,
    private readonly reader: SharedLogReader,
    options: SubscriptionOptions,
  ) {
    this.options = {
      transactional: true,
      pollIntervalMs: 1000,
      onError: () => undefined,
      ...options,
      // Also when the caller passes `batchSize: undefined`.
      batchSize: options.batchSize ?? 500,
    };
    this.eventTypes = options.eventTypes && new Set(options.eventTypes);
  }

  get name(): string {
    return this.options.name;
  }

  /** Where this instance has got to (START_OF_LOG until it owns the subscription). */
  get position(): Checkpoint {
    return this.checkpoint;
  }

  start(): this {
    if (!this.running) {
      this.stopController = new AbortController();
      this.running = this.run();
    }
    return this;
  }

  async stop(): Promise<void> {
    this.stopController.abort();
    await this.running;
    this.running = undefined;
    this.notifyProgress();
  }

  /** Resolves once every event committed before the call has been handled. For tests and replays. */
  async whenCaughtUp(timeoutMs = 30_000): Promise<void> {
    const head = await this.store.head();
    if (!head) return;
    const deadline = Date.now() + timeoutMs;
    while (isAfter(head, this.checkpoint)) {
      if (!this.running) throw new Error(`Subscription ${this.name} is not running`);
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`Subscription ${this.name} did not catch up within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, Math.min(remaining, 100));
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.progressWaiters.add(done);
      });
    }
  }

  /**
   * Resolves after the next read of the log that starts after this call has finished and its events (if
   * any) were handled. Lets a test check what was, or was not, delivered at a point without sleeping.
   */
  whenRead(): Promise<void> {
    const target = this.readsStarted + 1;
    return new Promise((resolve) => this.readWaiters.set(resolve, target));
  }

  private async run(): Promise<void> {
    const signal = this.stopController.signal;
    let failures = 0;
    let heldBackRetryMs = HELD_BACK_FIRST_RETRY_MS;
    while (!signal.aborted) {
      try {
        if (!this.lockClient && !(await this.acquireLock())) {
          await sleep(this.options.pollIntervalMs, signal);
          continue;
        }
        const generation = this.notifier.currentGeneration;
        const read = ++this.readsStarted;
        const { events, heldBack } = await this.reader.read(
          this.skipped?.to ?? this.checkpoint,
          this.options.batchSize,
          generation,
        );
        if (events.length > 0) await this.deliver(events);
        if (this.skipped && (events.length === 0 || Date.now() - this.skipped.since >= SKIPPED_UNSTORED_MS)) {
          await this.storeSkipped(this.skipped.to);
        }
        failures = 0;
        this.notifyRead(read);
        if (heldBack) {
          // No append will announce that the open transaction ended: look again soon, not after a poll.
          await sleep(Math.min(heldBackRetryMs, this.options.pollIntervalMs), signal);
          heldBackRetryMs = Math.min(heldBackRetryMs * 2, HELD_BACK_MAX_RETRY_MS);
          continue;
        }
        heldBackRetryMs = HELD_BACK_FIRST_RETRY_MS;
        if (events.length === 0) await this.notifier.waitForAppend(generation, this.options.pollIntervalMs, signal);
      } catch (error) {
        if (signal.aborted) break;
        failures++;
        this.options.onError(error, `subscription ${this.name}`);
        if (error instanceof LostOwnershipError) await this.releaseLock();
        else if (this.lockClient)
          this.checkpoint = await readCheckpoint(this.pool, this.name).catch(() => this.checkpoint);
        this.skipped = undefined;
        await sleep(Math.min(MAX_RETRY_DELAY_MS, 100 * 2 ** Math.min(failures, 9)), signal);
      }
    }
    await this.releaseLock();
  }

  private async deliver(events: readonly RecordedEvent[]): Promise<void> {
    const from = this.checkpoint;
    const to = events[events.length - 1].checkpoint;
    const relevant = this.eventTypes ? events.filter((e) => this.eventTypes?.has(e.type)) : events;
    if (relevant.length === 0) {
      this.skipped = { to, since: this.skipped?.since ?? Date.now() };
      return;
    }
    if (this.options.transactional) {
      await this.store.transaction(async (tx) => {
        await this.options.handle(relevant, tx);
        if (!(await storeCheckpoint(tx.sql, this.name, from, to))) throw new LostOwnershipError(this.name);
      });
    } else {
      await this.options.handle(relevant, { sql: this.pool, append: (...args) => this.store.append(...args) });
      if (!(await storeCheckpoint(this.pool, this.name, from, to))) throw new LostOwnershipError(this.name);
    }
    this.moved(to);
  }

  private async storeSkipped(to: Checkpoint): Promise<void> {
    if (!(await storeCheckpoint(this.pool, this.name, this.checkpoint, to))) throw new LostOwnershipError(this.name);
    this.moved(to);
  }

  private moved(to: Checkpoint): void {
    this.checkpoint = to;
    this.skipped = undefined;
    this.notifyProgress();
  }

  private async acquireLock(): Promise<boolean> {
    const client = new Client(this.pool.options);
    client.on('error', (error) => {
      // The session, and with it the lock, is gone: stop until it is taken again.
      this.options.onError(error, `subscription ${this.name} lock connection`);
      if (this.lockClient === client) this.lockClient = undefined;
    });
    try {
      await client.connect();
      if (!(await trySessionLock(client, subscriptionLockKey(this.name)))) {
        await client.end();
        return false;
      }
      this.lockClient = client;
      this.checkpoint = await readCheckpoint(this.pool, this.name);
      this.skipped = undefined;
      this.notifyProgress();
      return true;
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
  }

  private async releaseLock(): Promise<void> {
    const client = this.lockClient;
    this.lockClient = undefined;
    // Closing the session releases its advisory lock.
    await client?.end().catch(() => undefined);
  }

  private notifyRead(read: number): void {
    for (const [waiter, target] of [...this.readWaiters]) {
      if (read >= target) {
        this.readWaiters.delete(waiter);
        waiter();
      }
    }
  }

  private notifyProgress(): void {
    for (const waiter of [...this.progressWaiters]) waiter();
    this.progressWaiters.clear();
  }
}
