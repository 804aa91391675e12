import { Pool, type PoolClient, type PoolConfig } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { AppendNotFirstWriteError } from './errors/append-not-first-write.error';
import { DuplicateEventError } from './errors/duplicate-event.error';
import { StreamVersionConflictError } from './errors/stream-version-conflict.error';
import {
  ANY_VERSION,
  type AppendResult,
  type Checkpoint,
  type EventShape,
  type ExpectedVersion,
  type NewEvent,
  type RecordedEvent,
} from './event';
import { appendToStream, type AppendRow } from './schema/append-to-stream';
import { readAllRows, readHead, readStreamRows, readStreamVersion, type StoredEventRow } from './schema/read-events';
import type { SqlExecutor } from './sql';
import { AppendNotifier } from './subscriptions/append-notifier';
import { SharedLogReader } from './subscriptions/shared-log-reader';
import { StreamFollower, type StreamFollowerOptions } from './subscriptions/stream-follower';
import { Subscription, type SubscriptionOptions } from './subscriptions/subscription';
import { EventTypeRegistry } from './upcasting/event-type-registry';

const UNIQUE_VIOLATION = '23505';
const ANY_VERSION_ATTEMPTS = 10;

export interface EventStoreOptions {
  readonly connection: PoolConfig;
  readonly registry?: EventTypeRegistry;
  /** How often subscriptions look for new events when no notification arrives. */
  readonly pollIntervalMs?: number;
  readonly onError?: (error: unknown, context: string) => void;
  /**
   * The correlation id of the work in progress (the HTTP request's id), given to every appended event
   * whose metadata names none.
   */
  readonly correlationId?: () => string | undefined;
}

/** Appends and reads inside one database transaction; see `EventStore.transaction`. */
export interface EventStoreTransaction {
  readonly sql: SqlExecutor;
  append(streamId: string, expectedVersion: ExpectedVersion, events: readonly NewEvent[]): Promise<AppendResult>;
}

/**
 * The PostgreSQL event log: optimistic-concurrency appends in one round trip, per-stream and global
 * reads, and subscriptions that never skip an event that commits late.
 */
export class EventStore {
  readonly registry: EventTypeRegistry;
  private readonly pool: Pool;
  private readonly notifier: AppendNotifier;
  private readonly reader = new SharedLogReader(
    (after, limit) => this.readAll(after, limit),
    () => this.head(),
  );
  private readonly subscriptions = new Set<Subscription>();
  private readonly onError: (error: unknown, context: string) => void;

  constructor(private readonly options: EventStoreOptions) {
    this.registry = options.registry ?? new EventTypeRegistry();
    this.onError = options.onError ?? (() => undefined);
    this.pool = new Pool({ max: 10, ...options.connection });
    this.pool.on('error', (error) => this.onError(error, 'idle pool client'));
    this.notifier = new AppendNotifier(options.connection, this.pool, this.onError);
  }

  /**
   * The pool, for statements outside a transaction (each commits on its own): what repositories read
   * with at request time. Work that must commit together goes through `transaction`.
   */
  get sql(): SqlExecutor {
    return this.pool;
  }

  /** Appends `events` to a stream at `expectedVersion` (0: the stream must be new), all or nothing. */
  async append(streamId: string, expectedVersion: ExpectedVersion, events: readonly NewEvent[]): Promise<AppendResult> {
    const result = await this.appendWith(this.pool, streamId, expectedVersion, events);
    this.notifier.appended();
    return result;
  }

