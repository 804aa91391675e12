import { AuditModule } from '@lagspill/audit';
import { NotificationsModule, notificationsOptionsFrom } from '@lagspill/notifications';
import { RetentionModule } from '@lagspill/retention';
import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule } from '@lagspill/auth';
import { CaseworkModule } from '@lagspill/casework';
import { DemoModule } from '@lagspill/demo';
import { EventStoreModule } from '@lagspill/event-store';
import { InsightsModule } from '@lagspill/insights';
import { InboundReportsModule, IntakeModule } from '@lagspill/intake';
import { MessagingModule } from '@lagspill/messaging';
import { RoutingModule } from '@lagspill/routing';
import { EVENT_STORE_ON_PLATFORM, PlatformModule, WebSiteModule, type PlatformContext } from '@lagspill/platform';
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
        AuditModule,
        EventStoreModule.forRootAsync(EVENT_STORE_ON_PLATFORM),
        MessagingModule.forRoot({ config: context.config }),
        IntakeModule,
        InboundReportsModule,
        RoutingModule.forRoot(),
        CaseworkModule,
        RetentionModule.forRoot({ closedCaseDays: context.config.RETENTION_CLOSED_CASE_DAYS }),
        NotificationsModule.forRoot(notificationsOptionsFrom(context.config)),
        InsightsModule.forRoot({
          refreshIntervalMs: context.config.INDICATOR_REFRESH_INTERVAL_MS,
          clusterWindowDays: context.config.CLUSTER_WINDOW_DAYS,
        }),
        DemoModule.forRoot({ enabled: context.config.LAGSPILL_DEMO }),
        WebSiteModule.forConfig(context.config),
      ],
    };
  }
}
