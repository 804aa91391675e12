import { Module, type DynamicModule } from '@nestjs/common';
import { PublishRoutingRulesHandler } from './commands/publish-routing-rules/publish-routing-rules.handler';
import { ReportedCaseProjection } from './dry-run/reported-case.projection';
import { ReportedCaseRepository } from './dry-run/reported-case.repository';
import { DryRunRoutingRulesHandler } from './queries/dry-run-routing-rules/dry-run-routing-rules.handler';
import { ListPartiesController } from './queries/list-parties/list-parties.controller';
import { RoutingRulesController } from './routing-rules.controller';
import { RouteReportedCaseHandler } from './route-reported-case/route-reported-case.handler';
import { RoutingRulesRepository } from './rules/routing-rules.repository';
import { ROUTING_OPTIONS, type RoutingModuleOptions } from './routing.options';
import { CaseClockProjection } from './sla/case-clock.projection';
import { CaseClockRepository } from './sla/case-clock.repository';
import { SlaSweeper } from './sla/sla-sweeper.service';

/**
 * Routing: the rule table (events on `routing-rules`), the router that routes each reported case, the
 * SLA clocks read model and the sweeper that records breaches, the reported cases a dry run of a
 * proposed table routes again, and the parties directory endpoint.
 * Needs the EventStoreModule and the DirectoryModule (global) and ROUTING_MIGRATIONS run.
 */
@Module({})
export class RoutingModule {
  static forRoot(options: RoutingModuleOptions = {}): DynamicModule {
    return {
      module: RoutingModule,
      controllers: [RoutingRulesController, ListPartiesController],
      providers: [
        { provide: ROUTING_OPTIONS, useValue: options },
        RoutingRulesRepository,
        PublishRoutingRulesHandler,
        DryRunRoutingRulesHandler,
        ReportedCaseRepository,
        ReportedCaseProjection,
        RouteReportedCaseHandler,
        CaseClockRepository,
        CaseClockProjection,
        SlaSweeper,
      ],
      exports: [RoutingRulesRepository, SlaSweeper],
    };
  }
}
