import fc from 'fast-check';
import {
  CASE_ACTIONS,
  CASE_DECIDER,
  deviationNotice,
  DEVIATION_NOTICE_STATUSES,
  DomainError,
  HARM_LEVELS,
  MULTIDOSE_MODES,
  TAXONOMY,
  type ActorRef,
  type CaseCommand,
  type CaseEvent,
  type CaseState,
  type DeviationNoticeStatus,
  type Directory,
  type Harm,
  type MultidoseMode,
  redactText,
  reportedSystem,
} from '@lagspill/domain';

/** A case's events with the command times they carry, as the log holds them. */
export interface CaseHistory {
  readonly caseId: string;
  readonly events: readonly CaseEvent[];
}

const ACTIONS = ['route', ...CASE_ACTIONS, 'breach', 'comment', 'set-concerned'] as const;

interface Step {
  readonly action: (typeof ACTIONS)[number];
  readonly gapMinutes: number;
  readonly pick: number;
}

export interface CasePlan {
  readonly organisation: string;
  readonly category: number;
  readonly multidoseMode: MultidoseMode;
  readonly multiplePatients: boolean;
  /**
   * The fields added to `case.reported` later (issue 17), each left out of the report when undefined, as
   * in a case reported before they existed. A notice is only stated with harm above a near miss (intake's
   * rule), the plan's status then standing for the answer.
   */
  readonly concerns?: string;
  readonly fragmentedList?: boolean;
  readonly harm?: Harm;
  readonly deviationNotice?: DeviationNoticeStatus;
  readonly reportedMinutesBefore: number;
  /** Routed a minute after the report to this party (an index), or left for a 'route' step. */
  readonly routedBy: number | null;
  readonly steps: readonly Step[];
}

const stepArbitrary = fc.record({
  action: fc.constantFrom(...ACTIONS),
  // Mostly hours apart, sometimes days: cases cross day, week and month ends.
  gapMinutes: fc.oneof(fc.integer({ min: 1, max: 600 }), fc.integer({ min: 600, max: 20_000 })),
  pick: fc.nat(1000),
});

/** Random plans for `cases` cases reported within `spanDays` before as-of, by known and unknown organisations. */
export function casePlans(
  organisations: readonly string[],
  spanDays: number,
  cases: { min: number; max: number },
): fc.Arbitrary<CasePlan[]> {
  return fc.array(
    fc.record({
      organisation: fc.constantFrom(...organisations, 'ukjent-organisasjon'),
      category: fc.nat(TAXONOMY.length - 1),
      multidoseMode: fc.constantFrom<MultidoseMode>(...MULTIDOSE_MODES),
      multiplePatients: fc.boolean(),
      concerns: fc.option(fc.constantFrom(...organisations, 'ukjent-organisasjon'), { nil: undefined }),
      fragmentedList: fc.option(fc.boolean(), { nil: undefined }),
      harm: fc.option(fc.constantFrom<Harm>(...HARM_LEVELS), { nil: undefined }),
      deviationNotice: fc.option(fc.constantFrom<DeviationNoticeStatus>(...DEVIATION_NOTICE_STATUSES), {
        nil: undefined,
      }),
      reportedMinutesBefore: fc.integer({ min: 60, max: spanDays * 24 * 60 }),
      routedBy: fc.option(fc.nat(1000), { freq: 5 }),
      steps: fc.array(stepArbitrary, { maxLength: 12 }),
    }),
    { minLength: cases.min, maxLength: cases.max },
  );
}

/**
 * Plays a plan through the Case decider, as people would act: each step by the actor who may take it,
 * steps the decider refuses are left out, and nothing happens at or after `asOf`.
 */
