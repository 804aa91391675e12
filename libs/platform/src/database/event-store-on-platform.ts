import { AppConfig } from '../config/app-config';
import { currentRequestId } from '../http/request-context';
import { DatabaseConnection } from './database-connection';

/**
 * How every deployable opens its event store: on the platform's database, with the pool size and poll
 * interval from AppConfig, and the current request's id as the correlation id of what it appends.
 * Given to `EventStoreModule.forRootAsync`, so the apps do not each repeat it; the result has the shape
 * of the event store's options without this library importing that one.
 */
export const EVENT_STORE_ON_PLATFORM = {
  inject: [DatabaseConnection, AppConfig],
  useFactory: (connection: DatabaseConnection, config: AppConfig) => ({
    connectionString: connection.url,
    poolSize: config.DATABASE_POOL_SIZE,
    pollIntervalMs: config.EVENT_STORE_POLL_INTERVAL_MS,
    correlationId: currentRequestId,
  }),
};
