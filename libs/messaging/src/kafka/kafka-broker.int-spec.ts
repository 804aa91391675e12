import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { EventStore, EventStoreSchema1763769600000, type EventStoreTransaction } from '@lagspill/event-store';
import { loadConfig } from '@lagspill/platform';
import { eventually } from '../../../../test/support/eventually';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import type { IntegrationEnvelope } from '../envelope/integration-envelope';
import { TOPICS } from '../envelope/topics';
import { MESSAGING_MIGRATIONS } from '../messaging.migrations';
import type { StreamConsumption } from '../ports/event-stream-consumer';
import { aCaseLife, asNewEvents } from '../testing/case-event-fixtures';
import {
  KafkaClientPort,
  type IncomingKafkaRecord,
  type KafkaGroupMember,
  type OutgoingKafkaRecord,
} from './kafka-client.port';
import { KafkaEventStreamConsumer } from './kafka.consumer';
import { KafkaPublisher } from './kafka.publisher';
import { KafkaRelay } from './kafka.relay';
import { KafkajsAdapter } from './kafkajs.adapter';

/*
 * The Kafka transport against a real broker. Runs only when KAFKA_BROKERS is set; against the compose
 * file's broker:
 *
 *   docker compose up -d kafka
 *   KAFKA_BROKERS=localhost:9094 npm run test:jest -- libs/messaging/src/kafka/kafka-broker.int-spec.ts
 *
 * The restart test restarts the broker with `docker compose restart kafka` (from the repository root);
 * KAFKA_TEST_RESTART_COMMAND names another command for another broker.
 */
const brokers = loadConfig(process.env).kafkaBrokers;
const ROOT = resolve(__dirname, '../../../..');
const RESTART_COMMAND = process.env.KAFKA_TEST_RESTART_COMMAND ?? 'docker compose restart kafka';
const BROKER_TIMEOUT_MS = 180_000;

/** Waits in steps of 200 ms, up to two minutes: joining a group and a broker restart take seconds. */
const slowly = { attempts: 600, intervalMs: 200 };

/**
 * The port, watched: which records a member finished with, and optionally with offset commits switched
 * off (what a consumer that died after its effects committed, but before its offsets did, leaves behind).
 */
class ObservedClient extends KafkaClientPort {
  readonly finished: IncomingKafkaRecord[] = [];

  constructor(
    private readonly inner: KafkaClientPort,
    private readonly commits: boolean,
  ) {
    super();
  }

  send(records: readonly OutgoingKafkaRecord[]): Promise<void> {
    return this.inner.send(records);
  }

