import { AuditModule } from '@lagspill/audit';
import { NotificationsModule, notificationsOptionsFrom } from '@lagspill/notifications';
import { RetentionModule } from '@lagspill/retention';
import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule } from '@lagspill/auth';
import { CaseworkModule } from '@lagspill/casework';
import { EventStoreModule } from '@lagspill/event-store';
import { EVENT_STORE_ON_PLATFORM, PlatformModule, WebSiteModule, type PlatformContext } from '@lagspill/platform';
import { CASEWORK_SERVICE_MIGRATIONS } from './casework-service.migrations';

/**
 * The casework service: the case read model, GET /api/cases… and every case command, notifications, and the web app
 * at `/`. In the distributed dev setup it is also the one running the dev login (decision 0010), so the
 * browser logs in on the site that served it.
 */
@Module({})
export class CaseworkServiceModule {
  static forRoot(context: PlatformContext): DynamicModule {
    return {
      module: CaseworkServiceModule,
      imports: [
        PlatformModule.forRoot(context, { migrations: CASEWORK_SERVICE_MIGRATIONS }),
        AuthModule.forRoot(context.config),
        AuditModule,
        EventStoreModule.forRootAsync(EVENT_STORE_ON_PLATFORM),
        CaseworkModule,
        RetentionModule.forRoot({ closedCaseDays: context.config.RETENTION_CLOSED_CASE_DAYS }),
        NotificationsModule.forRoot(notificationsOptionsFrom(context.config)),
        WebSiteModule.forConfig(context.config),
      ],
    };
  }
}
