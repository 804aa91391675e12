import { Directory } from '@lagspill/domain';
import { DEMO_DIRECTORY } from '@lagspill/directory';
import { DEMO_SEED_CASES } from './demo-cases';
import { planDemoCase } from './plan-demo-case';

const directory = new Directory(DEMO_DIRECTORY);
const NOW = Date.parse('2026-10-15T10:00:00.000Z');

describe('planDemoCase', () => {
  const plans = DEMO_SEED_CASES.map((seeded, index) => planDemoCase(seeded, index, NOW, directory));
  const regionOf = (plan: (typeof plans)[number]) => directory.regionOf(plan.report.reporter.organisation);

  it('seeds cases in both regions, so that --demo exercises the rules between them', () => {
    expect(new Set(plans.map(regionOf))).toEqual(new Set(['helse-nord', 'helse-vest']));
    expect(plans.filter((p) => regionOf(p) === 'helse-vest').length).toBeGreaterThanOrEqual(8);
  });

  it("routes each case to a party serving its region, and lets only that region's coordinator work it", () => {
    for (const plan of plans) {
      const region = regionOf(plan);
      expect({ case: plan.caseId, serves: directory.servesRegion(plan.route.party, region) }).toEqual({
        case: plan.caseId,
        serves: true,
      });
      for (const step of plan.steps.filter((s) => s.actor.role === 'coordinator')) {
        expect({ case: plan.caseId, party: step.actor.party }).toEqual({
          case: plan.caseId,
          party: directory.workingGroupOf(region).id,
        });
      }
    }
    const vestCollaboration = plans.find((p) => regionOf(p) === 'helse-vest' && p.report.category === 'collaboration');
    expect(vestCollaboration?.route.party).toBe('arbeidsgruppe-vest');
    expect(vestCollaboration?.steps[0]?.actor.username).toBe('koordinator.vest');
  });
});
