import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule } from '@lagspill/auth';
import { CaseworkModule } from '@lagspill/casework';
import { DemoModule } from '@lagspill/demo';
import { EventStoreModule } from '@lagspill/event-store';
import { InsightsModule } from '@lagspill/insights';
import { IntakeModule } from '@lagspill/intake';
import { RoutingModule } from '@lagspill/routing';
import { AppConfig, DatabaseConnection, PlatformModule, WebSiteModule, type PlatformContext } from '@lagspill/platform';
import { LAGSPILL_MIGRATIONS } from './lagspill.migrations';

/** Every bounded context in one process: the embedded default. */
@Module({})
export class LagspillModule {
  static forRoot(context: PlatformContext): DynamicModule {
    return {
      module: LagspillModule,
      imports: [
        PlatformModule.forRoot(context, { migrations: LAGSPILL_MIGRATIONS }),
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
        WebSiteModule.forRoot({
          root: context.config.WEB_ROOT,
          // The browser fetches tokens from the identity provider itself, unless it is this server.
          connectSources: context.config.devLogin ? [] : [new URL(context.config.oidcIssuer).origin],
        }),
      ],
    };
  }
}
