import { Directory, screenText, type CaseStatus, type ScreenedText } from '@lagspill/domain';
import { DEMO_DIRECTORY } from '@lagspill/directory';
import type { EventStore } from '@lagspill/event-store';
import type { CasePlan, IncidentKind } from './case-plan';
import { planDemoYear, type DemoYearOptions } from './plan-demo-year';
import { playCase, type PlayedCase } from './play-case';

/** Hands out case references (CaseReferenceSequence in the application). */
export interface CaseReferences {
  nextMany(ats: readonly string[]): Promise<string[]>;
}

/** Where a demo year goes. In the application: the EventStore, TextScreener and CaseReferenceSequence. */
export interface DemoYearTargets {
  readonly store: EventStore;
  /** Screens free text. Default: identity numbers redacted and the original not kept (no case keys). */
  readonly screener?: { screen(caseId: string, text: string): Promise<ScreenedText> };
  /** Default: a counter from 1, for a benchmark's empty database. */
  readonly references?: CaseReferences;
}

export interface SeedDemoYearOptions extends DemoYearOptions {
  /** Transactions written at the same time; each takes a connection of the store's pool. Default 4. */
  readonly concurrency?: number;
  /** Cases appended per transaction. Default 50. */
  readonly batchSize?: number;
  /** Called after each committed transaction. */
  readonly onProgress?: (progress: SeedProgress) => void;
}

export interface SeedProgress {
  /** Cases and events committed so far. */
  readonly cases: number;
  readonly events: number;
  readonly total: number;
  readonly elapsedMs: number;
}

export interface DemoYearSummary extends SeedProgress {
  readonly start: string;
  readonly now: string;
  readonly breaches: number;
  /** Cases by their status at the end. */
  readonly byStatus: Readonly<Partial<Record<CaseStatus, number>>>;
  /** Cases by the party they are with at the end. */
  readonly byParty: Readonly<Record<string, number>>;
  readonly incidents: readonly { kind: IncidentKind; organisations: number; cases: number }[];
}

/**
 * Seeds a demo year (see planDemoYear) through the real domain: each case's commands are decided by the
 * Case decider in memory and all its events appended in one go to its new stream, several cases per
 * transaction, several transactions at a time. Read models are not touched: the application's
 * projections catch up from the log when it starts.
 */
export async function seedDemoYear(targets: DemoYearTargets, options: SeedDemoYearOptions): Promise<DemoYearSummary> {
  const directory = options.directory ?? new Directory(DEMO_DIRECTORY);
  const plan = planDemoYear({ ...options, directory });
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const batchSize = Math.max(1, options.batchSize ?? 50);
  const { screener } = targets;
  const screen = screener ? (caseId: string, text: string) => screener.screen(caseId, text) : redactOnly;
  const references = targets.references ?? counter();
  const tally = new Tally(plan.count);
  const started = Date.now();
  const writing = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;

  for (const batch of batches(plan.cases(), batchSize)) {
    if (failure) break;
    const numbers = await references.nextMany(batch.map((c) => new Date(c.report.reportedAt).toISOString()));
    const played = await Promise.all(batch.map((c, i) => playCase(c, numbers[i], screen, directory, plan.now)));
    played.forEach((c, i) => tally.played(c, batch[i]));
    const write: Promise<void> = targets.store
      .transaction(async (tx) => {
        for (const c of played) await tx.append(c.streamId, 0, c.events);
      })
      .then(() => {
        const progress = tally.committed(played, Date.now() - started);
        options.onProgress?.(progress);
      })
      .catch((error: unknown) => {
        failure ??= { error };
      })
      .finally(() => writing.delete(write));
    writing.add(write);
    if (writing.size >= concurrency) await Promise.race(writing);
  }
  await Promise.all(writing);
  if (failure) throw failure.error;
  return tally.summary(plan, Date.now() - started);
}

function* batches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

async function redactOnly(_caseId: string, text: string): Promise<ScreenedText> {
  return screenText(text).screened;
}

function counter(): CaseReferences {
  let next = 0;
  return {
    nextMany: async (ats) => ats.map((at) => `PLL-${at.slice(0, 4)}-${String(++next).padStart(6, '0')}`),
  };
}

/** Counts what was played and what was committed. */
class Tally {
  private cases = 0;
  private events = 0;
  private breaches = 0;
  private readonly byStatus: Partial<Record<CaseStatus, number>> = {};
  private readonly byParty: Record<string, number> = {};
  private readonly byIncident = new Map<IncidentKind, { organisations: Set<string>; cases: number }>();

  constructor(private readonly total: number) {}

  played(played: PlayedCase, plan: CasePlan): void {
    const { status, party } = played.state;
    if (status) this.byStatus[status] = (this.byStatus[status] ?? 0) + 1;
    if (party) this.byParty[party] = (this.byParty[party] ?? 0) + 1;
    this.breaches += played.breaches;
    if (plan.incident) {
      const incident = this.byIncident.get(plan.incident) ?? { organisations: new Set(), cases: 0 };
      incident.organisations.add(plan.report.reporter.organisation);
      incident.cases++;
      this.byIncident.set(plan.incident, incident);
    }
  }

  committed(batch: readonly PlayedCase[], elapsedMs: number): SeedProgress {
    this.cases += batch.length;
    this.events += batch.reduce((sum, c) => sum + c.events.length, 0);
    return { cases: this.cases, events: this.events, total: this.total, elapsedMs };
  }

  summary(plan: { start: number; now: number }, elapsedMs: number): DemoYearSummary {
    return {
      cases: this.cases,
      events: this.events,
      total: this.total,
      elapsedMs,
      start: new Date(plan.start).toISOString(),
      now: new Date(plan.now).toISOString(),
      breaches: this.breaches,
      byStatus: this.byStatus,
      byParty: this.byParty,
      incidents: [...this.byIncident].map(([kind, { organisations, cases }]) => ({
        kind,
        organisations: organisations.size,
        cases,
      })),
    };
  }
}
