import type { RoutingRule } from '@lagspill/contracts';
import { Directory, type Organisation } from '@lagspill/domain';
import { DEMO_DIRECTORY } from '@lagspill/directory';
import { DEFAULT_ROUTING_RULES, routeReport } from '@lagspill/routing';
import type { CasePlan } from './case-plan';
import { planIncidentReport, planReport, type ReportContext } from './case-report';
import { planLifecycle } from './case-lifecycle';
import { DemoYearCast, type Reporter } from './demo-year-cast';
import { planIncidents, type Incident, type IncidentReport } from './incidents';
import { HOUR_MS, MINUTE_MS } from './oslo-calendar';
import { pickFaultKind } from './report-mix';
import {
  hourSlots,
  REPORTS_PER_ORGANISATION,
  RHYTHM_OF,
  rhythmWeight,
  rolloutFactor,
  rolloutWaves,
  type Rhythm,
  type RolloutWave,
} from './rollout';
import { SeededRandom } from './seeded-random';

export const DEFAULT_DEMO_YEAR_SEED = 'lagspill-demo-year';

export interface DemoYearOptions {
  /** How many cases in all. */
  readonly cases: number;
  /** How many months before `now` the year starts. */
  readonly months: number;
  /** The same seed and `now` give the same cases, down to their ids. */
  readonly seed?: string;
  /** The end of the year; nothing happens at or after it. Default: the wall clock at the call. */
  readonly now?: Date;
  readonly directory?: Directory;
  /** The routing table in force; the default table unless given. */
  readonly rules?: readonly RoutingRule[];
}

export interface DemoYearPlan {
  readonly start: number;
  readonly now: number;
  readonly waves: readonly RolloutWave[];
  readonly incidents: readonly Incident[];
  readonly count: number;
  /** The cases in report order, made one at a time: a million of them do not fit in memory at once. */
  cases(): Generator<CasePlan>;
}

/** The last report comes a little before now, so that it is routed (a minute later) before now too. */
const QUIET_BEFORE_NOW = 10 * MINUTE_MS;
/** Reporters at an organisation with a demo user: the demo user writes this share of its reports. */
const DEMO_USER_SHARE = 0.5;

/** Organisations of one helsefellesskap that report in the same rhythm. */
interface ReportingGroup {
  readonly helsefellesskap: string;
  readonly rhythm: Rhythm;
  readonly goLive: number;
  readonly organisations: readonly (readonly [Organisation, number])[];
  readonly weight: number;
}

/**
 * Plans a demo year without I/O: when reports come (office hours, fewer at weekends, in July and at
 * Christmas; each helsefellesskap from its go-live, busier for six weeks after it), from whom, about
 * what, how each case is routed (by the router's own rules) and lived, plus two incident bursts.
 */
export function planDemoYear(options: DemoYearOptions): DemoYearPlan {
  const { cases, months } = options;
  if (!Number.isInteger(cases) || cases < 0) throw new Error(`cases must be a whole number ≥ 0, not ${cases}`);
  if (!Number.isInteger(months) || months < 1) throw new Error(`months must be a whole number ≥ 1, not ${months}`);
  const seed = options.seed ?? DEFAULT_DEMO_YEAR_SEED;
  const directory = options.directory ?? new Directory(DEMO_DIRECTORY);
  const rules = options.rules ?? DEFAULT_ROUTING_RULES;
  const now = (options.now ?? new Date()).getTime();
  const start = monthsBefore(now, months);
  const latest = now - QUIET_BEFORE_NOW;
  const waves = rolloutWaves(directory, start, now, months);

  const incidentReports = planIncidents(
    { directory, waves, start, now, cases },
    SeededRandom.derive(seed, 'incidents'),
  ).filter((r) => r.at <= latest);
  const groups = reportingGroups(directory, waves);
  const ordinary = cases - incidentReports.length;
  const sampler = new ReportTimeSampler(groups, start, latest);
  const times = new Float64Array(cases);
  // A group index for ordinary reports, -1 - k for incident report k.
  const origins = new Int32Array(cases);
  const random = SeededRandom.derive(seed, 'report-times');
  for (let i = 0; i < ordinary; i++) {
    const sampled = sampler.sample(random);
    times[i] = sampled.at;
    origins[i] = sampled.group;
  }
  incidentReports.forEach((report, k) => {
    times[ordinary + k] = report.at;
    origins[ordinary + k] = -1 - k;
  });
  const order = Uint32Array.from({ length: cases }, (_, i) => i).sort((a, b) => times[a] - times[b] || a - b);

  const cast = new DemoYearCast(directory, seed);
  const plan = (index: number, reportedAt: number, origin: number): CasePlan => {
    const random = SeededRandom.derive(seed, 'case', index);
    const incidentReport: IncidentReport | undefined = origin < 0 ? incidentReports[-1 - origin] : undefined;
    const organisation = incidentReport
      ? directory.organisation(incidentReport.organisation)
      : random.weighted(groups[origin].organisations);
    const context: ReportContext = {
      random,
      directory,
      organisation,
      reporter: reporterFor(cast, organisation, random),
      reportedAt,
      progress: (reportedAt - start) / (now - start),
    };
    const report = incidentReport
      ? planIncidentReport(context, incidentReport)
      : planReport(context, pickFaultKind(organisation.type, context.progress, random));
    const routedAt = reportedAt + MINUTE_MS;
    const route = routeReport(report, organisation, rules, directory);
    const steps = planLifecycle({
      random,
      directory,
      cast,
      organisation,
      report,
      party: route.party,
      routedAt,
      incident: incidentReport?.incident,
    });
    const cut = steps.findIndex((s) => s.at >= now);
    return {
      index,
      caseId: random.uuidV7(reportedAt),
      report,
      route: { ...route, at: routedAt },
      steps: cut < 0 ? steps : steps.slice(0, cut),
      ...(incidentReport ? { incident: incidentReport.incident.kind } : {}),
    };
  };

  return {
    start,
    now,
    waves,
    incidents: [...new Set(incidentReports.map((r) => r.incident))],
    count: cases,
    *cases() {
      for (let index = 0; index < cases; index++) {
        const i = order[index];
        yield plan(index, times[i], origins[i]);
      }
    },
  };
}

