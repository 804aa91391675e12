import { Global, Logger, Module, type DynamicModule, type Provider } from '@nestjs/common';
import { EventStore } from '@lagspill/event-store';
import type { AppConfig } from '@lagspill/platform';
import { KafkaClientPort } from './kafka/kafka-client.port';
import { KafkaEventStreamConsumer } from './kafka/kafka.consumer';
import { KafkaPublisher } from './kafka/kafka.publisher';
import { KafkaRelay } from './kafka/kafka.relay';
import { KafkajsAdapter } from './kafka/kafkajs.adapter';
import { EventStreamConsumer } from './ports/event-stream-consumer';
import { IntegrationEventPublisher } from './ports/integration-event-publisher';
import { PostgresLogConsumer } from './postgres-log/postgres-log.consumer';
import { PostgresLogPublisher } from './postgres-log/postgres-log.publisher';

export interface MessagingModuleOptions {
  readonly config: Pick<AppConfig, 'kafkaBrokers' | 'KAFKA_CLIENT_ID'>;
  /**
   * Run the Kafka relay in this process (default true; ignored without Kafka). Every process may: one
   * is active, the others stand by, so a relay survives the loss of any one service.
   */
  readonly relay?: boolean;
}

/**
 * Provides the two ports, IntegrationEventPublisher and EventStreamConsumer, on the transport the
 * configuration chooses: Kafka when KAFKA_BROKERS is set, the Postgres log otherwise (decision 0009).
 * Needs the EventStore (EventStoreModule) in the same application.
 */
@Global()
@Module({})
export class MessagingModule {
  private static readonly logger = new Logger('Messaging');

  static forRoot(options: MessagingModuleOptions): DynamicModule {
    const brokers = options.config.kafkaBrokers;
    const providers = brokers
      ? MessagingModule.kafkaProviders(brokers, options.config.KAFKA_CLIENT_ID, options.relay ?? true)
      : MessagingModule.postgresLogProviders();
    return { module: MessagingModule, providers, exports: [IntegrationEventPublisher, EventStreamConsumer] };
  }

  private static postgresLogProviders(): Provider[] {
    return [
      { provide: IntegrationEventPublisher, useValue: new PostgresLogPublisher() },
      {
        provide: EventStreamConsumer,
        inject: [EventStore],
        useFactory: (store: EventStore) => new PostgresLogConsumer(store, MessagingModule.warn),
      },
    ];
  }

  private static kafkaProviders(brokers: readonly string[], clientId: string, relay: boolean): Provider[] {
    return [
      { provide: KafkaClientPort, useFactory: () => new KafkajsAdapter({ brokers, clientId }) },
      {
        provide: IntegrationEventPublisher,
        inject: [KafkaClientPort],
        useFactory: (client: KafkaClientPort) => new KafkaPublisher(client),
      },
      {
        provide: EventStreamConsumer,
        inject: [KafkaClientPort, EventStore, IntegrationEventPublisher],
        useFactory: (client: KafkaClientPort, store: EventStore, publisher: IntegrationEventPublisher) =>
          new KafkaEventStreamConsumer(client, store, publisher, MessagingModule.warn),
      },
      ...(relay
        ? [
            {
              provide: KafkaRelay,
              inject: [EventStore, KafkaClientPort],
              useFactory: (store: EventStore, client: KafkaClientPort) =>
                new KafkaRelay(store, client, { onError: MessagingModule.warn }),
            },
          ]
        : []),
    ];
  }

  private static readonly warn = (error: unknown, context: string): void => {
    MessagingModule.logger.warn({ err: error, context }, `messaging: ${context}`);
  };
}
