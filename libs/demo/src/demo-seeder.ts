import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Clock, caseStreamId, Directory } from '@lagspill/domain';
import { EventStore, StreamVersionConflictError } from '@lagspill/event-store';
import { CaseReferenceSequence } from '@lagspill/intake';
import { TextScreener } from '@lagspill/platform';
import { DEMO_SEED_CASES } from './demo-cases';
import { planDemoCase } from './plan-demo-case';
import { playCase } from './year/play-case';

export const DEMO_OPTIONS = Symbol('DEMO_OPTIONS');

/** Marks every event of a demo case (`metadata.origin`), as DEMO_YEAR_ORIGIN marks a demo year's. */
export const DEMO_ORIGIN = 'seed:demo';

/**
 * Fills an installation with a few dozen realistic cases across every status, through the Case decider
 * (the same commands people would send, routed by the router's own decision), never by writing rows.
 * Runs in the background after start-up.
 *
 * Each demo case has a fixed id, and its whole history (reported, routed, its steps and the SLA breaches
 * due before now) is decided in memory and appended to its new stream in one append. So a case is
 * either there in full or not at all: the router, seeing its report, finds it routed already and leaves
 * it (whether it runs in this process, another one, or not at all), and the next start adds exactly the
 * demo cases that are missing. An installation with cases of its own and no demo case gets none.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @Inject(DEMO_OPTIONS) private readonly options: { enabled: boolean },
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Directory) private readonly directory: Directory,
    @Inject(TextScreener) private readonly screener: TextScreener,
    @Inject(CaseReferenceSequence) private readonly references: CaseReferenceSequence,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.options.enabled) return;
    this.seed().catch((error: unknown) => this.logger.error({ err: error }, 'demo data failed'));
  }

  /** Adds the demo cases that are missing, as of `now`; resolves with how many it added. */
  async seed(now: Date = this.clock.now()): Promise<number> {
    const versions = await Promise.all(DEMO_SEED_CASES.map((c) => this.store.streamVersion(caseStreamId(c.caseId))));
    const missing = DEMO_SEED_CASES.flatMap((seeded, index) => (versions[index] === 0 ? [{ seeded, index }] : []));
    if (missing.length === 0) {
      this.logger.log(`all ${DEMO_SEED_CASES.length} demo cases are there`);
      return 0;
    }
    if (missing.length === DEMO_SEED_CASES.length && (await this.references.anyIssued())) {
      this.logger.warn('no demo cases seeded: this installation has cases, and none of them is a demo case');
      return 0;
    }
    const plans = missing
      .map(({ seeded, index }) => planDemoCase(seeded, index, now.getTime(), this.directory))
      .sort((a, b) => a.report.reportedAt - b.report.reportedAt);
    // References in report order, as a live installation would have handed them out.
    const references = await this.references.nextMany(plans.map((p) => new Date(p.report.reportedAt).toISOString()));
    const screen = (caseId: string, text: string) => this.screener.screen(caseId, text);
    let added = 0;
    for (const [i, plan] of plans.entries()) {
      const played = await playCase(plan, references[i], screen, this.directory, now.getTime(), DEMO_ORIGIN);
      try {
        await this.store.append(played.streamId, 0, played.events);
        added++;
      } catch (error) {
        // Another process seeding at the same time made it first; its reference number stays unused.
        if (!(error instanceof StreamVersionConflictError)) throw error;
      }
    }
    const there = DEMO_SEED_CASES.length - missing.length;
    const elsewhere = missing.length - added;
    this.logger.log(
      `seeded ${added} demo cases (${there} were there already` +
        `${elsewhere > 0 ? `, ${elsewhere} made meanwhile by another process` : ''})`,
    );
    return added;
  }
}
