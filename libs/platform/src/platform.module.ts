import { Module, type DynamicModule } from '@nestjs/common';
import type { MixedList } from 'typeorm';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { migrationsOf, type BoundedContext } from './contexts/bounded-context';
import { DatabaseConnection } from './database/database-connection';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { LoggingModule } from './logging/logging.module';
import { MetricsModule } from './metrics/metrics.module';
import { CaseKeys1763773200000 } from './privacy/case-keys.migration';
import { PrivacyModule } from './privacy/privacy.module';
import { ClockModule } from './time/clock.module';

export interface PlatformContext {
  readonly config: AppConfig;
  readonly connection: DatabaseConnection;
}

/**
 * What every deployable has: configuration, the clock, JSON logs, the database and migrations, health,
 * metrics. It runs the given migrations, then those of the contexts the deployable hosts, in list order.
 */
@Module({})
export class PlatformModule {
  static forRoot(
    context: PlatformContext,
    options: { migrations: MixedList<Function>; contexts?: readonly BoundedContext[] },
  ): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        ConfigModule.forRoot(context.config),
        ClockModule,
        LoggingModule,
        DatabaseModule.forRoot({
          connection: context.connection,
          migrations: [
            CaseKeys1763773200000,
            ...(options.migrations as Function[]),
            ...migrationsOf(options.contexts ?? []),
          ],
        }),
        HealthModule,
        MetricsModule,
        PrivacyModule,
      ],
    };
  }
}