export function playPlan(plan: CasePlan, index: number, asOf: Date, directory: Directory): CaseHistory {
  const caseId = `prop-${index}-${plan.reportedMinutesBefore}`;
  const parties = directory.allParties().map((p) => p.id);
  const reporter: ActorRef & { organisation: string } = {
    username: `lege-${index}`,
    name: 'Lege',
    role: 'reporter',
    organisation: plan.organisation,
  };
  const coordinator: ActorRef = { username: 'koordinator', name: 'Koordinator', role: 'coordinator' };
  const text = { text: redactText('tekst'), piiRedacted: 0 };
  const category = TAXONOMY[plan.category];
  const organisations = directory.data.organisations.map((o) => o.id);
  const harm = plan.harm ?? 'none';
  let time = asOf.getTime() - plan.reportedMinutesBefore * 60_000;
  const at = () => new Date(time).toISOString();
  let state: CaseState = CASE_DECIDER.initialState;
  const events: CaseEvent[] = [];
  const run = (command: CaseCommand) => {
    try {
      const decided = CASE_DECIDER.decide(command, state);
      events.push(...decided);
      state = decided.reduce(CASE_DECIDER.evolve, state);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
    }
  };
  run({
    type: 'report-case',
    actor: reporter,
    at: at(),
    report: {
      caseId,
      reference: `PLL-2026-${String(index).padStart(6, '0')}`,
      category: category.code,
      subcategory: category.subcategories[0].code,
      title: text,
      description: text,
      occurredAt: at(),
      reportedAt: at(),
      reporter,
      system: reportedSystem({ vendor: 'cgm', product: 'CGM Journal' }),
      multidoseMode: plan.multidoseMode,
      harm,
      scope: { multiplePatients: plan.multiplePatients, multipleOrganisations: false },
      technical: {},
      ...(plan.concerns === undefined || plan.concerns === plan.organisation ? {} : { concerns: plan.concerns }),
      ...(plan.fragmentedList === undefined ? {} : { fragmentedList: plan.fragmentedList }),
      ...(plan.deviationNotice === undefined || !['minor', 'moderate', 'severe'].includes(harm)
        ? {}
        : {
            deviationNotice: deviationNotice(
              plan.deviationNotice === 'notified'
                ? { status: 'notified', channel: 'melde-no', reference: `MELD-${index}` }
                : { status: plan.deviationNotice },
            ),
          }),
    },
  });
  // The router routes most cases minutes after the report; the rest wait for a coordinator (a 'route' step).
  if (plan.routedBy !== null) {
    time += 60_000;
    const party = parties[plan.routedBy % parties.length];
    run({
      type: 'route-case',
      actor: coordinator,
      at: at(),
      party,
      rule: 'test',
      serviceLevel: directory.party(party).serviceLevel,
    });
  }
  for (const step of plan.steps) {
    // Often exactly at midnight UTC, where days, weeks and months end: the edges must count once.
    time = step.pick % 5 === 0 ? nextMidnight(time) : time + step.gapMinutes * 60_000;
    if (time >= asOf.getTime()) break;
    const party = parties[step.pick % parties.length];
    const serviceLevel = directory.party(party).serviceLevel;
    const responder: ActorRef = {
      username: `svar-${state.party}`,
      name: 'Svar',
      role: 'responder',
      party: state.party,
    };
    const by = step.pick % 3 === 0 ? coordinator : responder;
    const base = { at: at() };
    switch (step.action) {
      case 'route':
        run({ ...base, type: 'route-case', actor: coordinator, party, rule: 'test', serviceLevel });
        break;
      case 'acknowledge':
        run({ ...base, type: 'acknowledge-case', actor: responder });
        break;
      case 'request-information':
        run({ ...base, type: 'request-information', actor: by, question: text });
        break;
      case 'provide-information':
        run({ ...base, type: 'provide-information', actor: reporter, answer: text });
        break;
      case 'forward':
        run({ ...base, type: 'forward-case', actor: by, to: party, reason: text, serviceLevel });
        break;
      case 'resolve':
        run({ ...base, type: 'resolve-case', actor: by, resolution: text });
        break;
      case 'reopen':
        run({
          ...base,
          type: 'reopen-case',
          actor: step.pick % 2 ? reporter : coordinator,
          reason: text,
          serviceLevel,
        });
        break;
      case 'close':
        run({ ...base, type: 'close-case', actor: step.pick % 2 ? reporter : coordinator });
        break;
      case 'breach':
        run({
          ...base,
          type: 'record-sla-breach',
          actor: { username: 'lagspill', name: 'Lagspill', role: 'system' },
          kind: step.pick % 2 ? 'first-response' : 'resolution',
        });
        break;
      case 'comment':
        run({ ...base, type: 'add-comment', actor: reporter, commentId: `c${time}`, visibility: 'public', body: text });
        break;
      case 'set-concerned':
        // The working group corrects what the case concerns, or takes it away.
        run({
          ...base,
          type: 'set-concerned-organisation',
          actor: coordinator,
          organisation: step.pick % 4 === 0 ? null : organisations[step.pick % organisations.length],
        });
        break;
    }
  }
  return { caseId, events };
}

function nextMidnight(time: number): number {
  const d = new Date(time);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
}
