import { Inject, Injectable } from '@nestjs/common';
import { ScheduledJob } from '@lagspill/platform';
import {
  Clock,
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
  ROUTING_OPTIONS,
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
export class SlaSweeper extends ScheduledJob {
  private readonly cases: DeciderRepository<CaseCommand, CaseEvent, CaseState>;

  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(CaseClockRepository) private readonly clocks: CaseClockRepository,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(ROUTING_OPTIONS) options: RoutingModuleOptions,
  ) {
    super('SLA sweep', () => options.sweepIntervalMs ?? DEFAULT_SWEEP_INTERVAL_MS);
    this.cases = new DeciderRepository(store, CASE_DECIDER);
  }

  protected runScheduled(): Promise<SweepResult> {
    return this.sweep();
  }

  async sweep(now: Date = this.clock.now()): Promise<SweepResult> {
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
}

function isRefusal(error: unknown): boolean {
  return (
    error instanceof SlaNotBreachedError ||
    error instanceof CaseClosedError ||
    error instanceof InvalidCaseTransitionError ||
    error instanceof StreamVersionConflictError
  );
}