/** The instant `months` calendar months before `now` (same day of month and time, UTC). */
function monthsBefore(now: number, months: number): number {
  const date = new Date(now);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.getTime();
}

function reportingGroups(directory: Directory, waves: readonly RolloutWave[]): ReportingGroup[] {
  const groups = new Map<string, { hf: string; rhythm: Rhythm; organisations: [Organisation, number][] }>();
  for (const organisation of directory.data.organisations) {
    const hf = directory.locate(organisation.id).helsefellesskap.id;
    const rhythm = RHYTHM_OF[organisation.type];
    const key = `${hf}/${rhythm}`;
    const group = groups.get(key) ?? { hf, rhythm, organisations: [] };
    group.organisations.push([organisation, REPORTS_PER_ORGANISATION[organisation.type]]);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ hf, rhythm, organisations }) => ({
    helsefellesskap: hf,
    rhythm,
    goLive: waves.find((w) => w.helsefellesskap === hf)?.goLive ?? 0,
    organisations,
    weight: organisations.reduce((sum, [, weight]) => sum + weight, 0),
  }));
}

/**
 * Draws report times from the year's intensity, hour by hour and group by group: the groups' size,
 * their daily rhythm, the season and the rollout wave. One cumulative table, one binary search a draw.
 */
class ReportTimeSampler {
  private readonly slotStarts: Float64Array;
  private readonly cumulative: Float64Array;

  constructor(
    private readonly groups: readonly ReportingGroup[],
    start: number,
    private readonly latest: number,
  ) {
    const slots = hourSlots(start, latest);
    this.slotStarts = Float64Array.from(slots, (s) => s.start);
    this.cumulative = new Float64Array(slots.length * groups.length);
    let total = 0;
    slots.forEach((slot, s) => {
      groups.forEach((group, g) => {
        const rollout = rolloutFactor(slot.start + HOUR_MS / 2 - group.goLive);
        total += group.weight * rhythmWeight(group.rhythm, slot.local) * slot.season * rollout;
        this.cumulative[s * groups.length + g] = total;
      });
    });
    if (total === 0 && this.cumulative.length > 0) throw new Error('No organisation reports in this window');
  }

  sample(random: SeededRandom): { at: number; group: number } {
    const total = this.cumulative[this.cumulative.length - 1];
    for (;;) {
      const cell = this.search(random.next() * total);
      const group = cell % this.groups.length;
      const at = Math.floor(this.slotStarts[Math.floor(cell / this.groups.length)] + random.next() * HOUR_MS);
      // The go-live and the window's end fall inside an hour: draw again rather than pile reports up there.
      if (at >= this.groups[group].goLive && at <= this.latest) return { at, group };
    }
  }

  private search(value: number): number {
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle] > value) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}

function reporterFor(cast: DemoYearCast, organisation: Organisation, random: SeededRandom): Reporter {
  const { demoUsers, colleagues } = cast.reportersOf(organisation);
  if (demoUsers.length > 0 && random.chance(DEMO_USER_SHARE)) return random.pick(demoUsers);
  return random.pick(colleagues);
}
