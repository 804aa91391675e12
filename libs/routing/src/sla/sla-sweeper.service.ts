import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PeriodicTask } from '@lagspill/platform';
import {
  CASE_DECIDER,
  CaseClosedError,
  caseStreamId,
  InvalidCaseTransitionError,
  SlaNotBreachedError,
  type CaseCommand,
  type CaseEvent,
  type CaseState,
} from '@lagspill/domain';
import { DeciderRepository, EventStore, StreamVersionConflictError } from '@lagspill/event-store';
import {
  DEFAULT_SWEEP_INTERVAL_MS,
  ROUTING_ACTOR,
  ROUTING_ACTOR_METADATA,
  ROUTING_CLOCK,
  ROUTING_OPTIONS,
  type Clock,
  type RoutingModuleOptions,
} from '../routing.options';
import { CaseClockRepository, type DueClock } from './case-clock.repository';

export interface SweepResult {
  /** Breaches recorded by this sweep. */
  readonly recorded: readonly DueClock[];
  /** Due clocks the case refused (already breached, paused or answered meanwhile, or changed concurrently). */
  readonly skipped: readonly DueClock[];
}

/**
 * Finds open, running cases whose first-response or resolution time has passed (from the
 * `routing.case_clock` read model) and records `case.sla-breached` through the case decider, which
 * has the last word: what it refuses is skipped, and a breach is recorded once per party and kind.
 */
@Injectable()
export class SlaSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SlaSweeper.name);
  private readonly cases: DeciderRepository<CaseCommand, CaseEvent, CaseState>;
  private readonly schedule = new PeriodicTask(
    () => this.sweep(),
    (error) => this.logger.warn({ err: error }, 'SLA sweep failed; trying again next interval'),
  );

  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(CaseClockRepository) private readonly clocks: CaseClockRepository,
    @Inject(ROUTING_CLOCK) private readonly clock: Clock,
    @Inject(ROUTING_OPTIONS) private readonly options: RoutingModuleOptions,
  ) {
    this.cases = new DeciderRepository(store, CASE_DECIDER);
  }

  async sweep(now: Date = this.clock()): Promise<SweepResult> {
    const due = await this.store.transaction((tx) => this.clocks.findDue(tx.sql, now));
    const recorded: DueClock[] = [];
    const skipped: DueClock[] = [];
    for (const clock of due) {
      try {
        await this.cases.handle(
          caseStreamId(clock.caseId),
          { type: 'record-sla-breach', actor: ROUTING_ACTOR, at: now.toISOString(), kind: clock.kind },
          { metadata: { actor: ROUTING_ACTOR_METADATA } },
        );
        recorded.push(clock);
      } catch (error) {
        if (!isRefusal(error)) throw error;
        skipped.push(clock);
      }
    }
    if (recorded.length > 0) this.logger.log(`recorded ${recorded.length} SLA breach(es)`);
    return { recorded, skipped };
  }

  onApplicationBootstrap(): void {
    this.schedule.start(this.options.sweepIntervalMs ?? DEFAULT_SWEEP_INTERVAL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.schedule.stop();
  }
}

function isRefusal(error: unknown): boolean {
  return (
    error instanceof SlaNotBreachedError ||
    error instanceof CaseClosedError ||
    error instanceof InvalidCaseTransitionError ||
    error instanceof StreamVersionConflictError
  );
}
