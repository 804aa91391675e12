import { AuditModule } from '@lagspill/audit';
import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule } from '@lagspill/auth';
import { EventStoreModule } from '@lagspill/event-store';
import { InsightsModule } from '@lagspill/insights';
import { EVENT_STORE_ON_PLATFORM, PlatformModule, type PlatformContext } from '@lagspill/platform';
import { INSIGHTS_SERVICE_MIGRATIONS } from './insights-service.migrations';

/** The insights service: indicators, cluster suggestions, incidents and the publication feeds. */
@Module({})
export class InsightsServiceModule {
  static forRoot(context: PlatformContext): DynamicModule {
    return {
      module: InsightsServiceModule,
      imports: [
        PlatformModule.forRoot(context, { migrations: INSIGHTS_SERVICE_MIGRATIONS }),
        AuthModule.forRoot(context.config),
        AuditModule,
        EventStoreModule.forRootAsync(EVENT_STORE_ON_PLATFORM),
        InsightsModule.forRoot({
          refreshIntervalMs: context.config.INDICATOR_REFRESH_INTERVAL_MS,
          clusterWindowDays: context.config.CLUSTER_WINDOW_DAYS,
        }),
      ],
    };
  }
}
