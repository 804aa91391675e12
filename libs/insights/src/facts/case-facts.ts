import {
  needsDeviationNotice,
  type CaseEvent,
  type CaseReportedData,
  type DeviationNoticeStatus,
} from '@lagspill/domain';

/** What a case counts towards in one interval (see docs/indicators.md for each definition). */
export type MeasureKind = 'reported' | 'first-response' | 'resolved' | 'sla-breach' | 'reopened';

export interface Measure {
  readonly kind: MeasureKind;
  readonly at: string;
  /** The party the measure is attributed to; null before the case was routed. */
  readonly party: string | null;
  /** First response and resolution: working hours, i.e. without the time spent awaiting information. */
  readonly hours: number | null;
}

/** A stretch of time in which the case was open and held by one party (null: not yet routed). */
export interface Holding {
  readonly party: string | null;
  readonly from: string;
  /** When it stopped (forwarded, resolved, closed); null while it goes on. */
  readonly to: string | null;
}

/** Where the reporting organisation sits; nulls when the directory does not know it. */
export interface CaseLocation {
  readonly helsefellesskap: string | null;
  readonly region: string | null;
  readonly organisationType: string | null;
}

export interface CaseDimensions extends CaseLocation {
  readonly organisation: string;
  readonly system: CaseReportedData['system'];
  readonly category: string;
  readonly subcategory: string;
  /** Paper multidose involved: `paper`, or `both` paper and eMD at once. */
  readonly paperMultidose: boolean;
  /** `both`: counted in the paper share and on its own. */
  readonly bothMultidose: boolean;
  readonly multiplePatients: boolean;
  /** The other organisation the case concerns (set at report or later by the working group). */
  readonly concerns: string | null;
  /** Double registration / a fragmented medication list, whatever the category. */
  readonly fragmentedList: boolean;
  /** Harm above a near miss: the reporter may be bound to notify it. */
  readonly harmful: boolean;
  /** What the reporter said of that notice; null when harmful and not stated, or not harmful. */
  readonly deviationNotice: DeviationNoticeStatus | null;
}

/** The service clock as far as the indicators follow it. */
interface Clock {
  readonly party: string | null;
  readonly open: boolean;
  /** When the current party got the case, and whether it has answered since (as CaseState.responded). */
  readonly receivedAt: string | null;
  readonly responded: boolean;
  /** When the case was last opened: reported or reopened. */
  readonly openedAt: string;
  /** Paused (awaiting information) milliseconds so far, not counting a pause still running. */
  readonly pausedMs: number;
  readonly pausedSince: string | null;
  readonly pausedMsAtReceipt: number;
  readonly pausedMsAtOpening: number;
}

export interface CaseFacts {
  readonly caseId: string;
  readonly version: number;
  readonly reportedAt: string;
  readonly dimensions: CaseDimensions;
  readonly measures: readonly Measure[];
  readonly holdings: readonly Holding[];
  readonly clock: Clock;
}

export type Locate = (organisation: string) => CaseLocation;

/** Folds one case event into its indicator facts; `undefined` until the case is reported. */
export function evolveCaseFacts(
  facts: CaseFacts | undefined,
  event: CaseEvent,
  version: number,
  locate: Locate,
): CaseFacts | undefined {
  if (event.type === 'case.reported') return reported(event.data, version, locate);
  if (!facts) return undefined;
  const next = applyEvent(facts, event);
  return { ...next, version };
}

function reported(report: CaseReportedData, version: number, locate: Locate): CaseFacts {
  const at = report.reportedAt;
  return {
    caseId: report.caseId,
    version,
    reportedAt: at,
    dimensions: {
      ...locate(report.reporter.organisation),
      organisation: report.reporter.organisation,
      system: report.system,
      category: report.category,
      subcategory: report.subcategory,
      ...reportedFlags(report),
      multiplePatients: report.scope.multiplePatients,
      concerns: report.concerns ?? null,
    },
    measures: [{ kind: 'reported', at, party: null, hours: null }],
    holdings: [{ party: null, from: at, to: null }],
    clock: {
      party: null,
      open: true,
      receivedAt: null,
      responded: false,
      openedAt: at,
      pausedMs: 0,
      pausedSince: null,
      pausedMsAtReceipt: 0,
      pausedMsAtOpening: 0,
    },
  };
}

/** A report from before these fields existed has no flag and states no notice (they are optional in version 1). */
function reportedFlags(
  report: CaseReportedData,
): Pick<CaseDimensions, 'paperMultidose' | 'bothMultidose' | 'fragmentedList' | 'harmful' | 'deviationNotice'> {
  const harmful = needsDeviationNotice(report.harm);
  return {
    paperMultidose: report.multidoseMode === 'paper' || report.multidoseMode === 'both',
    bothMultidose: report.multidoseMode === 'both',
    fragmentedList: report.fragmentedList === true,
    harmful,
    deviationNotice: harmful ? (report.deviationNotice?.status ?? null) : null,
  };
}

