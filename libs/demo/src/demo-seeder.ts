import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import {
  CASE_DECIDER,
  caseStreamId,
  Directory,
  type CaseCommand,
  type CaseEvent,
  type CaseState,
  type Person,
} from '@lagspill/domain';
import { DeciderRepository, EventStore } from '@lagspill/event-store';
import { CaseReferenceSequence } from '@lagspill/intake';
import { DEFAULT_ROUTING_RULES, ROUTING_ACTOR, ROUTING_ACTOR_METADATA, routeReport } from '@lagspill/routing';
import { TextScreener } from '@lagspill/platform';
import { actorOf } from './actor-of';
import { DEMO_CASES, type DemoCase, type DemoStep } from './demo-cases';

export const DEMO_OPTIONS = Symbol('DEMO_OPTIONS');
const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

/**
 * Fills an empty installation with a few dozen realistic cases across every status, by sending the
 * same commands people would (through the Case decider, routed by the router's own decision), never by
 * writing rows. Runs in the background after start-up, and only when there are no cases yet.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeeder.name);
  private readonly cases: DeciderRepository<CaseCommand, CaseEvent, CaseState>;

  constructor(
    @Inject(DEMO_OPTIONS) private readonly options: { enabled: boolean },
    @Inject(EventStore) store: EventStore,
    @Inject(Directory) private readonly directory: Directory,
    @Inject(TextScreener) private readonly screener: TextScreener,
    @Inject(CaseReferenceSequence) private readonly references: CaseReferenceSequence,
  ) {
    this.cases = new DeciderRepository(store, CASE_DECIDER);
  }

  onApplicationBootstrap(): void {
    if (!this.options.enabled) return;
    this.seed().catch((error: unknown) => this.logger.error({ err: error }, 'demo data failed'));
  }

  /** Seeds the demo cases unless cases exist; resolves with how many were made. */
  async seed(): Promise<number> {
    if (await this.references.anyIssued()) return 0;
    const variants = DEMO_CASES.flatMap((demo, i) => [
      demo,
      { ...demo, daysAgo: demo.daysAgo + 30, steps: demo.steps.slice(0, Math.ceil(demo.steps.length / 2)) },
      { ...demo, daysAgo: demo.daysAgo + 60 + (i % 5), steps: i % 2 === 0 ? demo.steps : [] },
    ]);
    for (const demo of variants) await this.play(demo);
    this.logger.log(`seeded ${variants.length} demo cases`);
    return variants.length;
  }

  private async play(demo: DemoCase): Promise<void> {
    const reporter = this.person(demo.reporter);
    const organisation = this.directory.organisation(reporter.organisation as string);
    const caseId = uuidv7();
    const stream = caseStreamId(caseId);
    const reportedAt = new Date(Date.now() - demo.daysAgo * 24 * HOUR_MS).toISOString();
    await this.cases.create(stream, {
      type: 'report-case',
      actor: actorOf(reporter),
      at: reportedAt,
      report: {
        caseId,
        reference: await this.references.next(reportedAt),
        category: demo.category,
        subcategory: demo.subcategory,
        title: await this.screener.screen(caseId, demo.title),
        description: await this.screener.screen(caseId, demo.description),
        occurredAt: new Date(Date.parse(reportedAt) - 2 * HOUR_MS).toISOString(),
        reportedAt,
        reporter: { ...actorOf(reporter), organisation: organisation.id },
        system: {
          vendor: organisation.system.vendor,
          product: organisation.system.product,
          ...(organisation.system.version ? { version: organisation.system.version } : {}),
        },
        multidoseMode: demo.multidoseMode,
        harm: demo.harm,
        scope: {
          multiplePatients: demo.multiplePatients ?? false,
          multipleOrganisations: demo.multipleOrganisations ?? false,
        },
        technical: { ...demo.technical },
      },
    });
    // Routed a minute after the report, exactly as the router would, so each case's story happens in the
    // past in order (the router then finds it routed and leaves it); the steps follow, spread up to now.
    const report = { category: demo.category, subcategory: demo.subcategory, system: organisation.system };
    const route = routeReport(report, organisation, DEFAULT_ROUTING_RULES, this.directory);
    let at = Date.parse(reportedAt) + MINUTE_MS;
    await this.cases.handle(
      stream,
      { type: 'route-case', actor: ROUTING_ACTOR, at: new Date(at).toISOString(), ...route },
      { metadata: { actor: ROUTING_ACTOR_METADATA } },
    );
    const gap = Math.min(4 * HOUR_MS, (Date.now() - at) / (demo.steps.length + 1));
    for (const step of demo.steps) {
      at += gap;
      const command = await this.command(step, caseId, reporter, route.party, new Date(at).toISOString());
      if (command) await this.cases.handle(stream, command);
    }
  }

  private async command(
    step: DemoStep,
    caseId: string,
    reporter: Person,
    party: string,
    at: string,
  ): Promise<CaseCommand | undefined> {
    const responder = this.directory.allPeople().find((p) => p.role === 'responder' && p.party === party);
    const coordinator = this.directory.allPeople().find((p) => p.role === 'coordinator') as Person;
    const worker = actorOf(responder ?? coordinator);
    const text = (value: string) => this.screener.screen(caseId, value);
    switch (step) {
      case 'acknowledge':
        return responder ? { type: 'acknowledge-case', actor: worker, at } : undefined;
      case 'comment':
        return {
          type: 'add-comment',
          actor: worker,
          at,
          commentId: uuidv7(),
          visibility: 'public',
          body: await text('Takk for meldingen. Vi har gjenskapt feilen og ser på en rettelse.'),
        };
      case 'internal-comment':
        return {
          type: 'add-comment',
          actor: worker,
          at,
          commentId: uuidv7(),
          visibility: 'internal',
          body: await text('Intern: samme feil meldt fra to andre kunder denne uken.'),
        };
      case 'request-information':
        return {
          type: 'request-information',
          actor: worker,
          at,
          question: await text('Kan dere oppgi versjonsnummer og omtrent når feilen oppsto?'),
        };
      case 'provide-information':
        return {
          type: 'provide-information',
          actor: actorOf(reporter),
          at,
          answer: await text('Versjon 8.4.2, første gang i går rundt kl. 14.'),
        };
      case 'forward-to-nhn':
        return {
          type: 'forward-case',
          actor: worker,
          at,
          to: 'nhn',
          reason: await text('Feilen ligger i SFM, sendes videre til NHN kundesenter.'),
          serviceLevel: this.directory.party('nhn').serviceLevel,
        };
      case 'resolve':
        return {
          type: 'resolve-case',
          actor: worker,
          at,
          resolution: await text('Rettet i siste versjon. Gi beskjed om feilen kommer tilbake.'),
        };
      case 'close':
        return { type: 'close-case', actor: actorOf(reporter), at };
      case 'reopen':
        return {
          type: 'reopen-case',
          actor: actorOf(reporter),
          at,
          reason: await text('Feilen har kommet tilbake etter helgen.'),
          serviceLevel: this.directory.party(party).serviceLevel,
        };
    }
  }

  private person(username: string): Person {
    const person = this.directory.findPerson(username);
    if (!person) throw new Error(`Demo user ${username} is not in the directory`);
    return person;
  }
}
