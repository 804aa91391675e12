import { Module, type DynamicModule } from '@nestjs/common';
import { DirectoryModule } from '@lagspill/auth';
import { CaseFactsProjection } from './facts/case-facts.projection';
import { CaseFactsWriter } from './facts/case-facts.writer';
import { IndicatorCellsRepository } from './indicators/indicator-cells.repository';
import { IndicatorRefresher } from './indicators/indicator-refresher';
import { INSIGHTS_OPTIONS, type InsightsOptions } from './insights.options';
import { GetIndicatorsController } from './queries/get-indicators/get-indicators.controller';
import { GetIndicatorsHandler } from './queries/get-indicators/get-indicators.handler';
import { InsightsSchema1763900000000 } from './schema/insights-schema.migration';

const DEFAULT_OPTIONS: InsightsOptions = { refreshIntervalMs: 10_000 };

/**
 * Insights: the case facts projection, the indicator cells kept current by the refresher, and
 * GET /api/indicators. Needs the EventStoreModule, the DirectoryModule (global) and INSIGHTS_MIGRATIONS run.
 */
@Module({})
export class InsightsModule {
  static forRoot(options: Partial<InsightsOptions> = {}): DynamicModule {
    return {
      module: InsightsModule,
      imports: [DirectoryModule],
      controllers: [GetIndicatorsController],
      providers: [
        { provide: INSIGHTS_OPTIONS, useValue: { ...DEFAULT_OPTIONS, ...options } },
        CaseFactsWriter,
        CaseFactsProjection,
        IndicatorCellsRepository,
        IndicatorRefresher,
        GetIndicatorsHandler,
      ],
      exports: [CaseFactsProjection, IndicatorRefresher, IndicatorCellsRepository],
    };
  }
}

/** The insights context's migrations, for the deployable's PlatformModule. */
export const INSIGHTS_MIGRATIONS = [InsightsSchema1763900000000];
