import { DIRECTORY_CONTEXT } from '@lagspill/directory';
import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule } from '@lagspill/auth';
import { AUDIT_CONTEXT } from '@lagspill/audit';
import { CASEWORK_CONTEXT } from '@lagspill/casework';
import { EventStoreModule, EventStoreSchema1763769600000 } from '@lagspill/event-store';
import { NOTIFICATIONS_CONTEXT } from '@lagspill/notifications';
import { RETENTION_CONTEXT } from '@lagspill/retention';
import {
  EVENT_STORE_ON_PLATFORM,
  modulesOf,
  PlatformModule,
  WEB_SITE_CONTEXT,
  type PlatformContext,
} from '@lagspill/platform';

/** What this service hosts; each migrates its schema here, under the migration lock (decision 0010). */
export const CASEWORK_SERVICE_CONTEXTS = [
  DIRECTORY_CONTEXT,
  CASEWORK_CONTEXT,
  AUDIT_CONTEXT,
  RETENTION_CONTEXT,
  NOTIFICATIONS_CONTEXT,
  WEB_SITE_CONTEXT,
];

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
        PlatformModule.forRoot(context, {
          migrations: [EventStoreSchema1763769600000],
          contexts: CASEWORK_SERVICE_CONTEXTS,
        }),
        AuthModule.forRoot(context.config),
        EventStoreModule.forRootAsync(EVENT_STORE_ON_PLATFORM),
        ...modulesOf(CASEWORK_SERVICE_CONTEXTS, context.config),
      ],
    };
  }
}