  async join(groupId: string, topic: string): Promise<KafkaGroupMember> {
    const member = await this.inner.join(groupId, topic);
    return {
      run: (each) =>
        member.run(async (record) => {
          await each(record);
          this.finished.push(record);
        }),
      commit: (record) => (this.commits ? member.commit(record) : Promise.resolve()),
      stop: () => member.stop(),
    };
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

if (!brokers) {
  describe('the Kafka transport against a real broker', () => {
    console.warn(
      'Kafka suite NOT RUN: KAFKA_BROKERS is not set — run `docker compose up -d kafka`, then ' +
        '`KAFKA_BROKERS=localhost:9094 npm run test:jest -- libs/messaging/src/kafka/kafka-broker.int-spec.ts`',
    );

    it('is not run here, because KAFKA_BROKERS is not set', () => {
      expect(brokers).toBeUndefined();
    });
  });
} else {
  describe('the Kafka transport against a real broker', () => {
    const run = randomBytes(4).toString('hex');
    const clients: KafkaClientPort[] = [];
    const consumptions: StreamConsumption[] = [];
    let database: TestDatabase;
    let store: EventStore;
    let relay: KafkaRelay;
    let cases = 0;

    const aClient = () => {
      const client = new KafkajsAdapter({ brokers, clientId: `lagspill-test-${run}` });
      clients.push(client);
      return client;
    };

    beforeAll(async () => {
      database = await createTestDatabase([EventStoreSchema1763769600000, ...MESSAGING_MIGRATIONS]);
      store = new EventStore({ connection: { connectionString: database.url }, pollIntervalMs: 200 });
      await store.transaction((tx) => tx.sql.query('CREATE TABLE effects ("group" text, event_id text, type text)'));
      relay = new KafkaRelay(store, aClient());
      relay.start();
    });

    afterAll(async () => {
      await relay?.stop();
      await Promise.all(consumptions.map((c) => c.stop()));
      await Promise.all(clients.map((c) => c.close()));
      await store?.close();
      await database?.drop();
    });

    /** A case of this run: its id is new, so the topic's older records never match it. */
    async function aCase(): Promise<string> {
      const caseId = `0190f0e0-${run.slice(0, 4)}-7000-8000-${String(++cases).padStart(12, '0')}`;
      await store.append(`case-${caseId}`, 0, asNewEvents(aCaseLife(caseId)));
      return caseId;
    }

    /** A consumer group member, as one service runs it, recording each of this run's events. */
    async function consumeAs(group: string, client: KafkaClientPort = aClient()): Promise<StreamConsumption> {
      const consumer = new KafkaEventStreamConsumer(client, store, new KafkaPublisher(client));
      const consumption = await consumer.consume({
        group,
        topic: TOPICS.caseEvents,
        handle: async (received: IntegrationEnvelope, tx: EventStoreTransaction) => {
          if (!received.subject?.includes(run.slice(0, 4))) return;
          await tx.sql.query('INSERT INTO effects VALUES ($1, $2, $3)', [group, received.id, received.type]);
        },
      });
      consumptions.push(consumption);
      return consumption;
    }

    async function effectsOf(group: string, caseId: string): Promise<string[]> {
      const { rows } = await store.transaction((tx) =>
        tx.sql.query<{ type: string }>(
          `SELECT e.type FROM effects e JOIN event_store.events s ON s.event_id::text = e.event_id
           WHERE e."group" = $1 AND s.stream_id = $2 ORDER BY s.stream_version`,
          [group, `case-${caseId}`],
        ),
      );
      return rows.map((row) => row.type);
    }

    const PUBLISHED = ['case.reported', 'case.routed', 'case.comment-added', 'case.linked'];
    const allOf = (group: string, caseId: string) =>
      eventually(
        `${group} to handle case ${caseId}`,
        async () => {
          const seen = await effectsOf(group, caseId);
          return seen.length >= PUBLISHED.length ? seen : undefined;
        },
        slowly,
      );

    it(
      'relays the log to lagspill.case-events and delivers it to two consumer groups, each once',
      async () => {
        const casework = `test-${run}-casework`;
        const insights = `test-${run}-insights`;
        await Promise.all([consumeAs(casework), consumeAs(insights)]);
        const caseId = await aCase();
        await relay.whenCaughtUp(BROKER_TIMEOUT_MS);
        expect(await allOf(casework, caseId)).toEqual(PUBLISHED);
        expect(await allOf(insights, caseId)).toEqual(PUBLISHED);
      },
      BROKER_TIMEOUT_MS,
    );

    it(
      'redelivers to a restarted consumer whose offsets were never committed, without a second effect',
      async () => {
        const group = `test-${run}-redelivery`;
        const caseId = await aCase();
        await relay.whenCaughtUp(BROKER_TIMEOUT_MS);
        const first = await consumeAs(group, new ObservedClient(aClient(), false));
        expect(await allOf(group, caseId)).toEqual(PUBLISHED);
        await first.stop();

        // The group again, with nothing committed: every record of the case comes again.
        const second = new ObservedClient(aClient(), true);
        await consumeAs(group, second);
        await eventually(
          'the restarted member to be redelivered the case',
          async () => (second.finished.filter((r) => r.key === caseId).length >= PUBLISHED.length ? true : undefined),
          slowly,
        );
        expect(await effectsOf(group, caseId)).toEqual(PUBLISHED);
      },
      BROKER_TIMEOUT_MS,
    );

    it(
      'goes on after the broker restarts: the relay and the consumer reconnect, nothing lost or doubled',
      async () => {
        const group = `test-${run}-restart`;
        await consumeAs(group);
        const before = await aCase();
        await relay.whenCaughtUp(BROKER_TIMEOUT_MS);
        expect(await allOf(group, before)).toEqual(PUBLISHED);

        execSync(RESTART_COMMAND, { cwd: ROOT, stdio: 'inherit', timeout: BROKER_TIMEOUT_MS });
        const after = await aCase();
        await relay.whenCaughtUp(BROKER_TIMEOUT_MS);
        expect(await allOf(group, after)).toEqual(PUBLISHED);
        expect(await effectsOf(group, before)).toEqual(PUBLISHED);
      },
      BROKER_TIMEOUT_MS * 2,
    );
  });
}
