import { ScheduledJob } from './scheduled-job';

class CountingJob extends ScheduledJob {
  rounds = 0;
  constructor(options: { intervalMs: number }) {
    super('Counting', () => options.intervalMs);
  }
  protected runScheduled(): Promise<void> {
    this.rounds += 1;
    return Promise.resolve();
  }
}

describe('ScheduledJob', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs from bootstrap to shutdown at the interval its options give at bootstrap', async () => {
    const options = { intervalMs: 1000 };
    const job = new CountingJob(options);
    options.intervalMs = 100;
    jest.advanceTimersByTime(500);
    expect(job.rounds).toBe(0);
    job.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(350);
    expect(job.rounds).toBe(3);
    await job.onApplicationShutdown();
    await jest.advanceTimersByTimeAsync(1000);
    expect(job.rounds).toBe(3);
  });

  it('never runs on its own with an interval of 0', () => {
    const job = new CountingJob({ intervalMs: 0 });
    job.onApplicationBootstrap();
    jest.advanceTimersByTime(10_000);
    expect(job.rounds).toBe(0);
  });
});
