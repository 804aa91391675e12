import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { CaseEvent } from '@lagspill/domain';
import { EventStore, type EventStoreTransaction, type RecordedEvent, type Subscription } from '@lagspill/event-store';
import { CaseClockRepository, CLOCK_EVENT_TYPES } from './case-clock.repository';

export const CASE_CLOCK_SUBSCRIPTION = 'routing.case-clock';

const CASE_STREAM_PREFIX = 'case-';

/** Keeps `routing.case_clock` in step with the case events, exactly once (same transaction as the checkpoint). */
@Injectable()
export class CaseClockProjection implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CaseClockProjection.name);
  private subscription: Subscription | undefined;

  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(CaseClockRepository) private readonly clocks: CaseClockRepository,
  ) {}

  start(): Subscription {
    this.subscription ??= this.store
      .subscribe({
        name: CASE_CLOCK_SUBSCRIPTION,
        eventTypes: CLOCK_EVENT_TYPES,
        handle: (events, tx) => this.project(events, tx),
        onError: (error, context) => this.logger.warn({ err: error }, `${context} failed; retrying`),
      })
      .start();
    return this.subscription;
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    this.subscription = undefined;
  }

  onApplicationBootstrap(): void {
    this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  private async project(events: readonly RecordedEvent[], tx: EventStoreTransaction): Promise<void> {
    for (const event of events) {
      if (!event.streamId.startsWith(CASE_STREAM_PREFIX)) continue;
      const caseId = event.streamId.slice(CASE_STREAM_PREFIX.length);
      await this.clocks.apply(tx.sql, caseId, { type: event.type, data: event.data } as CaseEvent);
    }
  }
}
