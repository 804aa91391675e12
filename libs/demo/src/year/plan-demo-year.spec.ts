import { Directory } from '@lagspill/domain';
import { DEMO_DIRECTORY } from '@lagspill/directory';
import type { CasePlan } from './case-plan';
import { DAY_MS, osloTime } from './oslo-calendar';
import { planDemoYear, type DemoYearPlan } from './plan-demo-year';

const directory = new Directory(DEMO_DIRECTORY);
const NOW = new Date('2026-10-15T10:00:00.000Z');
const helsefellesskapOf = (plan: CasePlan) => directory.locate(plan.report.reporter.organisation).helsefellesskap.id;
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Reports per day in [from, to). */
function dailyRate(cases: readonly CasePlan[], from: number, to: number): number {
  return cases.filter((c) => c.report.reportedAt >= from && c.report.reportedAt < to).length / ((to - from) / DAY_MS);
}

describe('planDemoYear', () => {
  let year: DemoYearPlan;
  let cases: CasePlan[];

  beforeAll(() => {
    year = planDemoYear({ cases: 12_000, months: 12, seed: 'spec', now: NOW, directory });
    cases = [...year.cases()];
  });

  it('plans the same year for the same seed and another for another seed', () => {
    const again = planDemoYear({ cases: 12_000, months: 12, seed: 'spec', now: NOW, directory });
    const first = (plan: DemoYearPlan, n: number) => [...take(plan.cases(), n)];
    expect(first(again, 200)).toEqual(cases.slice(0, 200));
    const other = planDemoYear({ cases: 12_000, months: 12, seed: 'another', now: NOW, directory });
    expect(first(other, 1)[0]).not.toEqual(cases[0]);
  });

  it('plans exactly the cases asked for, in report order, every time in the past and every case in time order', () => {
    expect(cases).toHaveLength(12_000);
    expect(new Set(cases.map((c) => c.caseId)).size).toBe(cases.length);
    const outOfOrder = cases.filter((c, i) => {
      const times = [c.report.occurredAt, c.report.reportedAt, c.route.at, ...c.steps.map((s) => s.at)];
      return (
        c.report.reportedAt < (i === 0 ? year.start : cases[i - 1].report.reportedAt) ||
        c.route.at !== c.report.reportedAt + 60_000 ||
        times.some((at, j) => j > 0 && at < times[j - 1]) ||
        times[times.length - 1] >= year.now
      );
    });
    expect(outOfOrder).toEqual([]);
  });

  it('has fewer reports at weekends, mostly in office hours', () => {
    const weekend = cases.filter((c) => [0, 6].includes(osloTime(c.report.reportedAt).weekday)).length / 2;
    const weekday = cases.filter((c) => ![0, 6].includes(osloTime(c.report.reportedAt).weekday)).length / 5;
    expect(weekend).toBeLessThan(0.35 * weekday);
    const officeHours = cases.filter((c) => {
      const { hour } = osloTime(c.report.reportedAt);
      return hour >= 8 && hour < 16;
    });
    expect(officeHours.length / cases.length).toBeGreaterThan(0.7);
  });

  it('has fewer reports in July and around Christmas than in the weeks around them', () => {
    // LoVeSa is live all year and past its go-live peak by the summer and by Christmas.
    const lovesa = cases.filter((c) => helsefellesskapOf(c) === 'lovesa');
    const day = (iso: string) => Date.parse(`${iso}T00:00:00+02:00`);
    const july = dailyRate(lovesa, day('2026-07-01'), day('2026-08-01'));
    const juneAndSeptember =
      (dailyRate(lovesa, day('2026-06-01'), day('2026-06-21')) +
        dailyRate(lovesa, day('2026-09-01'), day('2026-10-01'))) /
      2;
    expect(july).toBeLessThan(0.65 * juneAndSeptember);
    const christmas = dailyRate(lovesa, day('2025-12-21'), day('2026-01-03'));
    const january = dailyRate(lovesa, day('2026-01-05'), day('2026-02-15'));
    expect(christmas).toBeLessThan(0.6 * january);
  });

  it('starts each helsefellesskap at its own wave, in its own month, busier for six weeks after go-live', () => {
    expect(year.waves.map((w) => w.helsefellesskap).sort()).toEqual(
      DEMO_DIRECTORY.helsefellesskap.map((h) => h.id).sort(),
    );
    const months = year.waves.map((w) => `${osloTime(w.goLive).year}-${osloTime(w.goLive).month}`);
    expect(new Set(months).size).toBe(year.waves.length);
    for (const wave of year.waves) {
      const own = cases.filter((c) => helsefellesskapOf(c) === wave.helsefellesskap && !c.incident);
      const first = Math.min(...own.map((c) => c.report.reportedAt));
      expect(first).toBeGreaterThanOrEqual(wave.goLive);
      expect(first - wave.goLive).toBeLessThan(3 * DAY_MS);
      const rollout = dailyRate(own, wave.goLive, wave.goLive + 42 * DAY_MS);
      const settled = dailyRate(own, wave.goLive + 56 * DAY_MS, Math.min(year.now, wave.goLive + 140 * DAY_MS));
      expect({ wave: wave.helsefellesskap, ratio: rollout / settled > 1.4 }).toEqual({
        wave: wave.helsefellesskap,
        ratio: true,
      });
    }
  });

  it('answers slower at CGM than at the other vendors', () => {
    const vendors = new Set(DEMO_DIRECTORY.parties.filter((p) => p.kind === 'vendor').map((p) => p.id));
    const firstResponse = (party: (id: string) => boolean) =>
      median(
        cases
          .filter((c) => party(c.route.party) && c.steps.length > 0 && !c.incident)
          .map((c) => c.steps[0].at - c.route.at),
      );
    const cgm = firstResponse((id) => id === 'cgm');
    const others = firstResponse((id) => id !== 'cgm' && vendors.has(id));
    expect(cgm).toBeGreaterThan(2 * others);
  });

  it('has two incident bursts: many organisations on one system reporting one fault within days', () => {
    expect(year.incidents.map((i) => i.kind).sort()).toEqual(['cgm-release', 'prescription-outage']);
    for (const incident of year.incidents) {
      // Found from the data alone: same system, same category and subcategory, within three days.
      const burst = cases.filter(
        (c) =>
          c.report.category === incident.category &&
          c.report.subcategory === incident.subcategory &&
          c.report.system.vendor === incident.system.vendor &&
          c.report.system.product === incident.system.product &&
          c.report.system.version === incident.system.version &&
          c.report.reportedAt >= incident.start &&
          c.report.reportedAt < incident.start + 3 * DAY_MS,
      );
      const organisations = new Set(burst.map((c) => c.report.reporter.organisation));
      expect({ kind: incident.kind, organisations: organisations.size >= 5 }).toEqual({
        kind: incident.kind,
        organisations: true,
      });
      expect(burst.filter((c) => c.incident === incident.kind).length).toBeGreaterThanOrEqual(5);
      // It stands out: several times what the same system reports of that fault in three ordinary days.
      const sameFault = cases.filter(
        (c) =>
          !c.incident &&
          c.report.category === incident.category &&
          c.report.subcategory === incident.subcategory &&
          c.report.system.vendor === incident.system.vendor &&
          c.report.system.version === incident.system.version,
      );
      const livedDays = (year.now - Math.min(...sameFault.map((c) => c.report.reportedAt))) / DAY_MS;
      expect(burst.length).toBeGreaterThan((3 * sameFault.length * 3) / livedDays);
    }
  });

  it('reports mostly multidose and SFM faults, a tenth to a seventh about several patients, paper giving way to eMD', () => {
    const byCategory = new Map<string, number>();
    for (const c of cases) byCategory.set(c.report.category, (byCategory.get(c.report.category) ?? 0) + 1);
    const ranked = [...byCategory].sort(([, a], [, b]) => b - a).map(([category]) => category);
    expect(ranked.slice(0, 2).sort()).toEqual(['multidose', 'sfm']);
    const several = cases.filter((c) => c.report.scope.multiplePatients).length / cases.length;
    expect(several).toBeGreaterThanOrEqual(0.1);
    expect(several).toBeLessThanOrEqual(0.15);
    const paperShare = (from: number, to: number) => {
      const multidose = cases
        .slice(Math.floor(from * cases.length), Math.floor(to * cases.length))
        .filter((c) => c.report.multidoseMode === 'paper' || c.report.multidoseMode === 'electronic');
      return multidose.filter((c) => c.report.multidoseMode === 'paper').length / multidose.length;
    };
    expect(paperShare(0, 0.25)).toBeGreaterThan(paperShare(0.75, 1) + 0.2);
  });

  it('has demo users and invented colleagues report, each for their own organisation', () => {
    expect(cases.some((c) => c.report.reporter.username === 'lege.cgm')).toBe(true);
    const strangers = cases
      .map((c) => c.report.reporter)
      .filter((reporter) => {
        const person = directory.findPerson(reporter.username);
        const own = person
          ? person.organisation === reporter.organisation
          : reporter.username.endsWith(`@${reporter.organisation}`);
        return reporter.role !== 'reporter' || !own;
      });
    expect(strangers).toEqual([]);
  });
});

function* take<T>(items: Iterable<T>, n: number): Generator<T> {
  if (n <= 0) return;
  for (const item of items) {
    yield item;
    if (--n <= 0) return;
  }
}
