import { Global, Inject, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { EventStore } from './event-store';
import { EventTypeRegistry } from './upcasting/event-type-registry';

export const EVENT_STORE_OPTIONS = Symbol('EVENT_STORE_OPTIONS');

export interface EventStoreModuleOptions {
  readonly connectionString: string;
  readonly poolSize?: number;
  readonly pollIntervalMs?: number;
  /** See EventStoreOptions.correlationId. */
  readonly correlationId?: () => string | undefined;
}

/** Provides the process's one EventStore (and its type registry) to every context module. */
@Global()
@Module({})
export class EventStoreModule implements OnApplicationShutdown {
  private static readonly logger = new Logger('EventStore');

  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  static forRootAsync(options: {
    imports?: DynamicModule['imports'];
    inject?: unknown[];
    useFactory: (...args: never[]) => EventStoreModuleOptions;
  }): DynamicModule {
    return {
      module: EventStoreModule,
      imports: options.imports ?? [],
      providers: [
        { provide: EVENT_STORE_OPTIONS, inject: (options.inject ?? []) as never[], useFactory: options.useFactory },
        { provide: EventTypeRegistry, useValue: new EventTypeRegistry() },
        {
          provide: EventStore,
          inject: [EVENT_STORE_OPTIONS, EventTypeRegistry],
          useFactory: (config: EventStoreModuleOptions, registry: EventTypeRegistry) =>
            new EventStore({
              connection: { connectionString: config.connectionString, max: config.poolSize ?? 10 },
              registry,
              pollIntervalMs: config.pollIntervalMs,
              correlationId: config.correlationId,
              onError: (error, context) =>
                EventStoreModule.logger.warn({ err: error, context }, `event store: ${context}`),
            }),
        },
      ],
      exports: [EventStore, EventTypeRegistry],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
