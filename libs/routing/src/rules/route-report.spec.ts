import { Directory } from '@lagspill/domain';
import { DEMO_DIRECTORY } from '@lagspill/directory';
import { DEFAULT_ROUTING_RULES, TRIAGE_RULE_ID } from './default-routing-rules';
import { routeReport } from './route-report';

const directory = new Directory(DEMO_DIRECTORY);
const route = (organisationId: string, category: string, subcategory: string, vendor?: string) => {
  const organisation = directory.organisation(organisationId);
  const system = { vendor: vendor ?? organisation.system.vendor, product: organisation.system.product };
  return routeReport({ category, subcategory, system }, organisation, DEFAULT_ROUTING_RULES, directory);
};

describe('routeReport', () => {
  it("sends an SFM fault from a GP office to its EPJ vendor, with the vendor's service level", () => {
    expect(route('hammerfest-legesenter', 'sfm', 'sync')).toEqual({
      party: 'cgm',
      rule: 'sfm-from-gp-to-epj-vendor',
      serviceLevel: directory.party('cgm').serviceLevel,
    });
  });

  it('sends a packing fault to the chain of the multidose pharmacy', () => {
    expect(route('narvik-hjemmetjeneste', 'multidose', 'packing')).toMatchObject({
      party: 'apotek1',
      rule: 'multidose-packing-to-pharmacy-chain',
    });
  });

  it('falls back to the working group, and says why, when the target cannot be resolved', () => {
    const decision = route('mo-legesenter', 'multidose', 'packing');
    expect(decision).toMatchObject({ party: 'arbeidsgruppe-nord', rule: 'multidose-packing-to-pharmacy-chain' });
    expect(decision.fallback).toMatch(/pharmacy/);
  });

  it('uses triage when a table has no rule for the case', () => {
    const organisation = directory.organisation('morkved-legesenter');
    const decision = routeReport(
      { category: 'sfm', subcategory: 'gui', system: organisation.system },
      organisation,
      [{ id: 'only-rf', description: '', when: { category: 'reseptformidler' }, target: 'nhn' }],
      directory,
    );
    expect(decision).toMatchObject({ party: 'arbeidsgruppe-nord', rule: TRIAGE_RULE_ID });
  });
});
