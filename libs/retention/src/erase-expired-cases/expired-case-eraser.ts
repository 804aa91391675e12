import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import {
  CASE_ERASED,
  eventTypeDefinition,
  newEvent,
  retentionStreamId,
  type CaseErasedData,
} from '@lagspill/contracts';
import { Clock } from '@lagspill/domain';
import { EventStore, EventTypeRegistry, runExclusively, StreamVersionConflictError } from '@lagspill/event-store';
import { CaseKeyring, ScheduledJob } from '@lagspill/platform';
import { ClosedCasesRepository, type ExpiredCase } from '../closed-cases/closed-cases.repository';
import {
  DEFAULT_RETENTION_SWEEP_INTERVAL_MS,
  RETENTION_OPTIONS,
  type RetentionModuleOptions,
} from '../retention.options';

const DAY_MS = 86_400_000;
const BATCH = 200;
/** One sweeper at a time across processes (runExclusively). */
const LOCK_KEY = 'retention.expired-case-eraser';
const ACTOR = { id: 'lagspill-retention', role: 'system' } as const;

export interface RetentionSweepResult {
  /** False when another process was sweeping; nothing was done. */
  readonly ran: boolean;
  readonly erased: readonly string[];
}

/**
 * Erases closed cases older than the retention period by destroying their key (crypto-shredding,
 * CaseKeyring.erase): their sealed originals become unreadable, while the redacted text in the log and
 * every figure derived from it stay. Each erasure is recorded as `retention.case-erased`.
 *
 * The key goes first, the event second: a crash in between leaves a case without a key and without its
 * event, and the next sweep finds it again, erases nothing new and records it. The event's stream must be
 * new, so a case is recorded once however often, or in how many processes, the sweep runs.
 */
@Injectable()
export class ExpiredCaseEraser extends ScheduledJob implements OnModuleInit {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(EventTypeRegistry) private readonly registry: EventTypeRegistry,
    @Inject(CaseKeyring) private readonly keyring: CaseKeyring,
    @Inject(ClosedCasesRepository) private readonly cases: ClosedCasesRepository,
    @Inject(RETENTION_OPTIONS) private readonly options: RetentionModuleOptions,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    super('Retention sweep', () =>
      options.closedCaseDays <= 0 ? 0 : (options.sweepIntervalMs ?? DEFAULT_RETENTION_SWEEP_INTERVAL_MS),
    );
  }

  onModuleInit(): void {
    this.registry.register(eventTypeDefinition(CASE_ERASED));
  }

  protected runScheduled(): Promise<RetentionSweepResult> {
    return this.sweep();
  }

  async sweep(now: Date = this.clock.now()): Promise<RetentionSweepResult> {
    const days = this.options.closedCaseDays;
    if (days <= 0) return { ran: true, erased: [] };
    const closedBefore = new Date(now.getTime() - days * DAY_MS);
    const swept = await runExclusively(this.store, LOCK_KEY, async (tx) => {
      const erased: string[] = [];
      // Keyset paging: the projection marks erasures only a moment later, so this sweep moves past its own.
      let batch = await this.cases.expired(tx.sql, closedBefore, BATCH);
      while (batch.length > 0) {
        for (const expired of batch) if (await this.erase(expired, days, now)) erased.push(expired.caseId);
        batch = await this.cases.expired(tx.sql, closedBefore, BATCH, batch[batch.length - 1]);
      }
      if (erased.length > 0) this.logger.log(`erased the keys of ${erased.length} closed case(s)`);
      return { ran: true, erased };
    });
    return swept ?? { ran: false, erased: [] };
  }

  /** Destroys the case's key and records it; false when an earlier sweep had recorded it already. */
  private async erase(expired: ExpiredCase, retentionDays: number, now: Date): Promise<boolean> {
    await this.keyring.erase(expired.caseId);
    const data: CaseErasedData = {
      caseId: expired.caseId,
      closedAt: expired.closedAt.toISOString(),
      retentionDays,
      at: now.toISOString(),
    };
    try {
      await this.store.append(retentionStreamId(expired.caseId), 0, [
        { ...newEvent(CASE_ERASED, data), metadata: { actor: ACTOR } },
      ]);
      return true;
    } catch (error) {
      if (error instanceof StreamVersionConflictError) return false;
      throw error;
    }
  }
}
