import {
  breachKey,
  CASE_DECIDER,
  caseStreamId,
  INITIAL_CASE_STATE,
  type CaseCommand,
  type CaseState,
  type Directory,
  type ScreenedText,
  type SlaKind,
} from '@lagspill/domain';
import type { EventMetadata, NewEvent } from '@lagspill/event-store';
import { ROUTING_ACTOR, ROUTING_ACTOR_METADATA } from '@lagspill/routing';
import type { CasePlan, PlannedStep } from './case-plan';
import { SeededRandom } from './seeded-random';

/** Screens free text before it is stored (TextScreener in the application). */
export type ScreenText = (caseId: string, text: string) => Promise<ScreenedText>;

/** Marks every seeded event, so seeded data can be told apart from (and cleared out of) real data. */
export const DEMO_YEAR_ORIGIN = 'seed:demo-year';

/** A planned case, decided: the events to append to its new stream, and the state they fold to. */
export interface PlayedCase {
  readonly caseId: string;
  readonly streamId: string;
  readonly events: readonly NewEvent[];
  readonly state: CaseState;
  readonly breaches: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Sends a planned case's commands through the Case decider, in memory, folding the state as it goes:
 * the report, the route, then each step. Before each step, and finally at `now`, it records the SLA
 * breaches the live sweeper would have recorded, at their due time, so that sweeper finds nothing
 * left to do for the past. The decider has the last word: a command it refuses is a bug here.
 */
export async function playCase(
  plan: CasePlan,
  reference: string,
  screen: ScreenText,
  directory: Directory,
  now: number,
  /** `metadata.origin` of every event. */
  origin: string = DEMO_YEAR_ORIGIN,
): Promise<PlayedCase> {
  const player = new CasePlayer(plan.caseId, origin);
  const text = (value: string) => screen(plan.caseId, value);
  const { report } = plan;
  const technical = await Promise.all(
    Object.entries(report.technical).map(async ([name, value]) => [name, (await text(value)).text] as const),
  );
  const reportedAt = iso(report.reportedAt);
  const correlationId = player.uuid(report.reportedAt);
  const [reported] = player.apply(
    {
      type: 'report-case',
      actor: report.reporter,
      at: reportedAt,
      report: {
        ...report,
        caseId: plan.caseId,
        reference,
        title: await text(report.title),
        description: await text(report.description),
        occurredAt: iso(report.occurredAt),
        reportedAt,
        technical: Object.fromEntries(technical),
      },
    },
    {
      actor: { id: report.reporter.username, role: report.reporter.role, organisation: report.reporter.organisation },
      correlationId,
    },
  );
  player.apply(
    {
      type: 'route-case',
      actor: ROUTING_ACTOR,
      at: iso(plan.route.at),
      party: plan.route.party,
      rule: plan.route.rule,
      serviceLevel: plan.route.serviceLevel,
    },
    {
      actor: ROUTING_ACTOR_METADATA,
      causationId: reported.eventId,
      correlationId,
      ...(plan.route.fallback ? { routingFallback: plan.route.fallback } : {}),
    },
  );
  for (const step of plan.steps) {
    player.recordBreachesBefore(step.at);
    const command = await commandFor(step, player, text, directory);
    player.apply(command, { actor: { id: step.actor.username, ...step.actor }, correlationId: player.uuid(step.at) });
  }
  player.recordBreachesBefore(now);
  return {
    caseId: plan.caseId,
    streamId: caseStreamId(plan.caseId),
    events: player.events,
    state: player.state,
    breaches: player.breaches,
  };
}

class CasePlayer {
  state: CaseState = INITIAL_CASE_STATE;
  readonly events: NewEvent[] = [];
  breaches = 0;
  private readonly random: SeededRandom;

  constructor(
    caseId: string,
    private readonly origin: string,
  ) {
    this.random = SeededRandom.derive(caseId, 'events');
  }

  uuid(at: number): string {
    return this.random.uuidV7(at);
  }

  apply(command: CaseCommand, metadata: EventMetadata): (NewEvent & { eventId: string })[] {
    return CASE_DECIDER.decide(command, this.state).map((event) => {
      this.state = CASE_DECIDER.evolve(this.state, event);
      const recorded = {
        type: event.type,
        schemaVersion: CASE_DECIDER.schemaVersions[event.type],
        data: event.data,
        metadata: { ...metadata, origin: this.origin },
        eventId: this.uuid(Date.parse(command.at)),
      };
      this.events.push(recorded);
      return recorded;
    });
  }

  /** Records, earliest first, every clock that runs out before `until` while the case waits on its party. */
  recordBreachesBefore(until: number): void {
    for (let due = dueClock(this.state); due && Date.parse(due.dueAt) < until; due = dueClock(this.state)) {
      this.apply(
        { type: 'record-sla-breach', actor: ROUTING_ACTOR, at: due.dueAt, kind: due.kind },
        { actor: ROUTING_ACTOR_METADATA },
      );
      this.breaches++;
    }
  }
}

/** The earliest clock the SLA sweeper would consider (see CaseClockRepository.findDue), if any. */
function dueClock(state: CaseState): { kind: SlaKind; dueAt: string } | undefined {
  const { party, status } = state;
  if (!party || (status !== 'routed' && status !== 'acknowledged')) return undefined;
  const open = (kind: SlaKind, dueAt: string | undefined) =>
    dueAt !== undefined && !state.breaches.includes(breachKey(party, kind)) ? { kind, dueAt } : undefined;
  const firstResponse = state.responded ? undefined : open('first-response', state.firstResponseDueAt);
  const resolution = open('resolution', state.resolutionDueAt);
  if (!firstResponse || !resolution) return firstResponse ?? resolution;
  return Date.parse(firstResponse.dueAt) <= Date.parse(resolution.dueAt) ? firstResponse : resolution;
}

async function commandFor(
  step: PlannedStep,
  player: CasePlayer,
  text: (value: string) => Promise<ScreenedText>,
  directory: Directory,
): Promise<CaseCommand> {
  const { actor } = step;
  const at = iso(step.at);
  switch (step.kind) {
    case 'acknowledge':
      return { type: 'acknowledge-case', actor, at };
    case 'comment':
      return {
        type: 'add-comment',
        actor,
        at,
        commentId: player.uuid(step.at),
        visibility: step.visibility,
        body: await text(step.text),
      };
    case 'request-information':
      return { type: 'request-information', actor, at, question: await text(step.text) };
    case 'provide-information':
      return { type: 'provide-information', actor, at, answer: await text(step.text) };
    case 'forward':
      return {
        type: 'forward-case',
        actor,
        at,
        to: step.to,
        reason: await text(step.text),
        serviceLevel: directory.party(step.to).serviceLevel,
      };
    case 'resolve':
      return { type: 'resolve-case', actor, at, resolution: await text(step.text) };
    case 'reopen':
      return {
        type: 'reopen-case',
        actor,
        at,
        reason: await text(step.text),
        serviceLevel: directory.party(player.state.party as string).serviceLevel,
      };
    case 'close':
      return { type: 'close-case', actor, at };
  }
}
