import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PeriodicTask } from './periodic-task';

/**
 * A provider with work to do every interval while the application runs: started at bootstrap, stopped
 * (waiting for a round in progress) at shutdown. Subclasses say what one round does; tests and scripts
 * call that round themselves, so a job whose interval is 0 never runs on its own.
 */
export abstract class ScheduledJob implements OnApplicationBootstrap, OnApplicationShutdown {
  protected readonly logger = new Logger(this.constructor.name);
  private readonly task = new PeriodicTask(
    () => this.runScheduled(),
    (error) => this.logger.warn({ err: error }, `${this.what} failed; trying again next interval`),
  );

  /** `intervalMs` is read at bootstrap, once the subclass has its options. */
  protected constructor(
    private readonly what: string,
    private readonly intervalMs: () => number,
  ) {}

  protected abstract runScheduled(): Promise<unknown>;

  onApplicationBootstrap(): void {
    this.task.start(this.intervalMs());
  }

  async onApplicationShutdown(): Promise<void> {
    await this.task.stop();
  }
}
