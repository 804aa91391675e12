import { DIRECTORY_CONTEXT } from '@lagspill/directory';
import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule } from '@lagspill/auth';
import { AUDIT_CONTEXT } from '@lagspill/audit';
import { DEMO_CONTEXT } from '@lagspill/demo';
import { EventStoreModule, EventStoreSchema1763769600000 } from '@lagspill/event-store';
import { INTAKE_CONTEXT } from '@lagspill/intake';
import { MESSAGING_CONTEXT } from '@lagspill/messaging';
import { EVENT_STORE_ON_PLATFORM, modulesOf, PlatformModule, type PlatformContext } from '@lagspill/platform';

/** What this service hosts; each migrates its schema here, under the migration lock (decision 0010). */
export const INTAKE_SERVICE_CONTEXTS = [
  DIRECTORY_CONTEXT,
  INTAKE_CONTEXT,
  MESSAGING_CONTEXT,
  AUDIT_CONTEXT,
  DEMO_CONTEXT,
];

/**
 * The intake service: POST /api/reports, GET /api/taxonomy, reports from lagspill.reports.inbound, and
 * (with Kafka) a standby-or-active relay of the log to lagspill.case-events. The demo cases come from here, since
 * they are made as reports are.
 */
@Module({})
export class IntakeServiceModule {
  static forRoot(context: PlatformContext): DynamicModule {
    return {
      module: IntakeServiceModule,
      imports: [
        PlatformModule.forRoot(context, {
          migrations: [EventStoreSchema1763769600000],
          contexts: INTAKE_SERVICE_CONTEXTS,
        }),
        AuthModule.forRoot(context.config),
        EventStoreModule.forRootAsync(EVENT_STORE_ON_PLATFORM),
        ...modulesOf(INTAKE_SERVICE_CONTEXTS, context.config),
      ],
    };
  }
}
