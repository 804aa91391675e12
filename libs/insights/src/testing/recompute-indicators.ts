import { caseEventTime, type CaseEvent, type CaseReportedData, type Directory } from '@lagspill/domain';
import type { IndicatorDimension, IndicatorFigures } from '@lagspill/contracts';
import { bucketStart, nextBucket, type IntervalKind } from '../indicators/interval';
import type { CaseHistory } from './random-case-histories';

/** The figures of one group in one bucket, computed the slow, obvious way (unrounded). */
export interface RecomputedCell extends IndicatorFigures {
  readonly start: string;
  readonly group: string;
}

interface Happening {
  readonly caseId: string;
  readonly kind: 'reported' | 'first-response' | 'resolved' | 'sla-breach' | 'reopened' | 'open';
  readonly at: number;
  readonly party: string | null;
  readonly hours: number | null;
}

const HOUR = 3_600_000;
const timeOf = (event: CaseEvent) => Date.parse(caseEventTime(event));

/**
 * Recomputes every indicator of docs/indicators.md straight from the raw events, without the
 * projection's incremental bookkeeping: pauses as intervals, open cases by replaying each case up to
 * each instant. Only for tests: it is quadratic.
 */
export function recomputeIndicators(
  histories: readonly CaseHistory[],
  directory: Directory,
  query: { interval: IntervalKind; by: IndicatorDimension; from: Date; to: Date; asOf: Date; scope: string },
): RecomputedCell[] {
  const cells = new Map<string, { start: Date; group: string; rows: (Happening & ReportFlags)[] }>();
  for (const history of histories) {
    const report = history.events[0];
    if (report.type !== 'case.reported') continue;
    const location = locate(directory, report.data.reporter.organisation);
    const flags = reportFlags(report.data);
    const concerned = concernedOrganisation(history.events);
    const groupOf = (party: string | null): string => {
      switch (query.by) {
        case 'total':
          return 'total';
        case 'helsefellesskap':
          return location.helsefellesskap ?? 'unknown';
        case 'party':
          return party ?? 'unrouted';
        case 'category':
          return report.data.category;
        case 'organisationType':
          return location.organisationType ?? 'unknown';
        case 'concernedOrganisation':
          return concerned ?? 'none';
      }
    };
    const inScope = (party: string | null) =>
      query.scope === 'all' || query.scope === `region:${location.region}` || query.scope === `party:${party}`;
    const add = (start: Date, happening: Happening) => {
      if (start < bucketStart(query.interval, query.from) || start > query.to || happening.at > query.asOf.getTime()) {
        return;
      }
      const group = groupOf(happening.party);
      const key = `${start.toISOString()}|${group}`;
      const cell = cells.get(key) ?? { start, group, rows: [] };
      cell.rows.push({ ...happening, ...flags });
      cells.set(key, cell);
    };
    for (const measure of measuresOf(history)) {
      if (inScope(measure.party)) add(bucketStart(query.interval, new Date(measure.at)), measure);
    }
    for (const open of openAtBucketEnds(history, query)) {
      if (inScope(open.party)) add(new Date(open.bucket), open);
    }
  }
  return [...cells.values()]
    .map(({ start, group, rows }) => {
      const of = (kind: Happening['kind']) => rows.filter((r) => r.kind === kind);
      const reported = of('reported');
      const share = (count: number) => (reported.length === 0 ? null : count / reported.length);
      const hours = (kind: Happening['kind']) => of(kind).map((r) => r.hours as number);
      const count = (flag: (r: ReportFlags) => boolean) => reported.filter(flag).length;
      const harmful = (notice: ReportFlags['notice']) => count((r) => r.harmful && r.notice === notice);
      return {
        start: start.toISOString(),
        group,
        cases: new Set(rows.map((r) => r.caseId)).size,
        reported: reported.length,
        resolved: of('resolved').length,
        open: of('open').length,
        backlogAgeP50Hours: percentile(hours('open'), 0.5),
        backlogAgeP90Hours: percentile(hours('open'), 0.9),
        firstResponseP50Hours: percentile(hours('first-response'), 0.5),
        firstResponseP90Hours: percentile(hours('first-response'), 0.9),
        resolutionP50Hours: percentile(hours('resolved'), 0.5),
        resolutionP90Hours: percentile(hours('resolved'), 0.9),
        slaBreached: of('sla-breach').length,
        reopened: of('reopened').length,
        paperMultidoseShare: share(count((r) => r.paper)),
        multiplePatientsShare: share(count((r) => r.multi)),
        bothMultidoseShare: share(count((r) => r.both)),
        fragmentedList: count((r) => r.fragmented),
        fragmentedListShare: share(count((r) => r.fragmented)),
        harmful: count((r) => r.harmful),
        harmfulNotified: harmful('notified'),
        harmfulWillNotify: harmful('will-notify'),
        harmfulNotNotified: harmful('not-notified'),
        harmfulNotStated: harmful('not stated'),
      };
    })
    .sort((a, b) => a.start.localeCompare(b.start) || a.group.localeCompare(b.group));
}

/** What a report counts towards besides itself, read straight from the report as docs/indicators.md says. */
interface ReportFlags {
  readonly paper: boolean;
  readonly both: boolean;
  readonly multi: boolean;
  readonly fragmented: boolean;
  readonly harmful: boolean;
  readonly notice: 'notified' | 'will-notify' | 'not-notified' | 'not stated';
}

