import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PeriodicTask } from '@lagspill/platform';
import { IndicatorRefresher } from '../indicators/indicator-refresher';
import { INSIGHTS_OPTIONS, type InsightsOptions } from '../insights.options';
import { IndicatorPublisher } from './indicator-publisher';

/** Every `refreshIntervalMs`: bring the indicator cells up to date, then publish the weeks that ended. */
@Injectable()
export class IndicatorSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(IndicatorSchedule.name);
  private readonly schedule = new PeriodicTask(
    () => this.tick(),
    (error) => this.logger.warn({ err: error }, 'indicator refresh failed; retrying'),
  );

  constructor(
    @Inject(IndicatorRefresher) private readonly refresher: IndicatorRefresher,
    @Inject(IndicatorPublisher) private readonly publisher: IndicatorPublisher,
    @Inject(INSIGHTS_OPTIONS) private readonly options: InsightsOptions,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule.start(this.options.refreshIntervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.schedule.stop();
  }

  /** One round; returns the weeks it published. */
  async tick(asOf = new Date()): Promise<string[]> {
    if (!(await this.refresher.refresh(asOf))) return [];
    const published = await this.publisher.publishDue(asOf);
    if (published.length > 0) this.logger.log(`published indicators for ${published.join(', ')}`);
    return published;
  }
}
