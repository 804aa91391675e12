import type { RecordedEvent } from '../event';
import type { AppendNotifier } from './append-notifier';
import { sleep } from './sleep';

const PAGE_SIZE = 10_000;
const MAX_RETRY_DELAY_MS = 30_000;

export interface StreamFollowerOptions {
  readonly streamId: string;
  /** The version of the stream the follower's owner has applied; reading resumes after it. */
  readonly version: () => number;
  /** Takes events in stream order; called with each page read. */
  readonly handle: (events: readonly RecordedEvent[]) => void;
  /** Called after a read that reached the stream's end and handed something on. */
  readonly caughtUp?: () => void;
  readonly pollIntervalMs: number;
  readonly onError: (error: unknown, context: string) => void;
}

/**
 * Keeps something in this process current with one stream: reads it by version from where its owner is,
 * whenever an append may have happened (at once for this process's appends, through LISTEN/NOTIFY for
 * other processes', by polling when notifications are lost). Unlike a subscription it holds no
 * checkpoint and no lock: every process follows on its own.
 */
export class StreamFollower {
  private readonly stopController = new AbortController();
  private running: Promise<void> | undefined;
  private reading: Promise<void> | undefined;

  constructor(
    private readonly readStream: (streamId: string, fromVersion: number, limit: number) => Promise<RecordedEvent[]>,
    private readonly notifier: AppendNotifier,
    private readonly options: StreamFollowerOptions,
  ) {}

  /**
   * Reads and hands on everything the stream holds after the owner's version. Calls that overlap share
   * one read that starts after the latest of them, so every caller sees at least what was committed
   * when it called.
   */
  async catchUp(): Promise<void> {
    while (this.reading) await this.reading.catch(() => undefined);
    this.reading = this.readAll();
    try {
      await this.reading;
    } finally {
      this.reading = undefined;
    }
  }

  /** Starts following; resolves once other processes' appends will wake it, and what came before is read. */
  async start(): Promise<void> {
    await this.notifier.listen();
    await this.catchUp();
    this.running ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopController.abort();
    await this.running;
  }

  private async readAll(): Promise<void> {
    let handed = false;
    for (;;) {
      const events = await this.readStream(this.options.streamId, this.options.version() + 1, PAGE_SIZE);
      if (events.length > 0) this.options.handle(events);
      handed ||= events.length > 0;
      if (events.length < PAGE_SIZE) break;
    }
    if (handed) this.options.caughtUp?.();
  }

  private async run(): Promise<void> {
    const signal = this.stopController.signal;
    let failures = 0;
    while (!signal.aborted) {
      const generation = this.notifier.currentGeneration;
      try {
        await this.catchUp();
        failures = 0;
        await this.notifier.waitForAppend(generation, this.options.pollIntervalMs, signal);
      } catch (error) {
        if (signal.aborted) break;
        failures++;
        this.options.onError(error, `following ${this.options.streamId}`);
        await sleep(Math.min(MAX_RETRY_DELAY_MS, 100 * 2 ** Math.min(failures, 9)), signal);
      }
    }
  }
}