  /**
   * Runs `work` in one transaction. An append in it must be its first write, so that the transaction's
   * id, which orders the global log, is taken by the append (see AppendNotFirstWriteError).
   */
  async transaction<T>(work: (tx: EventStoreTransaction) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    // While the work between two statements runs, no query owns the connection, so pg reports its loss
    // (PostgreSQL stopped or restarted) as an 'error' event on the client, which would end the process
    // if nobody listened. Heard, it makes the transaction's next statement fail, and the client is
    // dropped instead of going back to the pool.
    let lost: Error | undefined;
    const onLost = (error: Error) => {
      lost ??= error;
      this.onError(error, 'transaction connection');
    };
    client.on('error', onLost);
    let appended = false;
    const tx: EventStoreTransaction = {
      sql: client,
      append: async (streamId, expectedVersion, events) => {
        if (!appended) await assertNoWriteYet(client, streamId);
        const result = await this.appendWith(client, streamId, expectedVersion, events);
        appended = true;
        return result;
      },
    };
    try {
      await client.query('BEGIN');
      const result = await work(tx);
      await client.query('COMMIT');
      if (appended) this.notifier.appended();
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackFailed: Error) => (lost ??= rollbackFailed));
      throw error;
    } finally {
      // The pool listens again from here on; with an error it drops the client.
      client.off('error', onLost);
      client.release(lost);
    }
  }

  async readStream(streamId: string, options: { fromVersion?: number; limit?: number } = {}): Promise<RecordedEvent[]> {
    const rows = await readStreamRows(this.pool, streamId, options.fromVersion ?? 1, options.limit ?? 10_000);
    return rows.map((row) => this.toRecordedEvent(row));
  }

  /** The stream's current version; 0 when it does not exist. */
  streamVersion(streamId: string): Promise<number> {
    return readStreamVersion(this.pool, streamId);
  }

  /** Events after `after` in global order, stopping before any transaction that may still commit. */
  async readAll(after: Checkpoint, limit = 1000, sql: SqlExecutor = this.pool): Promise<RecordedEvent[]> {
    const rows = await readAllRows(sql, after, limit);
    return rows.map((row) => this.toRecordedEvent(row));
  }

  /** The last committed event's place in the global order. */
  head(): Promise<Checkpoint | undefined> {
    return readHead(this.pool);
  }

  /** A named subscription; `start()` it. Only one instance per name runs at a time across processes. */
  subscribe<E extends EventShape = EventShape>(options: SubscriptionOptions<E>): Subscription {
    const subscription = new Subscription(this, this.pool, this.notifier, this.reader, {
      pollIntervalMs: this.options.pollIntervalMs ?? 1000,
      onError: this.onError,
      // `handle` gets only `eventTypes`, the types of E (every event when they are absent).
      ...(options as SubscriptionOptions),
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  /** Follows one stream in this process (no checkpoint, no lock); `start()` it, and `stop()` it before `close`. */
  followStream(options: Omit<StreamFollowerOptions, 'pollIntervalMs' | 'onError'>): StreamFollower {
    return new StreamFollower(
      (streamId, fromVersion, limit) => this.readStream(streamId, { fromVersion, limit }),
      this.notifier,
      { pollIntervalMs: this.options.pollIntervalMs ?? 1000, onError: this.onError, ...options },
    );
  }

  /** Answers whether the database can be reached; for readiness checks. */
  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    await this.notifier.close();
    await this.pool.end();
  }

  private async appendWith(
    sql: SqlExecutor,
    streamId: string,
    expectedVersion: ExpectedVersion,
    events: readonly NewEvent[],
  ): Promise<AppendResult> {
    const correlationId = this.options.correlationId?.();
    const rows = events.map((event) => toAppendRow(event, correlationId));
    if (rows.length === 0) throw new Error(`Nothing to append to ${streamId}`);
    const exact = expectedVersion === ANY_VERSION ? null : expectedVersion;
    const attempts = exact === null && sql === this.pool ? ANY_VERSION_ATTEMPTS : 1;
    for (let attempt = 1; ; attempt++) {
      try {
        const outcome = await appendToStream(sql, streamId, exact, rows);
        if (outcome.appended.length === 0) {
          throw new StreamVersionConflictError(streamId, exact ?? outcome.versionBefore, outcome.versionBefore);
        }
        return {
          nextExpectedVersion: outcome.appended[outcome.appended.length - 1].streamVersion,
          checkpoints: outcome.appended.map(({ transactionId, position }) => ({ transactionId, position })),
        };
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        if (error.constraint === 'events_event_id_unique') throw new DuplicateEventError(streamId);
        // Another writer took the same version between our read of the head and our insert.
        if (attempt >= attempts) throw new StreamVersionConflictError(streamId, exact ?? -1, undefined);
      }
    }
  }

  private toRecordedEvent(row: StoredEventRow): RecordedEvent {
    const { schemaVersion, data } = this.registry.upcast(row.event_type, row.schema_version, row.data);
    return {
      eventId: row.event_id,
      type: row.event_type,
      schemaVersion,
      data,
      metadata: row.metadata,
      streamId: row.stream_id,
      streamVersion: row.stream_version,
      checkpoint: { transactionId: BigInt(row.transaction_id), position: BigInt(row.global_position) },
      recordedAt: row.recorded_at,
    };
  }
}

function toAppendRow(event: NewEvent, correlationId: string | undefined): AppendRow {
  if (!event.type) throw new Error('An event needs a type');
  if (!Number.isInteger(event.schemaVersion) || event.schemaVersion < 1) {
    throw new Error(`Event ${event.type} has an invalid schema version ${event.schemaVersion}`);
  }
  return {
    eventId: event.eventId ?? uuidv7(),
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: JSON.stringify(event.data),
    metadata: JSON.stringify(
      correlationId && event.metadata?.correlationId === undefined
        ? { ...event.metadata, correlationId }
        : (event.metadata ?? {}),
    ),
  };
}

async function assertNoWriteYet(client: PoolClient, streamId: string): Promise<void> {
  const { rows } = await client.query<{ assigned: boolean }>(
    'SELECT pg_current_xact_id_if_assigned() IS NOT NULL AS assigned',
  );
  if (rows[0].assigned) throw new AppendNotFirstWriteError(streamId);
}

function isUniqueViolation(error: unknown): error is Error & { code: string; constraint?: string } {
  return error instanceof Error && (error as { code?: string }).code === UNIQUE_VIOLATION;
}
