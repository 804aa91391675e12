/**
 * Runs `work` every `intervalMs`, never two rounds at once: a round still running when the next is due
 * makes that one skip. A failed round goes to `onError` and the next interval tries again. The timer does
 * not keep the process alive, and `stop` waits for a running round, so shutdown never cuts one in half.
 */
export class PeriodicTask {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly work: () => Promise<unknown>,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Starts the timer; an interval of 0 or less means never. */
  start(intervalMs: number): void {
    if (intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => this.tick(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private tick(): void {
    this.running ??= this.work()
      .catch((error: unknown) => this.onError(error))
      .finally(() => (this.running = undefined));
  }
}
