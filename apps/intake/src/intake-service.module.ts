import { AuditModule } from '@lagspill/audit';
import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule } from '@lagspill/auth';
import { DemoModule } from '@lagspill/demo';
import { EventStoreModule } from '@lagspill/event-store';
import { InboundReportsModule, IntakeModule } from '@lagspill/intake';
import { MessagingModule } from '@lagspill/messaging';
import { EVENT_STORE_ON_PLATFORM, PlatformModule, type PlatformContext } from '@lagspill/platform';
import { INTAKE_SERVICE_MIGRATIONS } from './intake-service.migrations';

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
        PlatformModule.forRoot(context, { migrations: INTAKE_SERVICE_MIGRATIONS }),
        AuthModule.forRoot(context.config),
        AuditModule,
        EventStoreModule.forRootAsync(EVENT_STORE_ON_PLATFORM),
        MessagingModule.forRoot({ config: context.config }),
        IntakeModule,
        // Reports from vendor and EPJ systems over lagspill.reports.inbound (idle on the Postgres log).
        InboundReportsModule,
        DemoModule.forRoot({ enabled: context.config.LAGSPILL_DEMO }),
      ],
    };
  }
}
