import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule } from '@lagspill/auth';
import { CASEWORK_MIGRATIONS, CaseworkModule } from '@lagspill/casework';
import { DemoModule } from '@lagspill/demo';
import { EventStoreModule, EventStoreSchema1763769600000 } from '@lagspill/event-store';
import { INSIGHTS_MIGRATIONS, InsightsModule } from '@lagspill/insights';
import { INTAKE_MIGRATIONS, IntakeModule } from '@lagspill/intake';
import { ROUTING_MIGRATIONS, RoutingModule } from '@lagspill/routing';
import { AppConfig, DatabaseConnection, PlatformModule, type PlatformContext } from '@lagspill/platform';

/** Every bounded context in one process: the embedded default. */
@Module({})
export class LagspillModule {
  static forRoot(context: PlatformContext): DynamicModule {
    return {
      module: LagspillModule,
      imports: [
        PlatformModule.forRoot(context, {
          migrations: [
            EventStoreSchema1763769600000,
            ...INTAKE_MIGRATIONS,
            ...ROUTING_MIGRATIONS,
            ...CASEWORK_MIGRATIONS,
            ...INSIGHTS_MIGRATIONS,
          ],
        }),
        AuthModule.forRoot(context.config),
        EventStoreModule.forRootAsync({
          inject: [DatabaseConnection, AppConfig],
          useFactory: (connection: DatabaseConnection, config: AppConfig) => ({
            connectionString: connection.url,
            poolSize: config.DATABASE_POOL_SIZE,
            pollIntervalMs: config.EVENT_STORE_POLL_INTERVAL_MS,
          }),
        }),
        IntakeModule,
        RoutingModule.forRoot(),
        CaseworkModule,
        InsightsModule.forRoot({
          refreshIntervalMs: context.config.INDICATOR_REFRESH_INTERVAL_MS,
          clusterWindowDays: context.config.CLUSTER_WINDOW_DAYS,
        }),
        DemoModule.forRoot({ enabled: context.config.LAGSPILL_DEMO }),
      ],
    };
  }
}
