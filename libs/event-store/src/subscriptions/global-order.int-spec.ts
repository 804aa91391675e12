import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { StreamVersionConflictError } from '../errors/stream-version-conflict.error';
import type { RecordedEvent } from '../event';
import { EventStore } from '../event-store';

const TARGET_EVENTS = 20_000;
const WRITERS = 8;
const STREAMS = 300;

/** Small seeded generator, so that a failing run can be repeated with LAGSPILL_TEST_SEED. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('global order under concurrent writers with random commit delays', () => {
  const seed = Number(process.env.LAGSPILL_TEST_SEED ?? Date.now() % 1_000_000);
  let database: TestDatabase;
  let store: EventStore;

  beforeAll(async () => {
    database = await createTestDatabase();
    store = new EventStore({ connection: { connectionString: database.url, max: WRITERS + 4 }, pollIntervalMs: 100 });
  });

  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  it(`delivers every committed event exactly once per stream, in version order (seed ${seed})`, async () => {
    const next = random(seed);
    const delivered = new Map<string, string[]>();
    const outOfOrder: string[] = [];
    const subscription = store
      .subscribe({
        name: 'order-check',
        transactional: false,
        batchSize: 500,
        handle: async (events: readonly RecordedEvent[]) => {
          for (const event of events) {
            const stream = delivered.get(event.streamId) ?? [];
            if (stream.length + 1 !== event.streamVersion) {
              outOfOrder.push(`${event.streamId}: version ${event.streamVersion} after ${stream.length}`);
            }
            stream.push(event.eventId);
            delivered.set(event.streamId, stream);
          }
        },
      })
      .start();

    const committed = new Map<string, string[]>();
    const knownVersion = new Map<string, number>();
    const rolledBack = new Set<string>();
    let committedEvents = 0;
    let conflicts = 0;

    const writer = async () => {
      while (committedEvents < TARGET_EVENTS) {
        const streamId = `stream-${Math.floor(next() * STREAMS)}`;
        const expected = knownVersion.get(streamId) ?? 0;
        const count = 1 + Math.floor(next() * 5);
        const commitDelay = Math.floor(next() * 6);
        const rollback = next() < 0.05;
        try {
          const result = await store.transaction(async (tx) => {
            const appended = await tx.append(
              streamId,
              expected,
              Array.from({ length: count }, (_, i) => ({ type: 'test.noted', schemaVersion: 1, data: { i } })),
            );
            await pause(commitDelay);
            if (rollback) throw new RolledBack(appended.checkpoints.length);
            return appended;
          });
          const events = await store.readStream(streamId, { fromVersion: expected + 1 });
          committed.set(streamId, [
            ...(committed.get(streamId) ?? []),
            ...events.slice(0, count).map((e) => e.eventId),
          ]);
          knownVersion.set(streamId, result.nextExpectedVersion);
          committedEvents += count;
        } catch (error) {
          if (error instanceof StreamVersionConflictError) {
            conflicts++;
            knownVersion.set(streamId, await store.streamVersion(streamId));
          } else if (error instanceof RolledBack) {
            rolledBack.add(streamId);
          } else {
            throw error;
          }
        }
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, writer));
    await subscription.whenCaughtUp(60_000);
    await subscription.stop();

    expect(outOfOrder).toEqual([]);
    expect(committedEvents).toBeGreaterThanOrEqual(TARGET_EVENTS);
    expect(conflicts).toBeGreaterThan(0);
    expect(rolledBack.size).toBeGreaterThan(0);
    expect([...delivered.keys()].sort()).toEqual([...committed.keys()].sort());
    for (const [streamId, eventIds] of committed) {
      expect(delivered.get(streamId)).toEqual(eventIds);
    }
    const deliveredTotal = [...delivered.values()].reduce((sum, ids) => sum + ids.length, 0);
    expect(deliveredTotal).toBe(committedEvents);
    expect(new Set([...delivered.values()].flat()).size).toBe(deliveredTotal);
  }, 120_000);
});

class RolledBack extends Error {
  constructor(readonly events: number) {
    super('rolled back on purpose');
  }
}