function reportFlags(report: CaseReportedData): ReportFlags {
  return {
    paper: report.multidoseMode === 'paper' || report.multidoseMode === 'both',
    both: report.multidoseMode === 'both',
    multi: report.scope.multiplePatients,
    fragmented: report.fragmentedList === true,
    // Harm above a near miss, spelt out here rather than taken from the domain.
    harmful: ['minor', 'moderate', 'severe'].includes(report.harm),
    notice: report.deviationNotice?.status ?? 'not stated',
  };
}

/** The organisation the case concerns now: the report's, as the working group last set it. */
function concernedOrganisation(events: readonly CaseEvent[]): string | null {
  let concerned: string | null = null;
  for (const event of events) {
    if (event.type === 'case.reported') concerned = event.data.concerns ?? null;
    if (event.type === 'case.concerned-organisation-set') concerned = event.data.organisation;
  }
  return concerned;
}

/** Linear interpolation between closest ranks (PostgreSQL's percentile_cont). */
function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

function locate(directory: Directory, organisation: string) {
  try {
    const { helsefellesskap } = directory.locate(organisation);
    return {
      helsefellesskap: helsefellesskap.id,
      region: helsefellesskap.region,
      organisationType: directory.organisation(organisation).type as string,
    };
  } catch {
    return { helsefellesskap: null, region: null, organisationType: null };
  }
}

/** Every stretch spent awaiting information, as [from, to] (to: when the case moved on). */
function pauses(events: readonly CaseEvent[]): [number, number][] {
  const found: [number, number][] = [];
  let since: number | null = null;
  for (const event of events) {
    if (event.type === 'case.information-requested') since = timeOf(event);
    else if (
      since !== null &&
      ['case.information-provided', 'case.forwarded', 'case.resolved', 'case.closed'].includes(event.type)
    ) {
      found.push([since, timeOf(event)]);
      since = null;
    }
  }
  if (since !== null) found.push([since, Infinity]);
  return found;
}

function workingHours(from: number, to: number, paused: [number, number][]): number {
  const overlap = paused.reduce((sum, [a, b]) => sum + Math.max(0, Math.min(b, to) - Math.max(a, from)), 0);
  return (to - from - overlap) / HOUR;
}

function measuresOf(history: CaseHistory): Happening[] {
  const { caseId, events } = history;
  const paused = pauses(events);
  const firstRouted = events.find((e) => e.type === 'case.routed');
  const found: Happening[] = [];
  let party: string | null = null;
  let receivedAt: number | null = null;
  let responded = false;
  let openedAt = 0;
  for (const event of events) {
    const at = timeOf(event);
    const answer = () => {
      if (responded || receivedAt === null) return;
      found.push({ caseId, kind: 'first-response', at, party, hours: workingHours(receivedAt, at, paused) });
      responded = true;
    };
    switch (event.type) {
      case 'case.reported':
        openedAt = at;
        found.push({
          caseId,
          kind: 'reported',
          at,
          party: firstRouted?.type === 'case.routed' ? firstRouted.data.party : null,
          hours: null,
        });
        break;
      case 'case.routed':
        party = event.data.party;
        receivedAt = at;
        responded = false;
        break;
      case 'case.forwarded':
        answer();
        party = event.data.to;
        receivedAt = at;
        responded = false;
        break;
      case 'case.acknowledged':
      case 'case.information-requested':
        answer();
        break;
      case 'case.resolved':
        answer();
        found.push({
          caseId,
          kind: 'resolved',
          at,
          party: event.data.party,
          hours: workingHours(openedAt, at, paused),
        });
        break;
      case 'case.reopened':
        openedAt = at;
        found.push({ caseId, kind: 'reopened', at, party, hours: null });
        break;
      case 'case.sla-breached':
        found.push({ caseId, kind: 'sla-breach', at, party: event.data.party, hours: null });
        break;
      default:
        break;
    }
  }
  return found;
}

/** At each bucket's end (or as-of), whether the case is open, with whom, and how old it is. */
function openAtBucketEnds(
  history: CaseHistory,
  query: { interval: IntervalKind; from: Date; to: Date; asOf: Date },
): (Happening & { bucket: number })[] {
  const found: (Happening & { bucket: number })[] = [];
  const reportedAt = timeOf(history.events[0]);
  for (
    let b = bucketStart(query.interval, query.from);
    b <= query.to && b <= query.asOf;
    b = nextBucket(query.interval, b)
  ) {
    const instant = Math.min(nextBucket(query.interval, b).getTime(), query.asOf.getTime());
    const before = history.events.filter((e) => timeOf(e) < instant);
    if (before.length === 0) continue;
    let open = false;
    let party: string | null = null;
    for (const event of before) {
      if (event.type === 'case.reported' || event.type === 'case.reopened') open = true;
      if (event.type === 'case.resolved' || event.type === 'case.closed') open = false;
      if (event.type === 'case.routed') party = event.data.party;
      if (event.type === 'case.forwarded') party = event.data.to;
    }
    if (open) {
      found.push({
        caseId: history.caseId,
        kind: 'open',
        at: instant,
        party,
        hours: (instant - reportedAt) / HOUR,
        bucket: b.getTime(),
      });
    }
  }
  return found;
}
