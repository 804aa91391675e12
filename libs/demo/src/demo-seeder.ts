import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import {
  CASE_DECIDER,
  caseStreamId,
  Directory,
  type ActorRef,
  type CaseCommand,
  type CaseEvent,
  type CaseState,
  type Person,
} from '@lagspill/domain';
import { DeciderRepository, EventStore } from '@lagspill/event-store';
import { CaseReferenceSequence } from '@lagspill/intake';
import { TextScreener } from '@lagspill/platform';
import { DEMO_CASES, type DemoCase, type DemoStep } from './demo-cases';

export const DEMO_OPTIONS = Symbol('DEMO_OPTIONS');
const ROUTING_WAIT_MS = 20_000;
const HOUR_MS = 3_600_000;

/**
 * Fills an empty installation with a few dozen realistic cases across every status, by sending the
 * same commands people would (through the Case decider, routed by the real router), never by
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
    const party = await this.routedParty(stream);
    let at = Date.now();
    for (const step of demo.steps) {
      at += HOUR_MS;
      const command = await this.command(step, caseId, reporter, party, new Date(at).toISOString());
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

  /** Waits for the router (a subscriber) to route the case, and answers with the party. */
  private async routedParty(stream: string): Promise<string> {
    const deadline = Date.now() + ROUTING_WAIT_MS;
    while (Date.now() < deadline) {
      const { state } = await this.cases.load(stream);
      if (state.party) return state.party;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${stream} was not routed within ${ROUTING_WAIT_MS} ms: is the routing module running?`);
  }

  private person(username: string): Person {
    const person = this.directory.findPerson(username);
    if (!person) throw new Error(`Demo user ${username} is not in the directory`);
    return person;
  }
}

function actorOf(person: Person): ActorRef {
  return {
    username: person.username,
    name: person.name,
    role: person.role,
    ...(person.organisation ? { organisation: person.organisation } : {}),
    ...(person.party ? { party: person.party } : {}),
  };
}
