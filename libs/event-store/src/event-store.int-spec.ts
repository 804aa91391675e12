import { Client } from 'pg';
import { eventually } from '../../../test/support/eventually';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { AppendNotFirstWriteError } from './errors/append-not-first-write.error';
import { DuplicateEventError } from './errors/duplicate-event.error';
import { StreamVersionConflictError } from './errors/stream-version-conflict.error';
import { ANY_VERSION, START_OF_LOG, type NewEvent } from './event';
import { EventStore } from './event-store';
import { EventTypeRegistry } from './upcasting/event-type-registry';

const noted = (n: number, data: object = {}): NewEvent => ({
  type: 'test.noted',
  schemaVersion: 1,
  data: { n, ...data },
});

describe('EventStore (PostgreSQL)', () => {
  let database: TestDatabase;
  let store: EventStore;

  beforeAll(async () => {
    database = await createTestDatabase();
    store = new EventStore({ connection: { connectionString: database.url, max: 60 } });
  });

  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  it('appends a batch as consecutive versions and reads the stream back in order', async () => {
    const result = await store.append('case-batch', 0, [noted(1), noted(2), noted(3)]);

    expect(result.nextExpectedVersion).toBe(3);
    const events = await store.readStream('case-batch');
    expect(events.map((e) => [e.streamVersion, (e.data as { n: number }).n])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(events.every((e) => e.type === 'test.noted' && e.schemaVersion === 1)).toBe(true);
    expect(await store.streamVersion('case-batch')).toBe(3);
  });

  it('lets exactly one of 50 concurrent appends at the same expected version through', async () => {
    await store.append('case-race', 0, [noted(0)]);

    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) => store.append('case-race', 1, [noted(i, { writer: i }), noted(i)])),
    );

    const succeeded = outcomes.filter((o) => o.status === 'fulfilled');
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(succeeded).toHaveLength(1);
    expect(rejected).toHaveLength(49);
    expect(rejected.every((o) => o.reason instanceof StreamVersionConflictError)).toBe(true);
    const events = await store.readStream('case-race');
    expect(events.map((e) => e.streamVersion)).toEqual([1, 2, 3]);
    // Both events of the winning batch, and nothing of any loser.
    expect(new Set(events.slice(1).map((e) => (e.data as { n: number }).n)).size).toBe(1);
  });

  it.each([
    ['stale', 0],
    ['ahead of the stream', 5],
  ])('rejects a %s expected version with a typed conflict and writes nothing', async (_label, expected) => {
    const stream = `case-expected-${expected}`;
    await store.append(stream, 0, [noted(1)]);

    const attempt = store.append(stream, expected, [noted(2)]);

    await expect(attempt).rejects.toBeInstanceOf(StreamVersionConflictError);
    await expect(attempt).rejects.toMatchObject({ code: 'STREAM_VERSION_CONFLICT', actualVersion: 1 });
    expect(await store.streamVersion(stream)).toBe(1);
  });

  it('appends at any version when told to, even under contention', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.append('case-any', ANY_VERSION, [noted(i)])));

    const events = await store.readStream('case-any');
    expect(events.map((e) => e.streamVersion)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('refuses an event id that is already stored, writing nothing of the batch', async () => {
    const eventId = '01939f4e-0000-7000-8000-000000000001';
    await store.append('case-dup-a', 0, [{ ...noted(1), eventId }]);

    await expect(store.append('case-dup-b', 0, [noted(1), { ...noted(2), eventId }])).rejects.toBeInstanceOf(
      DuplicateEventError,
    );
    expect(await store.streamVersion('case-dup-b')).toBe(0);
  });

  it("gives an event the work's correlation id unless its metadata names one, in and out of transactions", async () => {
    let current: string | undefined = 'request-1';
    const correlated = new EventStore({ connection: { connectionString: database.url }, correlationId: () => current });
    try {
      await correlated.append('case-correlated', 0, [noted(1), { ...noted(2), metadata: { correlationId: 'own' } }]);
      await correlated.transaction((tx) =>
        tx.append('case-correlated', 2, [{ ...noted(3), metadata: { actor: { id: 'a' } } }]),
      );
      current = undefined;
      await correlated.append('case-correlated', 3, [noted(4)]);
      const events = await correlated.readStream('case-correlated');
      expect(events.map((e) => e.metadata)).toEqual([
        { correlationId: 'request-1' },
        { correlationId: 'own' },
        { actor: { id: 'a' }, correlationId: 'request-1' },
        {},
      ]);
    } finally {
      await correlated.close();
    }
  });

  it('requires an append in a transaction to be its first write', async () => {
    const attempt = store.transaction(async (tx) => {
      await tx.sql.query('CREATE TEMP TABLE scratch (x int)');
      await tx.sql.query('INSERT INTO scratch VALUES (1)');
      await tx.append('case-late-append', 0, [noted(1)]);
    });

    await expect(attempt).rejects.toBeInstanceOf(AppendNotFirstWriteError);
    expect(await store.streamVersion('case-late-append')).toBe(0);
  });

  it('commits an append together with the rest of its transaction, or not at all', async () => {
    await store.transaction(async (tx) => {
      await tx.append('case-tx', 0, [noted(1)]);
      await tx.append('case-tx-other', 0, [noted(2)]);
    });
    await expect(
      store.transaction(async (tx) => {
        await tx.append('case-tx', 1, [noted(3)]);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');

    expect(await store.streamVersion('case-tx')).toBe(1);
    expect(await store.streamVersion('case-tx-other')).toBe(1);
  });

  it('fails a transaction whose connection is lost between statements, and the process and pool go on', async () => {
    let heardLoss!: () => void;
    const lossHeard = new Promise<void>((resolve) => (heardLoss = resolve));
    const fragile = new EventStore({
      connection: { connectionString: database.url, max: 1 },
      onError: (_, context) => context === 'transaction connection' && heardLoss(),
    });
    const admin = new Client({ connectionString: database.url });
    await admin.connect();
    try {
      const attempt = fragile.transaction(async (tx) => {
        const { rows } = await tx.sql.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
        // As when PostgreSQL stops: the server ends the session while no statement of ours runs.
        await admin.query('SELECT pg_terminate_backend($1)', [rows[0].pid]);
        await lossHeard;
        await tx.append('case-lost-connection', 0, [noted(1)]);
      });

      await expect(attempt).rejects.toThrow(/not queryable/);
      // The one pooled connection was dropped, not handed out again.
      await fragile.append('case-lost-connection', 0, [noted(2)]);
      expect((await fragile.readStream('case-lost-connection')).map((e) => (e.data as { n: number }).n)).toEqual([2]);
    } finally {
      await admin.end();
      await fragile.close();
    }
  });

  it('upcasts old schema versions on read and leaves the stored event as written', async () => {
    const registry = new EventTypeRegistry().register({
      type: 'test.renamed',
      schemaVersion: 3,
      upcasters: {
        1: (data) => ({ fullName: (data as { name: string }).name }),
        2: (data) => ({ ...(data as object), language: 'nb' }),
      },
    });
    const upcasting = new EventStore({ connection: { connectionString: database.url }, registry });
    try {
      await upcasting.append('case-upcast', 0, [
        { type: 'test.renamed', schemaVersion: 1, data: { name: 'Kari' } },
        { type: 'test.renamed', schemaVersion: 3, data: { fullName: 'Ola', language: 'se' } },
      ]);

      const events = await upcasting.readStream('case-upcast');
      expect(events.map((e) => [e.schemaVersion, e.data])).toEqual([
        [3, { fullName: 'Kari', language: 'nb' }],
        [3, { fullName: 'Ola', language: 'se' }],
      ]);
      // The global log shows the event once every transaction older than it in the server has ended.
      const upcast = await eventually('the event in the global log', async () =>
        (await upcasting.readAll(START_OF_LOG, 10_000)).find((e) => e.streamId === 'case-upcast'),
      );
      expect(upcast.data).toEqual({ fullName: 'Kari', language: 'nb' });
      const raw = new Client({ connectionString: database.url });
      await raw.connect();
      const stored = await raw.query(
        `SELECT schema_version, data FROM event_store.events WHERE stream_id = 'case-upcast' ORDER BY stream_version`,
      );
      await raw.end();
      expect(stored.rows[0]).toEqual({ schema_version: 1, data: { name: 'Kari' } });
    } finally {
      await upcasting.close();
    }
  });
});
