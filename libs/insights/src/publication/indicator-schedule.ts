import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@lagspill/domain';
import { ScheduledJob } from '@lagspill/platform';
import { IndicatorRefresher } from '../indicators/indicator-refresher';
import { INSIGHTS_OPTIONS, type InsightsOptions } from '../insights.options';
import { IndicatorPublisher } from './indicator-publisher';

/** Every `refreshIntervalMs`: bring the indicator cells up to date, then publish the weeks that ended. */
@Injectable()
export class IndicatorSchedule extends ScheduledJob {
  constructor(
    @Inject(IndicatorRefresher) private readonly refresher: IndicatorRefresher,
    @Inject(IndicatorPublisher) private readonly publisher: IndicatorPublisher,
    @Inject(INSIGHTS_OPTIONS) options: InsightsOptions,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    super('Indicator refresh', () => options.refreshIntervalMs);
  }

  protected runScheduled(): Promise<string[]> {
    return this.tick();
  }

  /** One round; returns the weeks it published. */
  async tick(asOf = this.clock.now()): Promise<string[]> {
    if (!(await this.refresher.refresh(asOf))) return [];
    const published = await this.publisher.publishDue(asOf);
    if (published.length > 0) this.logger.log(`published indicators for ${published.join(', ')}`);
    return published;
  }
}