function applyEvent(facts: CaseFacts, event: CaseEvent): CaseFacts {
  switch (event.type) {
    case 'case.routed': {
      const { party, at } = event.data;
      // The case counts as reported to the party it was first routed to.
      const measures = facts.measures.map((m) => (m.kind === 'reported' && m.party === null ? { ...m, party } : m));
      return handOver({ ...facts, measures }, party, at);
    }
    case 'case.acknowledged':
      return responded(facts, event.data.at);
    case 'case.information-requested': {
      const answered = responded(facts, event.data.at);
      return { ...answered, clock: { ...answered.clock, pausedSince: event.data.at } };
    }
    case 'case.information-provided':
      return { ...facts, clock: endPause(facts.clock, event.data.at) };
    case 'case.forwarded':
      return handOver(responded(facts, event.data.at), event.data.to, event.data.at);
    case 'case.resolved': {
      const { at, party } = event.data;
      const answered = responded(facts, at);
      const clock = endPause(answered.clock, at);
      const hours = workingHours(clock.openedAt, at, clock.pausedMsAtOpening, clock);
      return stopHolding(
        { ...answered, measures: [...answered.measures, { kind: 'resolved', at, party, hours }], clock },
        at,
      );
    }
    case 'case.reopened': {
      const { at } = event.data;
      const { clock } = facts;
      return {
        ...facts,
        measures: [...facts.measures, { kind: 'reopened', at, party: clock.party, hours: null }],
        holdings: [...facts.holdings, { party: clock.party, from: at, to: null }],
        clock: { ...clock, open: true, openedAt: at, pausedMsAtOpening: clock.pausedMs },
      };
    }
    case 'case.closed':
      // A resolved case is already out of the backlog; a coordinator may also close an open one.
      return facts.clock.open
        ? stopHolding({ ...facts, clock: endPause(facts.clock, event.data.at) }, event.data.at)
        : facts;
    case 'case.sla-breached':
      return {
        ...facts,
        measures: [...facts.measures, { kind: 'sla-breach', at: event.data.at, party: event.data.party, hours: null }],
      };
    case 'case.concerned-organisation-set':
      // A correction of what the report concerns: the case counts there from its report on, like its category.
      return { ...facts, dimensions: { ...facts.dimensions, concerns: event.data.organisation } };
    case 'case.reported':
    case 'case.identity-shared':
    case 'case.identity-sharing-withdrawn':
    case 'case.comment-added':
    case 'case.linked':
      return facts;
  }
}

/** The first answer of the current party since it got the case is its first response. */
function responded(facts: CaseFacts, at: string): CaseFacts {
  const { clock } = facts;
  if (clock.responded || clock.receivedAt === null) return facts;
  const hours = workingHours(clock.receivedAt, at, clock.pausedMsAtReceipt, clock);
  return {
    ...facts,
    measures: [...facts.measures, { kind: 'first-response', at, party: clock.party, hours }],
    clock: { ...clock, responded: true },
  };
}

/** Routed or forwarded: the new party holds the case from `at` and its own clock starts. */
function handOver(facts: CaseFacts, party: string, at: string): CaseFacts {
  const clock = endPause(facts.clock, at);
  const stopped = stopHolding({ ...facts, clock }, at);
  return {
    ...stopped,
    holdings: [...stopped.holdings, { party, from: at, to: null }],
    clock: {
      ...clock,
      party,
      open: true,
      receivedAt: at,
      responded: false,
      pausedMsAtReceipt: clock.pausedMs,
    },
  };
}

function stopHolding(facts: CaseFacts, at: string): CaseFacts {
  const holdings = facts.holdings.map((h) => (h.to === null ? { ...h, to: at } : h));
  return { ...facts, holdings, clock: { ...facts.clock, open: false } };
}

function endPause(clock: Clock, at: string): Clock {
  if (clock.pausedSince === null) return clock;
  return { ...clock, pausedMs: clock.pausedMs + (Date.parse(at) - Date.parse(clock.pausedSince)), pausedSince: null };
}

const HOUR_MS = 3_600_000;

/**
 * Hours from `from` to `to` less the pauses in between (`pausedMsAtFrom`: the pause total at `from`).
 * Callers end a running pause first; a party's first answer never falls inside a pause (asking is one).
 */
function workingHours(from: string, to: string, pausedMsAtFrom: number, clock: Clock): number {
  return (Date.parse(to) - Date.parse(from) - (clock.pausedMs - pausedMsAtFrom)) / HOUR_MS;
}
