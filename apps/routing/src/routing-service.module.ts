import { DIRECTORY_CONTEXT } from '@lagspill/directory';
import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule } from '@lagspill/auth';
import { AUDIT_CONTEXT } from '@lagspill/audit';
import { EventStoreModule, EventStoreSchema1763769600000 } from '@lagspill/event-store';
import { ROUTING_CONTEXT } from '@lagspill/routing';
import { EVENT_STORE_ON_PLATFORM, modulesOf, PlatformModule, type PlatformContext } from '@lagspill/platform';

/** What this service hosts; each migrates its schema here, under the migration lock (decision 0010). */
export const ROUTING_SERVICE_CONTEXTS = [DIRECTORY_CONTEXT, ROUTING_CONTEXT, AUDIT_CONTEXT];

/** The routing service: the router, the SLA clocks and sweeper, GET /api/parties and /api/routing/rules. */
@Module({})
export class RoutingServiceModule {
  static forRoot(context: PlatformContext): DynamicModule {
    return {
      module: RoutingServiceModule,
      imports: [
        PlatformModule.forRoot(context, {
          migrations: [EventStoreSchema1763769600000],
          contexts: ROUTING_SERVICE_CONTEXTS,
        }),
        AuthModule.forRoot(context.config),
        EventStoreModule.forRootAsync(EVENT_STORE_ON_PLATFORM),
        ...modulesOf(ROUTING_SERVICE_CONTEXTS, context.config),
      ],
    };
  }
}
