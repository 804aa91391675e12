import type { DeviationNoticeStatus } from '@lagspill/domain';
import type { MeasureKind } from '../facts/case-facts';
import type { CellFigures } from './indicator-cells.repository';
import type { IntervalKind } from './interval';

/** A case as the calculator reads it: its dimensions, measures and open stretches (times in ms). */
export interface CaseFigures {
  readonly caseId: string;
  readonly reportedAt: number;
  readonly region: string | null;
  readonly helsefellesskap: string | null;
  readonly category: string;
  readonly organisationType: string | null;
  readonly paperMultidose: boolean;
  readonly multiplePatients: boolean;
  readonly concerns: string | null;
  readonly bothMultidose: boolean;
  readonly fragmentedList: boolean;
  readonly harmful: boolean;
  /** Of a harmful case: the notice as stated (null: not stated). */
  readonly deviationNotice: DeviationNoticeStatus | null;
  readonly measures: { kind: MeasureKind; at: number; party: string | null; hours: number | null }[];
  readonly holdings: { party: string | null; from: number; to: number }[];
}

/** One computed cell, as stored in insights.indicator_cell. */
export interface ComputedCell extends CellFigures {
  readonly scope: string;
  readonly interval: IntervalKind;
  readonly bucket: number;
  readonly dimension: string;
  readonly group: string;
}

interface Combination {
  readonly scope: string;
  readonly dimension: string;
  readonly group: string;
}

class Accumulator {
  cases = 0;
  reported = 0;
  resolved = 0;
  slaBreached = 0;
  reopened = 0;
  paperMultidose = 0;
  bothMultidose = 0;
  multiplePatients = 0;
  fragmentedList = 0;
  harmful = 0;
  harmfulNotified = 0;
  harmfulWillNotify = 0;
  harmfulNotNotified = 0;
  harmfulNotStated = 0;
  readonly ages: number[] = [];
  readonly firstResponses: number[] = [];
  readonly resolutions: number[] = [];
}

const HOUR_MS = 3_600_000;
/** The group of cases that concern no other organisation. */
export const NO_CONCERNED_ORGANISATION = 'none';

/**
 * Computes the cells of consecutive buckets (`starts`, each bucket's instant being its end or `asOf`,
 * whichever is first) from the cases that count in them. Every figure of a case counts once per scope
 * (all, its region, the party it is attributed to) and dimension; see docs/indicators.md.
 */
