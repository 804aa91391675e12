import { AuditModule } from '@lagspill/audit';
import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule } from '@lagspill/auth';
import { EventStoreModule } from '@lagspill/event-store';
import { RoutingModule } from '@lagspill/routing';
import { EVENT_STORE_ON_PLATFORM, PlatformModule, type PlatformContext } from '@lagspill/platform';
import { ROUTING_SERVICE_MIGRATIONS } from './routing-service.migrations';

/** The routing service: the router, the SLA clocks and sweeper, GET /api/parties and /api/routing/rules. */
@Module({})
export class RoutingServiceModule {
  static forRoot(context: PlatformContext): DynamicModule {
    return {
      module: RoutingServiceModule,
      imports: [
        PlatformModule.forRoot(context, { migrations: ROUTING_SERVICE_MIGRATIONS }),
        AuthModule.forRoot(context.config),
        AuditModule,
        EventStoreModule.forRootAsync(EVENT_STORE_ON_PLATFORM),
        RoutingModule.forRoot(),
      ],
    };
  }
}
