import type { Directory, Person } from '@lagspill/domain';
import { DEFAULT_ROUTING_RULES, routeReport } from '@lagspill/routing';
import { actorOf } from './actor-of';
import type { DemoSeedCase, DemoStep } from './demo-cases';
import type { CasePlan, PlannedStep } from './year/case-plan';
import { reportedSystem } from '@lagspill/domain';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Plans one demo case as of `now`, without I/O: reported `daysAgo` days before now (occurred two hours
 * earlier), routed a minute after the report exactly as the router would route it, then its steps spread
 * evenly up to now, at most four hours apart. Played with playCase, its whole history is one append.
 */
export function planDemoCase(seeded: DemoSeedCase, index: number, now: number, directory: Directory): CasePlan {
  const { demo } = seeded;
  const reporter = person(directory, demo.reporter);
  const organisation = directory.organisation(reporter.organisation as string);
  const reportedAt = now - demo.daysAgo * DAY_MS;
  const system = reportedSystem(organisation.system);
  const report = {
    category: demo.category,
    subcategory: demo.subcategory,
    title: demo.title,
    description: demo.description,
    occurredAt: reportedAt - 2 * HOUR_MS,
    reportedAt,
    reporter: { ...actorOf(reporter), organisation: organisation.id },
    system,
    multidoseMode: demo.multidoseMode,
    harm: demo.harm,
    scope: {
      multiplePatients: demo.multiplePatients ?? false,
      multipleOrganisations: demo.multipleOrganisations ?? false,
    },
    technical: { ...demo.technical },
    ...(demo.concerns === undefined ? {} : { concerns: demo.concerns }),
    ...(demo.fragmentedList ? { fragmentedList: true } : {}),
    ...(demo.deviationNotice === undefined ? {} : { deviationNotice: demo.deviationNotice }),
  };
  const route = routeReport(report, organisation, DEFAULT_ROUTING_RULES, directory);
  const routedAt = reportedAt + MINUTE_MS;
  const gap = Math.min(4 * HOUR_MS, (now - routedAt) / (demo.steps.length + 1));
  // Who works the case for its holder: a party's responder, or a reporter of the organisation it is with.
  const responder = directory.peopleOfHolder(route.party).find((p) => p.role !== 'coordinator');
  // The coordinator of the reporting organisation's region: no other may work the case.
  const workingGroup = directory.workingGroupOf(directory.regionOf(organisation.id)).id;
  const coordinator = directory.allPeople().find((p) => p.role === 'coordinator' && p.party === workingGroup);
  if (!coordinator) throw new Error(`No demo coordinator of ${workingGroup}`);
  const steps = demo.steps
    .map((step, i) => plannedStep(step, routedAt + gap * (i + 1), reporter, responder, coordinator))
    .filter((step) => step !== undefined);
  return { index, caseId: seeded.caseId, report, route: { ...route, at: routedAt }, steps };
}

/** The step as the party's responder (the working group's coordinator for a party without one) takes it. */
function plannedStep(
  step: DemoStep,
  at: number,
  reporter: Person,
  responder: Person | undefined,
  coordinator: Person,
): PlannedStep | undefined {
  const worker = actorOf(responder ?? coordinator);
  switch (step) {
    case 'acknowledge':
      return responder ? { kind: 'acknowledge', at, actor: worker } : undefined;
    case 'comment':
      return {
        kind: 'comment',
        at,
        actor: worker,
        visibility: 'public',
        text: 'Takk for meldingen. Vi har gjenskapt feilen og ser på en rettelse.',
      };
    case 'internal-comment':
      return {
        kind: 'comment',
        at,
        actor: worker,
        visibility: 'internal',
        text: 'Intern: samme feil meldt fra to andre kunder denne uken.',
      };
    case 'request-information':
      return {
        kind: 'request-information',
        at,
        actor: worker,
        text: 'Kan dere oppgi versjonsnummer og omtrent når feilen oppsto?',
      };
    case 'provide-information':
      return {
        kind: 'provide-information',
        at,
        actor: actorOf(reporter),
        text: 'Versjon 8.4.2, første gang i går rundt kl. 14.',
      };
    case 'forward-to-nhn':
      return {
        kind: 'forward',
        at,
        actor: worker,
        to: 'nhn',
        text: 'Feilen ligger i SFM, sendes videre til NHN kundesenter.',
      };
    case 'resolve':
      return {
        kind: 'resolve',
        at,
        actor: worker,
        text: 'Rettet i siste versjon. Gi beskjed om feilen kommer tilbake.',
      };
    case 'close':
      return { kind: 'close', at, actor: actorOf(reporter) };
    case 'reopen':
      return { kind: 'reopen', at, actor: actorOf(reporter), text: 'Feilen har kommet tilbake etter helgen.' };
  }
}

function person(directory: Directory, username: string): Person {
  const found = directory.findPerson(username);
  if (!found) throw new Error(`Demo user ${username} is not in the directory`);
  return found;
}
