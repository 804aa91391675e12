import { Module, type DynamicModule } from '@nestjs/common';
import { ClusterDecisions } from './clusters/cluster-decisions';
import { ClusterFinder } from './clusters/cluster-finder';
import { ClusterDecisionRepository } from './clusters/cluster-decision.repository';
import { ClusterWatch } from './clusters/cluster-watch';
import { ClustersController } from './clusters/clusters.controller';
import { ListClustersHandler } from './clusters/list-clusters/list-clusters.handler';
import { CaseFactsProjection } from './facts/case-facts.projection';
import { IncidentCommands } from './incidents/incident-commands';
import { IncidentDelivery } from './incidents/incident-delivery';
import { IncidentProjection } from './incidents/incident.projection';
import { IncidentQueries } from './incidents/incident-queries';
import { IncidentsController } from './incidents/incidents.controller';
import { IncidentRepository } from './incidents/incident.repository';
import { CaseFactsRepository } from './facts/case-facts.repository';
import { IndicatorCellsRepository } from './indicators/indicator-cells.repository';
import { IndicatorRefresher } from './indicators/indicator-refresher';
import { IndicatorsController } from './indicators/indicators.controller';
import { RefreshStateRepository } from './indicators/refresh-state.repository';
import { INSIGHTS_OPTIONS, type InsightsOptions } from './insights.options';
import { GetIndicatorsHandler } from './queries/get-indicators/get-indicators.handler';
import { CaseStatusFeedProjection } from './publication/case-status-feed.projection';
import { CaseStatusRepository } from './publication/case-status.repository';
import { IndicatorPublisher } from './publication/indicator-publisher';
import { IndicatorSchedule } from './publication/indicator-schedule';
import { IndicatorSnapshotProjection } from './publication/indicator-snapshot.projection';
import { IndicatorSnapshotRepository } from './publication/indicator-snapshot.repository';
import { ListStatusChangesController } from './publication/list-status-changes/list-status-changes.controller';
import { StatusChangeRepository } from './publication/status-change.repository';

const DEFAULT_OPTIONS: InsightsOptions = { refreshIntervalMs: 10_000, clusterWindowDays: 7 };

/**
 * Insights: the case facts projection, the indicator cells kept current by the refresher and
 * GET /api/indicators; cluster suggestions, incidents confirmed from them and their delivery to cases. Needs the EventStoreModule, the DirectoryModule (global) and INSIGHTS_MIGRATIONS run.
 */
@Module({})
export class InsightsModule {
  static forRoot(options: Partial<InsightsOptions> = {}): DynamicModule {
    return {
      module: InsightsModule,
      controllers: [IndicatorsController, ListStatusChangesController, ClustersController, IncidentsController],
      providers: [
        { provide: INSIGHTS_OPTIONS, useValue: { ...DEFAULT_OPTIONS, ...options } },
        CaseFactsRepository,
        CaseFactsProjection,
        IndicatorCellsRepository,
        RefreshStateRepository,
        IndicatorRefresher,
        GetIndicatorsHandler,
        ClusterDecisionRepository,
        ClusterFinder,
        ClusterDecisions,
        ClusterWatch,
        ListClustersHandler,
        IncidentProjection,
        IncidentRepository,
        IncidentDelivery,
        IncidentCommands,
        IncidentQueries,
        IndicatorPublisher,
        IndicatorSchedule,
        IndicatorSnapshotProjection,
        IndicatorSnapshotRepository,
        CaseStatusRepository,
        CaseStatusFeedProjection,
        StatusChangeRepository,
      ],
      exports: [
        CaseFactsProjection,
        IndicatorRefresher,
        IndicatorCellsRepository,
        IncidentProjection,
        IncidentDelivery,
        ClusterWatch,
      ],
    };
  }
}
