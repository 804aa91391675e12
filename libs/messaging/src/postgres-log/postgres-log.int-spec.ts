import { EventStore, EventStoreSchema1763769600000 } from '@lagspill/event-store';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { envelope, type IntegrationEnvelope } from '../envelope/integration-envelope';
import { integrationMessageFor } from '../envelope/log-integration-events';
import { TOPICS } from '../envelope/topics';
import { TopicNotOnLogError } from '../errors/topic-not-on-log.error';
import { aCaseLife, asNewEvents } from '../testing/case-event-fixtures';
import { PostgresLogConsumer, type LogConsumption } from './postgres-log.consumer';
import { PostgresLogPublisher } from './postgres-log.publisher';

describe('the Postgres-log transport', () => {
  let database: TestDatabase;
  let store: EventStore;
  let consumer: PostgresLogConsumer;
  const running: LogConsumption[] = [];

  beforeAll(async () => {
    database = await createTestDatabase([EventStoreSchema1763769600000]);
    store = new EventStore({ connection: { connectionString: database.url }, pollIntervalMs: 100 });
    consumer = new PostgresLogConsumer(store);
    await store.transaction((tx) => tx.sql.query('CREATE TABLE effects ("group" text, event_id text, type text)'));
  });

  afterEach(async () => {
    await Promise.all(running.splice(0).map((c) => c.stop()));
  });

  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  async function consume(group: string, topic: typeof TOPICS.caseEvents | typeof TOPICS.reportsInbound) {
    const received: IntegrationEnvelope[] = [];
    const consumption = await consumer.consume({
      group,
      topic,
      handle: async (event, tx) => {
        received.push(event);
        await tx.sql.query('INSERT INTO effects VALUES ($1, $2, $3)', [group, event.id, event.type]);
      },
    });
    running.push(consumption);
    return { consumption, received };
  }

  async function effects(group: string): Promise<string[]> {
    const { rows } = await store.transaction((tx) =>
      tx.sql.query<{ event_id: string }>('SELECT event_id FROM effects WHERE "group" = $1', [group]),
    );
    return rows.map((row) => row.event_id);
  }

  it('delivers the log to a named group as the envelopes the Kafka relay would publish', async () => {
    const caseId = '0190f0e0-3333-7000-8000-000000000001';
    await store.append(`case-${caseId}`, 0, asNewEvents(aCaseLife(caseId)));
    const { consumption, received } = await consume('test.case-watcher', TOPICS.caseEvents);
    await consumption.whenCaughtUp();

    const expected = (await store.readStream(`case-${caseId}`)).flatMap((e) => integrationMessageFor(e) ?? []);
    expect(received).toEqual(expected.map((m) => m.envelope));
    expect(received).toHaveLength(4); // the internal comment is not on the stream
  });

  it('keeps each group apart, and a restarted group goes on where it committed, without redelivery', async () => {
    const caseId = '0190f0e0-3333-7000-8000-000000000002';
    await store.append(`case-${caseId}`, 0, asNewEvents(aCaseLife(caseId)));
    const one = await consume('test.one', TOPICS.caseEvents);
    const two = await consume('test.two', TOPICS.caseEvents);
    await Promise.all([one.consumption.whenCaughtUp(), two.consumption.whenCaughtUp()]);
    expect((await effects('test.one')).sort()).toEqual((await effects('test.two')).sort());
    const before = (await effects('test.one')).length;

    await one.consumption.stop();
    const again = await consume('test.one', TOPICS.caseEvents);
    await store.append(`case-${caseId}`, 5, [{ type: 'case.closed', schemaVersion: 1, data: { by: {}, at: 'x' } }]);
    await again.consumption.whenCaughtUp();
    expect(again.received.map((e) => e.type)).toEqual(['case.closed']);
    expect(await effects('test.one')).toHaveLength(before + 1);
  });

  it('has nothing to deliver for a topic that only Kafka carries', async () => {
    const { consumption, received } = await consume('test.inbound', TOPICS.reportsInbound);
    await consumption.whenCaughtUp();
    expect(received).toEqual([]);
  });

  it('publishes nothing for topics the log already is, and refuses topics it cannot carry', async () => {
    const publisher = new PostgresLogPublisher();
    const event = envelope({ id: 'x', type: 't', source: '/test', time: new Date().toISOString(), data: {} });
    await expect(publisher.publish(TOPICS.caseEvents, 'k', event)).resolves.toBeUndefined();
    await expect(publisher.publish(TOPICS.indicators, 'k', event)).resolves.toBeUndefined();
    await expect(publisher.publish(TOPICS.reportsInboundDeadLetter, 'k', event)).rejects.toThrow(TopicNotOnLogError);
    await expect(publisher.publish(TOPICS.reportsInbound, 'k', event)).rejects.toThrow(TopicNotOnLogError);
  });
});
