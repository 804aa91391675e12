import { EventStore, EventStoreSchema1763769600000, type EventStoreTransaction } from '@lagspill/event-store';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { envelope, type IntegrationEnvelope } from '../envelope/integration-envelope';
import { TOPICS } from '../envelope/topics';
import { MessageRejectedError } from '../errors/message-rejected.error';
import { MessagingInbox1796112000000 } from '../inbox/inbox.migration';
import type { StreamConsumption } from '../ports/event-stream-consumer';
import { FakeKafkaClient } from '../../../../test/support/fake-kafka-client';
import { KafkaEventStreamConsumer, MESSAGE_REJECTED } from './kafka.consumer';
import { KafkaPublisher } from './kafka.publisher';
import { toKafkaRecord } from './kafka-records';

const GROUP = 'test.effects';

describe('KafkaEventStreamConsumer (PostgreSQL inbox, a fake broker)', () => {
  let database: TestDatabase;
  let store: EventStore;
  let client: FakeKafkaClient;
  let consumer: KafkaEventStreamConsumer;
  const running: StreamConsumption[] = [];
  let ids = 0;
  const told: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase([EventStoreSchema1763769600000, MessagingInbox1796112000000]);
    store = new EventStore({ connection: { connectionString: database.url }, pollIntervalMs: 100 });
    await store.transaction((tx) => tx.sql.query('CREATE TABLE effects (event_id text, note text)'));
  });

  beforeEach(async () => {
    client = new FakeKafkaClient();
    told.splice(0);
    consumer = new KafkaEventStreamConsumer(client, store, new KafkaPublisher(client), (_error, context) =>
      told.push(context),
    );
    await store.transaction((tx) => tx.sql.query('TRUNCATE effects, messaging.inbox'));
  });

  afterEach(async () => {
    await Promise.all(running.splice(0).map((c) => c.stop()));
  });

  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  const anEnvelope = (note: string): IntegrationEnvelope =>
    envelope({
      id: `event-${++ids}`,
      type: 'test.noted',
      source: '/test',
      time: new Date().toISOString(),
      data: { note },
    });

  const produce = (value: IntegrationEnvelope | string, key = 'key-1') => {
    const record = typeof value === 'string' ? { key, value } : toKafkaRecord(TOPICS.caseEvents, key, value);
    client.produce(TOPICS.caseEvents, record.key, record.value);
  };

  /** Records one row per handled envelope, in the consumer's transaction. */
  const recordEffect = async (received: IntegrationEnvelope, tx: EventStoreTransaction) => {
    await tx.sql.query('INSERT INTO effects VALUES ($1, $2)', [received.id, (received.data as { note: string }).note]);
  };

  async function start(
    handle = recordEffect,
    deadLetterTopic: typeof TOPICS.reportsInboundDeadLetter | undefined = undefined,
  ) {
    const consumption = await consumer.consume({
      group: GROUP,
      topic: TOPICS.caseEvents,
      handle,
      ...(deadLetterTopic ? { deadLetterTopic } : {}),
    });
    running.push(consumption);
    return consumption;
  }

  async function effects(): Promise<string[]> {
    const { rows } = await store.transaction((tx) =>
      tx.sql.query<{ note: string }>('SELECT note FROM effects ORDER BY note'),
    );
    return rows.map((row) => row.note);
  }

  it('commits an offset only once the effect is committed, and a redelivered envelope changes nothing', async () => {
    const seenAtCommit: string[][] = [];
    client.beforeCommit = async () => void seenAtCommit.push(await effects());
    const first = anEnvelope('a');
    produce(first);
    produce(first);
    produce(anEnvelope('b'));
    await start();
    await client.whenIdle(GROUP);

    expect(await effects()).toEqual(['a', 'b']);
    // At each commit the effect of the committed record was already visible to another connection.
    expect(seenAtCommit).toEqual([['a'], ['a'], ['a', 'b']]);
    expect(client.commits).toEqual([
      `${GROUP} ${TOPICS.caseEvents} 1`,
      `${GROUP} ${TOPICS.caseEvents} 2`,
      `${GROUP} ${TOPICS.caseEvents} 3`,
    ]);
  });

  it('redelivers after a restart when the offset commit was lost, without a second effect', async () => {
    produce(anEnvelope('a'));
    client.loseNextCommit();
    const crashed = await start();
    await client.whenIdle(GROUP);
    expect(client.commits).toEqual([]);

    await crashed.stop();
    running.splice(running.indexOf(crashed), 1);
    await start();
    await client.whenIdle(GROUP);
    expect(await effects()).toEqual(['a']);
    expect(client.commits).toEqual([`${GROUP} ${TOPICS.caseEvents} 1`]);
  });

  it('rolls a failed handler back, leaves the offset, and handles the record again', async () => {
    let failures = 1;
    produce(anEnvelope('a'));
    await start(async (received, tx) => {
      await recordEffect(received, tx);
      if (failures-- > 0) throw new Error('database hiccup');
    });
    await client.whenIdle(GROUP);
    expect(await effects()).toEqual(['a']);
    expect(client.commits).toEqual([`${GROUP} ${TOPICS.caseEvents} 1`]);
  });

  it('lets a handler append to the event store in the same transaction as its inbox row', async () => {
    const streamId = `noted-${++ids}`;
    const noted = anEnvelope('appended');
    produce(noted);
    produce(noted);
    await start(async (received, tx) => {
      await tx.append(streamId, 'any', [{ type: 'test.noted', schemaVersion: 1, data: { from: received.id } }]);
    });
    await client.whenIdle(GROUP);
    expect(await store.readStream(streamId)).toHaveLength(1);
  });

  it('moves rejected and malformed messages to the dead-letter topic with the reasons, and goes on', async () => {
    produce(anEnvelope('bad'), 'org-1');
    produce('{not json', 'org-2');
    produce(anEnvelope('good'), 'org-3');
    await start(async (received, tx) => {
      if ((received.data as { note: string }).note === 'bad') {
        throw new MessageRejectedError([{ field: 'title', message: 'title should not be empty' }]);
      }
      await recordEffect(received, tx);
    }, TOPICS.reportsInboundDeadLetter);
    await client.whenIdle(GROUP);

    expect(await effects()).toEqual(['good']);
    expect(client.commits.at(-1)).toBe(`${GROUP} ${TOPICS.caseEvents} 3`);
    const dead = client.values<IntegrationEnvelope<Record<string, unknown>>>(TOPICS.reportsInboundDeadLetter);
    expect(dead.map((d) => [d.type, d.subject, d.data.reasons])).toEqual([
      [MESSAGE_REJECTED, 'org-1', [{ field: 'title', message: 'title should not be empty' }]],
      [MESSAGE_REJECTED, 'org-2', [{ field: '(message)', message: 'the message value is not JSON' }]],
    ]);
    expect(dead[1].data).toMatchObject({ topic: TOPICS.caseEvents, offset: '1', key: 'org-2', value: '{not json' });
    expect(client.records(TOPICS.reportsInboundDeadLetter).map((r) => r.key)).toEqual(['org-1', 'org-2']);
    expect(told).toEqual([
      `${GROUP}: ${TOPICS.caseEvents}/0/0 moved to ${TOPICS.reportsInboundDeadLetter}`,
      `${GROUP}: ${TOPICS.caseEvents}/0/1 moved to ${TOPICS.reportsInboundDeadLetter}`,
    ]);
  });

  it('does not judge a rejected envelope again when it is redelivered', async () => {
    const bad = anEnvelope('bad');
    produce(bad);
    produce(bad);
    await start(async () => {
      throw new MessageRejectedError([{ field: 'note', message: 'never valid' }]);
    }, TOPICS.reportsInboundDeadLetter);
    await client.whenIdle(GROUP);
    expect(client.records(TOPICS.reportsInboundDeadLetter)).toHaveLength(1);
  });

  it('without a dead-letter topic, retries a rejected message instead of skipping it', async () => {
    let attempts = 0;
    produce(anEnvelope('bad'));
    const consumption = await start(async () => {
      attempts += 1;
      throw new MessageRejectedError([{ field: 'note', message: 'never valid' }]);
    });
    while (attempts < 3) await new Promise((resolve) => setImmediate(resolve));
    await consumption.stop();
    expect(client.commits).toEqual([]);
  });
});