export function computeCells(
  interval: IntervalKind,
  starts: readonly number[],
  ends: readonly number[],
  asOf: number,
  cases: Iterable<CaseFigures>,
): ComputedCell[] {
  const instants = ends.map((end) => Math.min(end, asOf));
  const combinations: Combination[] = [];
  const combinationIds = new Map<string, number>();
  const cells = new Map<number, Accumulator>();
  const CELLS_PER_BUCKET = 1 << 20;
  const idOf = (scope: string, dimension: string, group: string) => {
    const key = `${scope}\u0000${dimension}\u0000${group}`;
    let id = combinationIds.get(key);
    if (id === undefined) {
      id = combinations.length;
      combinations.push({ scope, dimension, group });
      combinationIds.set(key, id);
    }
    return id;
  };
  const accumulator = (cell: number) => {
    let found = cells.get(cell);
    if (!found) cells.set(cell, (found = new Accumulator()));
    return found;
  };

  // Cases that share their dimensions and party share their cells' combinations: work them out once.
  const combinationsByProfile = new Map<string, number[]>();
  for (const figures of cases) {
    const profile = [
      figures.region,
      figures.helsefellesskap,
      figures.category,
      figures.organisationType,
      figures.concerns,
    ]
      .map(String)
      .join('\u0000');
    const combinationsOf = (party: string | null) => {
      const key = `${profile}\u0000${party}`;
      let ids = combinationsByProfile.get(key);
      if (!ids) {
        const scopes = [
          'all',
          ...(figures.region ? [`region:${figures.region}`] : []),
          ...(party ? [`party:${party}`] : []),
        ];
        const groups: [string, string][] = [
          ['total', 'total'],
          ['helsefellesskap', figures.helsefellesskap ?? 'unknown'],
          ['party', party ?? 'unrouted'],
          ['category', figures.category],
          ['organisationType', figures.organisationType ?? 'unknown'],
          ['concernedOrganisation', figures.concerns ?? NO_CONCERNED_ORGANISATION],
        ];
        ids = scopes.flatMap((scope) => groups.map(([dimension, group]) => idOf(scope, dimension, group)));
        combinationsByProfile.set(key, ids);
      }
      return ids;
    };
    const touched = new Set<number>();
    for (const measure of figures.measures) {
      const bucket = bucketIndex(starts, ends, measure.at);
      if (bucket < 0) continue;
      for (const id of combinationsOf(measure.party)) {
        const cell = bucket * CELLS_PER_BUCKET + id;
        touched.add(cell);
        const acc = accumulator(cell);
        switch (measure.kind) {
          case 'reported':
            countReport(acc, figures);
            break;
          case 'first-response':
            acc.firstResponses.push(measure.hours as number);
            break;
          case 'resolved':
            acc.resolved++;
            acc.resolutions.push(measure.hours as number);
            break;
          case 'sla-breach':
            acc.slaBreached++;
            break;
          case 'reopened':
            acc.reopened++;
            break;
        }
      }
    }
    for (const holding of figures.holdings) {
      // Open at an instant when from < instant <= to: a contiguous run of the buckets.
      for (
        let bucket = firstAfter(instants, holding.from);
        bucket < instants.length && instants[bucket] <= holding.to;
        bucket++
      ) {
        const age = (instants[bucket] - figures.reportedAt) / HOUR_MS;
        for (const id of combinationsOf(holding.party)) {
          const cell = bucket * CELLS_PER_BUCKET + id;
          touched.add(cell);
          accumulator(cell).ages.push(age);
        }
      }
    }
    for (const cell of touched) accumulator(cell).cases++;
  }

  const computed: ComputedCell[] = [];
  for (const [cell, acc] of cells) {
    const bucket = Math.floor(cell / CELLS_PER_BUCKET);
    const { scope, dimension, group } = combinations[cell % CELLS_PER_BUCKET];
    const ages = sorted(acc.ages);
    const firstResponses = sorted(acc.firstResponses);
    const resolutions = sorted(acc.resolutions);
    computed.push({
      scope,
      interval,
      bucket: starts[bucket],
      dimension,
      group,
      cases: acc.cases,
      reported: acc.reported,
      resolved: acc.resolved,
      open: ages.length,
      backlogP50: percentile(ages, 0.5),
      backlogP90: percentile(ages, 0.9),
      firstResponseP50: percentile(firstResponses, 0.5),
      firstResponseP90: percentile(firstResponses, 0.9),
      resolutionP50: percentile(resolutions, 0.5),
      resolutionP90: percentile(resolutions, 0.9),
      slaBreached: acc.slaBreached,
      reopened: acc.reopened,
      paperMultidose: acc.paperMultidose,
      bothMultidose: acc.bothMultidose,
      multiplePatients: acc.multiplePatients,
      fragmentedList: acc.fragmentedList,
      harmful: acc.harmful,
      harmfulNotified: acc.harmfulNotified,
      harmfulWillNotify: acc.harmfulWillNotify,
      harmfulNotNotified: acc.harmfulNotNotified,
      harmfulNotStated: acc.harmfulNotStated,
    });
  }
  return computed;
}

/** What a report counts towards besides itself: its flags, and a harmful event's notice. */
function countReport(acc: Accumulator, figures: CaseFigures): void {
  acc.reported++;
  if (figures.paperMultidose) acc.paperMultidose++;
  if (figures.bothMultidose) acc.bothMultidose++;
  if (figures.multiplePatients) acc.multiplePatients++;
  if (figures.fragmentedList) acc.fragmentedList++;
  if (!figures.harmful) return;
  acc.harmful++;
  switch (figures.deviationNotice) {
    case 'notified':
      acc.harmfulNotified++;
      break;
    case 'will-notify':
      acc.harmfulWillNotify++;
      break;
    case 'not-notified':
      acc.harmfulNotNotified++;
      break;
    case null:
      acc.harmfulNotStated++;
      break;
  }
}

/** The bucket holding `at`, or -1 outside [starts[0], ends[last]). */
function bucketIndex(starts: readonly number[], ends: readonly number[], at: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (at < starts[middle]) high = middle - 1;
    else if (at >= ends[middle]) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** The first index whose value is greater than `value` (values ascending). */
function firstAfter(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle] > value) high = middle;
    else low = middle + 1;
  }
  return low;
}

function sorted(values: number[]): Float64Array {
  return Float64Array.from(values).sort();
}

/** Linear interpolation between the closest ranks, as PostgreSQL's percentile_cont. */
function percentile(values: Float64Array, p: number): number | null {
  if (values.length === 0) return null;
  const position = p * (values.length - 1);
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return values[below] + (values[above] - values[below]) * (position - below);
}
