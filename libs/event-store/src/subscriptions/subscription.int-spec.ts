import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import type { NewEvent, RecordedEvent } from '../event';
import { EventStore } from '../event-store';
import type { Subscription } from './subscription';

const noted = (n: number): NewEvent => ({ type: 'test.noted', schemaVersion: 1, data: { n } });

describe('Subscription (PostgreSQL)', () => {
  let database: TestDatabase;
  let store: EventStore;
  const running: Subscription[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    store = new EventStore({ connection: { connectionString: database.url, max: 20 }, pollIntervalMs: 200 });
    await store.transaction(async (tx) => {
      await tx.append('setup', 0, [noted(0)]);
      await tx.sql.query('CREATE TABLE effects (subscription text, event_id uuid, stream_id text, stream_version int)');
    });
  });

  afterEach(async () => {
    await Promise.all(running.splice(0).map((s) => s.stop()));
  });

  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  /** A transactional subscription that records each delivered event as a row, in the same transaction. */
  function recordingSubscription(
    name: string,
    options: { failOnce?: (e: RecordedEvent) => boolean; batchSize?: number } = {},
  ) {
    let failed = false;
    const subscription = store.subscribe({
      name,
      batchSize: options.batchSize,
      handle: async (events, tx) => {
        for (const event of events) {
          await tx.sql.query('INSERT INTO effects VALUES ($1, $2, $3, $4)', [
            name,
            event.eventId,
            event.streamId,
            event.streamVersion,
          ]);
          if (!failed && options.failOnce?.(event)) {
            failed = true;
            throw new Error('handler failed once');
          }
        }
      },
    });
    running.push(subscription);
    return subscription;
  }

  async function effects(name: string): Promise<{ event_id: string; stream_id: string; stream_version: number }[]> {
    const { rows } = await store.transaction((tx) =>
      tx.sql.query<{ event_id: string; stream_id: string; stream_version: number }>(
        'SELECT event_id, stream_id, stream_version FROM effects WHERE subscription = $1',
        [name],
      ),
    );
    return rows;
  }

  it('does not deliver a later commit before an earlier-started transaction commits, then delivers both once', async () => {
    const delivered: RecordedEvent[] = [];
    const subscription = store
      .subscribe({
        name: 'out-of-order',
        transactional: false,
        handle: async (events) => void delivered.push(...events),
      })
      .start();
    running.push(subscription);
    await subscription.whenCaughtUp();
    delivered.length = 0;

    let commitA!: () => void;
    const aMayCommit = new Promise<void>((resolve) => (commitA = resolve));
    let aAppended!: () => void;
    const aHasAppended = new Promise<void>((resolve) => (aAppended = resolve));
    const transactionA = store.transaction(async (tx) => {
      await tx.append('stream-a', 0, [noted(1)]);
      aAppended();
      await aMayCommit;
    });
    await aHasAppended;
    await store.append('stream-b', 0, [noted(2)]);
    const rolledBack = store.transaction(async (tx) => {
      await tx.append('stream-c', 0, [noted(3)]);
      throw new Error('rolled back');
    });
    await expect(rolledBack).rejects.toThrow('rolled back');

    // B is committed, but A, older, is still open: the subscriber reads and must hand out nothing yet.
    await subscription.whenRead();
    await subscription.whenRead();
    expect(delivered).toEqual([]);

    commitA();
    await transactionA;
    await subscription.whenCaughtUp();
    expect(delivered.map((e) => e.streamId)).toEqual(['stream-a', 'stream-b']);
    await subscription.whenRead();
    expect(delivered.map((e) => e.streamId)).toEqual(['stream-a', 'stream-b']);
  });

  it('resumes from its checkpoint after a stop, with no gap and no duplicate effect', async () => {
    for (let i = 0; i < 30; i++) {
      await store.append(
        `resume-${i}`,
        0,
        Array.from({ length: 100 }, (_, n) => noted(n)),
      );
    }
    const first = recordingSubscription('resume', { batchSize: 100 }).start();
    while ((await effects('resume')).length < 1000) await new Promise((resolve) => setImmediate(resolve));
    await first.stop();
    const afterStop = (await effects('resume')).length;
    expect(afterStop).toBeGreaterThanOrEqual(1000);
    expect(afterStop).toBeLessThan(3001);

    const second = recordingSubscription('resume', { batchSize: 100 }).start();
    await second.whenCaughtUp();

    const rows = await effects('resume');
    const { rows: log } = await store.transaction((tx) =>
      tx.sql.query<{ event_id: string }>('SELECT event_id FROM event_store.events'),
    );
    expect(rows).toHaveLength(log.length);
    expect(new Set(rows.map((r) => r.event_id))).toEqual(new Set(log.map((e) => e.event_id)));
    expect(rows.filter((r) => r.stream_id.startsWith('resume-'))).toHaveLength(3000);
  });

  it('rolls back a failed batch with its checkpoint and applies it once on retry', async () => {
    await store.append(
      'retry',
      0,
      Array.from({ length: 50 }, (_, n) => noted(n)),
    );
    const subscription = recordingSubscription('retry', {
      failOnce: (e) => e.streamId === 'retry' && e.streamVersion === 25,
    }).start();

    await subscription.whenCaughtUp();

    const rows = (await effects('retry')).filter((r) => r.stream_id === 'retry');
    expect(rows.map((r) => r.stream_version).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 50 }, (_, n) => n + 1),
    );
  });

  it('runs one instance per name; a standby takes over from the checkpoint when the active one stops', async () => {
    const active = recordingSubscription('single').start();
    await active.whenCaughtUp();
    const standby = recordingSubscription('single').start();
    await store.append('single-1', 0, [noted(1)]);
    await active.whenCaughtUp();

    await active.stop();
    await store.append('single-2', 0, [noted(2)]);
    await standby.whenCaughtUp();

    const rows = await effects('single');
    expect(new Set(rows.map((r) => r.event_id)).size).toBe(rows.length);
    expect(rows.map((r) => r.stream_id)).toEqual(expect.arrayContaining(['single-1', 'single-2']));
  });

  it('delivers only the event types asked for, and still moves past the others', async () => {
    const delivered: string[] = [];
    const subscription = store
      .subscribe({
        name: 'filtered',
        eventTypes: ['test.wanted'],
        transactional: false,
        handle: async (events) => void delivered.push(...events.map((e) => e.type)),
      })
      .start();
    running.push(subscription);
    await store.append('filtered', 0, [noted(1), { type: 'test.wanted', schemaVersion: 1, data: {} }, noted(2)]);

    await subscription.whenCaughtUp();

    expect(delivered).toEqual(['test.wanted']);
  });

  it('delivers an event held back by a transaction open elsewhere in the server as soon as it ends', async () => {
    // Polls too seldom to matter: nothing announces the end of the other transaction.
    const app = new EventStore({ connection: { connectionString: database.url }, pollIntervalMs: 60_000 });
    const other = new Client({ connectionString: database.url });
    await other.connect();
    try {
      const delivered: string[] = [];
      const subscription = app
        .subscribe({
          name: 'held-back',
          handle: async (events) => void delivered.push(...events.map((e) => e.streamId)),
        })
        .start();
      await subscription.whenCaughtUp();
      await other.query('BEGIN');
      await other.query('SELECT pg_current_xact_id()');
      await app.append('held-back', 0, [noted(1)]);
      await subscription.whenRead();
      expect(delivered).not.toContain('held-back');

      await other.query('COMMIT');
      await subscription.whenCaughtUp(10_000);
      expect(delivered).toContain('held-back');
    } finally {
      await other.end();
      await app.close();
    }
  });

  it('reads a new event from the log once for all the subscriptions of a process, each handling it itself', async () => {
    // Its own store, which polls too seldom to read on its own: only the append wakes the subscriptions.
    const app = new EventStore({ connection: { connectionString: database.url }, pollIntervalMs: 60_000 });
    try {
      const delivered = new Map<string, string[]>();
      const subscriptions = ['shared-1', 'shared-2', 'shared-3', 'shared-4'].map((name) =>
        app
          .subscribe({
            name,
            handle: async (events, tx) => {
              delivered.set(name, [...(delivered.get(name) ?? []), ...events.map((e) => e.streamId)]);
              await tx.sql.query('INSERT INTO effects (subscription, event_id) SELECT $1, unnest($2::uuid[])', [
                name,
                events.map((e) => e.eventId),
              ]);
            },
          })
          .start(),
      );
      await Promise.all(subscriptions.map((s) => s.whenCaughtUp()));
      const reads = jest.spyOn(app, 'readAll');

      const { checkpoints } = await app.append('shared', 0, [noted(1)]);
      await Promise.all(subscriptions.map((s) => s.whenCaughtUp()));

      const results = await Promise.all(reads.mock.results.map((r) => r.value as Promise<RecordedEvent[]>));
      expect(results.filter((events) => events.some((e) => e.streamId === 'shared'))).toHaveLength(1);
      for (const subscription of subscriptions) {
        expect(delivered.get(subscription.name)).toContain('shared');
        expect(subscription.position).toEqual(checkpoints[0]);
        expect(await effects(subscription.name)).toHaveLength(delivered.get(subscription.name)!.length);
      }
    } finally {
      await app.close();
    }
  });
});
