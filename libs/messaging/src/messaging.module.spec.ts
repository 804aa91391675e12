import { Global, Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventStore, type SubscriptionOptions } from '@lagspill/event-store';
import { loadConfig } from '@lagspill/platform';
import { KafkaEventStreamConsumer } from './kafka/kafka.consumer';
import { KafkaPublisher } from './kafka/kafka.publisher';
import { KafkaRelay } from './kafka/kafka.relay';
import { MessagingModule } from './messaging.module';
import { EventStreamConsumer } from './ports/event-stream-consumer';
import { IntegrationEventPublisher } from './ports/integration-event-publisher';
import { PostgresLogConsumer } from './postgres-log/postgres-log.consumer';
import { PostgresLogPublisher } from './postgres-log/postgres-log.publisher';

/** Records which subscriptions were started; the store itself is tested in libs/event-store. */
const subscribed: string[] = [];
interface SubscriptionStandIn {
  start(): SubscriptionStandIn;
  stop(): Promise<void>;
}
const store = {
  subscribe: (options: SubscriptionOptions): SubscriptionStandIn => {
    const subscription: SubscriptionStandIn = {
      start: () => {
        subscribed.push(options.name);
        return subscription;
      },
      stop: async () => undefined,
    };
    return subscription;
  },
};

@Global()
@Module({ providers: [{ provide: EventStore, useValue: store }], exports: [EventStore] })
class StoreStandIn {}

@Module({})
class App {
  static with(env: Record<string, string>): DynamicModule {
    return { module: App, imports: [StoreStandIn, MessagingModule.forRoot({ config: loadConfig(env) })] };
  }
}

async function context(env: Record<string, string>) {
  return NestFactory.createApplicationContext(App.with(env), { logger: false });
}

describe('MessagingModule', () => {
  beforeEach(() => subscribed.splice(0));

  it('uses the Postgres log when KAFKA_BROKERS is not set, and runs no relay', async () => {
    const app = await context({});
    expect(app.get(IntegrationEventPublisher)).toBeInstanceOf(PostgresLogPublisher);
    expect(app.get(EventStreamConsumer)).toBeInstanceOf(PostgresLogConsumer);
    expect(() => app.get(KafkaRelay)).toThrow();
    expect(subscribed).toEqual([]);
    await app.close();
  });

  it('uses Kafka when KAFKA_BROKERS is set, and starts the relay with the application', async () => {
    const app = await context({ KAFKA_BROKERS: 'localhost:9094' });
    expect(app.get(IntegrationEventPublisher)).toBeInstanceOf(KafkaPublisher);
    expect(app.get(EventStreamConsumer)).toBeInstanceOf(KafkaEventStreamConsumer);
    expect(app.get(KafkaRelay)).toBeInstanceOf(KafkaRelay);
    expect(subscribed).toEqual([KafkaRelay.SUBSCRIPTION]);
    await app.close();
  });
});
