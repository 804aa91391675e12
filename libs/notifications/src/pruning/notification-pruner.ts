import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@lagspill/domain';
import { ScheduledJob } from '@lagspill/platform';
import { NOTIFICATIONS_OPTIONS, type NotificationsOptions } from '../notifications.options';
import { NotificationPruningRepository, type PrunedRows } from './notification-pruning.repository';

const HOURLY = 3_600_000;

/**
 * Keeps notifications' tables to NOTIFICATION_RETENTION_DAYS: sent mail holds case titles, and a
 * delivery log need not grow for ever. Safe to run anywhere, any number of times.
 */
@Injectable()
export class NotificationPruner extends ScheduledJob {
  constructor(
    @Inject(NotificationPruningRepository) private readonly repository: NotificationPruningRepository,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    // Off with the senders' timers (tests run every round by hand).
    super('Pruning notifications', () => (options.intervalMs > 0 ? HOURLY : 0));
  }

  protected runScheduled(): Promise<PrunedRows> {
    return this.prune();
  }

  async prune(now: Date = this.clock.now()): Promise<PrunedRows> {
    const pruned = await this.repository.prune(new Date(now.getTime() - this.options.retentionMs));
    const total = Object.values(pruned).reduce((sum, n) => sum + n, 0);
    if (total > 0) this.logger.log(`pruned ${total} old notification row(s)`);
    return pruned;
  }
}
