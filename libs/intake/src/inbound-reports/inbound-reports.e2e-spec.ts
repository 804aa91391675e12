import { Global, Module, type DynamicModule, type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { AuthModule } from '@lagspill/auth';
import { EventStore, EventStoreModule, EventStoreSchema1763769600000 } from '@lagspill/event-store';
import {
  envelope,
  EventStreamConsumer,
  IntegrationEventPublisher,
  KafkaEventStreamConsumer,
  KafkaPublisher,
  MESSAGING_CONTEXT,
  TOPICS,
  toKafkaRecord,
  type IntegrationEnvelope,
  type RejectionReason,
} from '@lagspill/messaging';
import {
  createHttpApp,
  DatabaseConnection,
  EVENT_STORE_ON_PLATFORM,
  loadConfig,
  PlatformModule,
  type PlatformContext,
} from '@lagspill/platform';
import { eventually } from '../../../../test/support/eventually';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { FakeKafkaClient } from '../../../../test/support/fake-kafka-client';
import { INTAKE_MIGRATIONS } from '../intake.migrations';
import { IntakeModule } from '../intake.module';
import { InboundReportsConsumer } from './inbound-reports.consumer';
import { InboundReportsModule } from './inbound-reports.module';
import { DEMO_DIRECTORY, DirectoryModule } from '@lagspill/directory';
import { Directory } from '@lagspill/domain';

const client = new FakeKafkaClient();

/** The Kafka transport of MessagingModule, on an in-memory broker. */
@Global()
@Module({})
class FakeKafkaMessaging {
  static forRoot(): DynamicModule {
    return {
      module: FakeKafkaMessaging,
      providers: [
        { provide: IntegrationEventPublisher, useValue: new KafkaPublisher(client) },
        {
          provide: EventStreamConsumer,
          inject: [EventStore, IntegrationEventPublisher],
          useFactory: (store: EventStore, publisher: IntegrationEventPublisher) =>
            new KafkaEventStreamConsumer(client, store, publisher),
        },
      ],
      exports: [IntegrationEventPublisher, EventStreamConsumer],
    };
  }
}

@Module({})
class InboundReportsTestApp {
  static forRoot(context: PlatformContext): DynamicModule {
    return {
      module: InboundReportsTestApp,
      imports: [
        PlatformModule.forRoot(context, {
          migrations: [EventStoreSchema1763769600000, ...INTAKE_MIGRATIONS, ...MESSAGING_CONTEXT.migrations],
        }),
        AuthModule.forRoot(context.config),
        DirectoryModule.fixed(new Directory(DEMO_DIRECTORY)),
        EventStoreModule.forRootAsync(EVENT_STORE_ON_PLATFORM),
        FakeKafkaMessaging.forRoot(),
        IntakeModule,
        InboundReportsModule,
      ],
    };
  }
}

const REPORT = {
  category: 'sfm',
  subcategory: 'sync',
  title: 'Endringer i SFM kommer ikke over i journalen',
  description: 'Doseendringer for pasient 01018010018 synkroniseres ikke.',
  occurredAt: '2026-11-20T09:30:00Z',
  multidoseMode: 'none',
  harm: 'none',
  scope: { multiplePatients: false, multipleOrganisations: false },
};

describe('reports from lagspill.reports.inbound (a fake broker)', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let ids = 0;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    database = await createTestDatabase([]);
    const config = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: database.url, LAGSPILL_DEV_LOGIN: 'true' });
    app = await createHttpApp(
      InboundReportsTestApp.forRoot({ config, connection: new DatabaseConnection(database.url, false) }),
      'lagspill',
    );
    await eventually('readiness', async () => ((await http().get('/health/ready')).ok ? true : undefined));
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  async function submit(data: unknown, id = `inbound-${++ids}`): Promise<IntegrationEnvelope> {
    const sent = envelope({
      id,
      type: 'lagspill.report.submitted',
      source: 'urn:epj:cgm',
      time: new Date().toISOString(),
      data,
    });
    const record = toKafkaRecord(TOPICS.reportsInbound, 'morkved-legesenter', sent);
    client.produce(record.topic, record.key, record.value);
    await client.whenIdle(InboundReportsConsumer.GROUP);
    return sent;
  }

  const deadLetters = () =>
    client.values<IntegrationEnvelope<{ reasons: RejectionReason[]; value: string }>>(TOPICS.reportsInboundDeadLetter);

  async function httpErrors(body: unknown): Promise<RejectionReason[]> {
    const { body: token } = await http().post('/api/dev/token').send({ username: 'lege.cgm' }).expect(200);
    const response = await http()
      .post('/api/reports')
      .set('authorization', `Bearer ${token.access_token as string}`)
      .send(body as object)
      .expect(400);
    return response.body.errors as RejectionReason[];
  }

  it('makes a valid report a case, screened, for the organisation; a redelivery makes no second case', async () => {
    const sent = await submit({ ...REPORT, organisation: 'morkved-legesenter' });
    const redelivered = JSON.stringify(sent);
    client.produce(TOPICS.reportsInbound, 'morkved-legesenter', redelivered);
    await client.whenIdle(InboundReportsConsumer.GROUP);

    const { rows } = await app
      .get(EventStore)
      .transaction((tx) =>
        tx.sql.query<{ stream_id: string }>(
          `SELECT stream_id FROM event_store.events WHERE metadata->>'correlationId' = $1`,
          [sent.id],
        ),
      );
    expect(rows).toHaveLength(1);
    const [reported] = await app.get(EventStore).readStream(rows[0].stream_id);
    expect(reported.type).toBe('case.reported');
    expect(reported.data).toMatchObject({
      category: 'sfm',
      reporter: { role: 'system', organisation: 'morkved-legesenter', name: 'Mørkved legesenter' },
      description: { text: 'Doseendringer for pasient [fødselsnummer] synkroniseres ikke.', piiRedacted: 1 },
    });
    expect(deadLetters()).toEqual([]);
  });

  it('sends an invalid report to the dead-letter topic with the same field errors as POST /api/reports, and goes on', async () => {
    const invalid = { ...REPORT, title: '', harm: 'catastrophic', colour: 'red' };
    await submit({ ...invalid, organisation: 'morkved-legesenter' });
    const [dead] = deadLetters().slice(-1);
    expect(dead.data.reasons).toEqual(await httpErrors(invalid));
    expect(dead.data.reasons.map((r) => r.field).sort()).toEqual(['colour', 'harm', 'title']);

    await submit({ ...REPORT, organisation: 'morkved-legesenter' });
    expect(deadLetters()).toHaveLength(1);
    expect(client.commits.at(-1)).toBe(
      `${InboundReportsConsumer.GROUP} ${TOPICS.reportsInbound} ${client.records(TOPICS.reportsInbound).length}`,
    );
  });

  it('rejects what the handler rejects (taxonomy, directory) and an unknown organisation, by field', async () => {
    await submit({ ...REPORT, subcategory: 'no-such-thing', organisation: 'morkved-legesenter' });
    await submit({ ...REPORT, organisation: 'no-such-organisation' });
    await submit('not a report');
    expect(
      deadLetters()
        .slice(-3)
        .map((d) => d.data.reasons.map((r) => r.field)),
    ).toEqual([['subcategory'], ['organisation'], ['data']]);
  });

  // Issue 14: occurredAt forms IsISO8601 took but new Date() cannot read made the handler throw, so the
  // message was redelivered for ever instead of going to the dead-letter topic.
  it.each(['2026-W47', '2026-W47-5T09:30:00Z', '2026-324T09:30:00Z', '2026-02-30T09:30:00Z', '2026-11-20T24:00:00Z'])(
    'dead-letters a report whose occurredAt is %s, naming occurredAt',
    async (occurredAt) => {
      await submit({ ...REPORT, occurredAt, organisation: 'morkved-legesenter' });
      expect(
        deadLetters()
          .at(-1)
          ?.data.reasons.map((r) => r.field),
      ).toEqual(['occurredAt']);
    },
  );

  it('dead-letters an envelope whose time is no RFC 3339 date-time, naming time', async () => {
    const sent = envelope({
      id: `inbound-${++ids}`,
      type: 'lagspill.report.submitted',
      source: 'urn:epj:cgm',
      time: '2026-W47',
      data: { ...REPORT, organisation: 'morkved-legesenter' },
    });
    client.produce(TOPICS.reportsInbound, 'morkved-legesenter', JSON.stringify(sent));
    await client.whenIdle(InboundReportsConsumer.GROUP);
    expect(
      deadLetters()
        .at(-1)
        ?.data.reasons.map((r) => r.field),
    ).toEqual(['time']);
  });

  it.each([
    ['{"technical":{"__proto__":{"traceId":"x"}}}', 'technical.__proto__'],
    ['{"scope":{"constructor":true,"multiplePatients":false,"multipleOrganisations":false}}', 'scope.constructor'],
    ['{"__proto__":{"organisation":"alta-legekontor"}}', '__proto__'],
    ['{"toString":"x"}', 'toString'],
  ])('dead-letters a report carrying %s, naming %s', async (extra, field) => {
    await submit({ ...REPORT, organisation: 'morkved-legesenter', ...(JSON.parse(extra) as object) });
    expect(
      deadLetters()
        .at(-1)
        ?.data.reasons.map((r) => r.field),
    ).toEqual([field]);
  });

  it.each(['constructor', '__proto__', 'toString'])(
    'dead-letters a report from organisation %s',
    async (organisation) => {
      await submit({ ...REPORT, organisation });
      expect(
        deadLetters()
          .at(-1)
          ?.data.reasons.map((r) => r.field),
      ).toEqual(['organisation']);
    },
  );
});
