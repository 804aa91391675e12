import { EventStore, EventStoreSchema1763769600000, isAfter, type Checkpoint } from '@lagspill/event-store';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { TOPICS } from '../envelope/topics';
import { aCaseLife, asNewEvents, SEALED } from '../testing/case-event-fixtures';
import { FakeKafkaClient } from '../../../../test/support/fake-kafka-client';
import { KafkaRelay } from './kafka.relay';

describe('KafkaRelay (PostgreSQL, a fake broker)', () => {
  let database: TestDatabase;
  let store: EventStore;
  let client: FakeKafkaClient;
  let relay: KafkaRelay;
  let cases = 0;

  beforeAll(async () => {
    database = await createTestDatabase([EventStoreSchema1763769600000]);
    store = new EventStore({ connection: { connectionString: database.url }, pollIntervalMs: 100 });
  });

  beforeEach(async () => {
    client = new FakeKafkaClient();
    relay = new KafkaRelay(store, client);
  });

  afterEach(async () => {
    await relay.stop();
  });

  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  async function aCase(): Promise<{ caseId: string; last: Checkpoint }> {
    const caseId = `0190f0e0-2222-7000-8000-${String(++cases).padStart(12, '0')}`;
    const { checkpoints } = await store.append(`case-${caseId}`, 0, asNewEvents(aCaseLife(caseId)));
    return { caseId, last: checkpoints[checkpoints.length - 1] };
  }

  async function storedCheckpoint(): Promise<Checkpoint> {
    const { rows } = await store.transaction((tx) =>
      tx.sql.query<{ transaction_id: string; global_position: string }>(
        `SELECT transaction_id::text, global_position::text FROM event_store.subscriptions WHERE name = $1`,
        [KafkaRelay.SUBSCRIPTION],
      ),
    );
    return rows[0]
      ? { transactionId: BigInt(rows[0].transaction_id), position: BigInt(rows[0].global_position) }
      : { transactionId: 0n, position: 0n };
  }

  it('publishes every case event in the global order to lagspill.case-events, keyed by case id, redacted', async () => {
    const first = await aCase();
    const second = await aCase();
    relay.start();
    await relay.whenCaughtUp();

    const records = client.records(TOPICS.caseEvents);
    const published = records.filter((r) => r.key === first.caseId || r.key === second.caseId);
    // Five events each, less the internal comment.
    expect(published.map((r) => r.key)).toEqual([...Array(4).fill(first.caseId), ...Array(4).fill(second.caseId)]);
    const values = client.values<{ type: string; data: { version: number } }>(TOPICS.caseEvents);
    expect(values.slice(-4).map((v) => [v.type, v.data.version])).toEqual([
      ['case.reported', 1],
      ['case.routed', 2],
      ['case.comment-added', 4],
      ['case.linked', 5],
    ]);
    expect(records.map((r) => r.value).join('\n')).not.toContain(SEALED);
    expect(await storedCheckpoint()).toEqual(second.last);
  });

  it('does not move its checkpoint past a batch the broker refused, and publishes it again on the retry', async () => {
    relay.start();
    await relay.whenCaughtUp();
    const before = await storedCheckpoint();
    client.failNextSend();
    const { caseId, last } = await aCase();
    const held = client.holdNextSend();

    // The first attempt failed; the retry is held, unacknowledged, until the test says so.
    const retried = await held.attempted;
    expect(client.attempts).toHaveLength(2);
    expect(client.attempts[0].map((r) => r.key)).toEqual(Array(4).fill(caseId));
    expect(retried.map((r) => r.value)).toEqual(client.attempts[0].map((r) => r.value));
    expect(client.records(TOPICS.caseEvents)).toHaveLength(0);
    expect(await storedCheckpoint()).toEqual(before);
    expect(isAfter(last, await storedCheckpoint())).toBe(true);

    held.acknowledge();
    await relay.whenCaughtUp();
    expect(client.records(TOPICS.caseEvents).map((r) => r.key)).toEqual(Array(4).fill(caseId));
    expect(await storedCheckpoint()).toEqual(last);
  });

  it('publishes from one relay at a time: a second one waits as a standby', async () => {
    relay.start();
    await relay.whenCaughtUp();
    const standbyClient = new FakeKafkaClient();
    const standby = new KafkaRelay(store, standbyClient);
    standby.start();
    try {
      const { caseId } = await aCase();
      await relay.whenCaughtUp();
      expect(client.records(TOPICS.caseEvents).map((r) => r.key)).toEqual(Array(4).fill(caseId));
      expect(standbyClient.attempts).toEqual([]);
    } finally {
      await standby.stop();
    }
  });

  it('keeps its checkpoint while a send is unacknowledged, also across a restart of the relay', async () => {
    relay.start();
    await relay.whenCaughtUp();
    const before = await storedCheckpoint();
    const held = client.holdNextSend();
    const { caseId, last } = await aCase();
    await held.attempted;
    expect(await storedCheckpoint()).toEqual(before);

    // The process stops with the send in flight and unacknowledged: the next relay starts from the old
    // checkpoint and publishes the batch.
    const stopping = relay.stop();
    held.fail(new Error('connection lost'));
    await stopping;
    expect(client.records(TOPICS.caseEvents)).toHaveLength(0);
    expect(await storedCheckpoint()).toEqual(before);
    relay = new KafkaRelay(store, client);
    relay.start();
    await relay.whenCaughtUp();
    expect(client.records(TOPICS.caseEvents).map((r) => r.key)).toEqual(Array(4).fill(caseId));
    expect(await storedCheckpoint()).toEqual(last);
  });
});
