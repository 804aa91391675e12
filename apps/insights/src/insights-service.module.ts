import { DIRECTORY_CONTEXT } from '@lagspill/directory';
import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule } from '@lagspill/auth';
import { AUDIT_CONTEXT } from '@lagspill/audit';
import { EventStoreModule, EventStoreSchema1763769600000 } from '@lagspill/event-store';
import { INSIGHTS_CONTEXT } from '@lagspill/insights';
import { EVENT_STORE_ON_PLATFORM, modulesOf, PlatformModule, type PlatformContext } from '@lagspill/platform';

/** What this service hosts; each migrates its schema here, under the migration lock (decision 0010). */
export const INSIGHTS_SERVICE_CONTEXTS = [DIRECTORY_CONTEXT, INSIGHTS_CONTEXT, AUDIT_CONTEXT];

/** The insights service: indicators, cluster suggestions, incidents and the publication feeds. */
@Module({})
export class InsightsServiceModule {
  static forRoot(context: PlatformContext): DynamicModule {
    return {
      module: InsightsServiceModule,
      imports: [
        PlatformModule.forRoot(context, {
          migrations: [EventStoreSchema1763769600000],
          contexts: INSIGHTS_SERVICE_CONTEXTS,
        }),
        AuthModule.forRoot(context.config),
        EventStoreModule.forRootAsync(EVENT_STORE_ON_PLATFORM),
        ...modulesOf(INSIGHTS_SERVICE_CONTEXTS, context.config),
      ],
    };
  }
}
