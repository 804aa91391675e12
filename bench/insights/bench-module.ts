import type { DynamicModule } from '@nestjs/common';
import { AuthModule } from '@lagspill/auth';
import { EventStoreModule, EventStoreSchema1763769600000 } from '@lagspill/event-store';
import { INSIGHTS_CONTEXT, InsightsModule } from '@lagspill/insights';
import { AppConfig, DatabaseConnection, loadConfig, PlatformModule } from '@lagspill/platform';

/** The insights context alone on its own database: what the benchmark measures, and nothing else running. */
export function benchModule(url: string): DynamicModule {
  const config = loadConfig({ LOG_LEVEL: 'warn', DATABASE_URL: url, LAGSPILL_DEV_LOGIN: 'true', PORT: '0' });
  const connection = new DatabaseConnection(url, false);
  return {
    module: class InsightsBenchRoot {},
    imports: [
      PlatformModule.forRoot(
        { config, connection },
        { migrations: [EventStoreSchema1763769600000, ...INSIGHTS_CONTEXT.migrations] },
      ),
      AuthModule.forRoot(config),
      EventStoreModule.forRootAsync({
        inject: [DatabaseConnection, AppConfig],
        useFactory: (db: DatabaseConnection) => ({ connectionString: db.url, poolSize: 8 }),
      }),
      InsightsModule.forRoot({ refreshIntervalMs: 0 }),
    ],
  };
}
