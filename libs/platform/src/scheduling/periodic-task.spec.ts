import { PeriodicTask } from './periodic-task';

describe('PeriodicTask', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs every interval but never two rounds at once, and stop waits for the running one', async () => {
    let rounds = 0;
    let finish: () => void = () => undefined;
    const task = new PeriodicTask(
      () => new Promise<void>((resolve) => ((rounds += 1), (finish = resolve))),
      () => undefined,
    );
    task.start(100);
    jest.advanceTimersByTime(350);
    expect(rounds).toBe(1); // the first round is still running: the next three were skipped
    let stopped = false;
    const stopping = task.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    finish();
    await stopping;
    jest.advanceTimersByTime(500);
    expect(rounds).toBe(1);
  });

  it('reports a failed round and tries again at the next interval; 0 means never', async () => {
    const errors: unknown[] = [];
    let rounds = 0;
    const task = new PeriodicTask(
      async () => {
        rounds += 1;
        throw new Error(`round ${rounds}`);
      },
      (error) => errors.push(error),
    );
    task.start(0);
    jest.advanceTimersByTime(1000);
    expect(rounds).toBe(0);
    task.start(100);
    jest.advanceTimersByTime(100);
    await jest.runOnlyPendingTimersAsync();
    expect(rounds).toBeGreaterThanOrEqual(2);
    expect(errors.map((e) => (e as Error).message).slice(0, 2)).toEqual(['round 1', 'round 2']);
    await task.stop();
  });
});
