import { isValidOrganisationNumber } from '../identifiers/organisation-number';
import { findCategory, TAXONOMY } from '../taxonomy/taxonomy';
import { DEMO_DIRECTORY } from './demo-directory';
import { Directory } from './directory';

describe('the demo directory', () => {
  const directory = new Directory(DEMO_DIRECTORY);

  it('gives every organisation a valid organisation number, a known kommune and a known vendor', () => {
    for (const organisation of DEMO_DIRECTORY.organisations) {
      expect(isValidOrganisationNumber(organisation.orgnr)).toBe(true);
      expect(directory.locate(organisation.id).helsefellesskap.region).toBe('helse-nord');
      expect(directory.party(organisation.system.vendor).products).toContain(organisation.system.product);
      if (organisation.multidosePharmacy) {
        expect(directory.organisation(organisation.multidosePharmacy).type).toBe('multidose-pharmacy');
      }
    }
  });

  it('gives every organisation its own id, organisation number and HER-id', () => {
    const { organisations } = DEMO_DIRECTORY;
    for (const key of ['id', 'orgnr', 'herId'] as const) {
      expect(new Set(organisations.map((o) => o[key])).size).toBe(organisations.length);
    }
  });

  it('has GP offices, a nursing home, home care and a pharmacy in every helsefellesskap', () => {
    for (const { id } of DEMO_DIRECTORY.helsefellesskap) {
      const types = DEMO_DIRECTORY.organisations
        .filter((o) => directory.locate(o.id).helsefellesskap.id === id)
        .map((o) => o.type);
      expect(types.filter((t) => t === 'gp-office').length).toBeGreaterThanOrEqual(3);
      expect(types).toEqual(expect.arrayContaining(['nursing-home', 'home-care', 'pharmacy']));
    }
  });

  it('has GP offices on the same record-system release in several kommuner, so one fault can hit many', () => {
    const bySystem = new Map<string, Set<string>>();
    for (const o of DEMO_DIRECTORY.organisations.filter((o) => o.type === 'gp-office')) {
      const key = `${o.system.vendor}/${o.system.product}/${o.system.version ?? ''}`;
      bySystem.set(key, (bySystem.get(key) ?? new Set()).add(o.municipality));
    }
    expect(Math.max(...[...bySystem.values()].map((m) => m.size))).toBeGreaterThanOrEqual(5);
  });

  it('points every person at an organisation or party that exists', () => {
    for (const person of DEMO_DIRECTORY.people) {
      if (person.organisation) expect(directory.organisation(person.organisation)).toBeDefined();
      if (person.party) expect(directory.party(person.party)).toBeDefined();
    }
  });

  it('has the demo users the API contract promises', () => {
    const people = DEMO_DIRECTORY.people;
    const reporterAt = (type: string) =>
      people.filter(
        (p) => p.role === 'reporter' && p.organisation && directory.organisation(p.organisation).type === type,
      );
    const gpVendors = new Set(
      reporterAt('gp-office').map((p) => directory.organisation(p.organisation as string).system.vendor),
    );
    expect(gpVendors.size).toBeGreaterThanOrEqual(2);
    for (const type of ['pharmacy', 'multidose-pharmacy', 'hospital-unit', 'home-care'])
      expect(reporterAt(type)).not.toHaveLength(0);
    const responderParties = people
      .filter((p) => p.role === 'responder')
      .map((p) => directory.party(p.party as string));
    expect(responderParties.map((p) => p.kind)).toEqual(
      expect.arrayContaining(['vendor', 'vendor', 'nhn', 'pharmacy-chain']),
    );
    expect(responderParties.map((p) => p.id)).toEqual(expect.arrayContaining([...gpVendors]));
    expect(
      people.some((p) => p.role === 'coordinator' && directory.party(p.party as string).kind === 'working-group'),
    ).toBe(true);
    expect(people.some((p) => p.role === 'admin')).toBe(true);
  });

  it('has a working group for its region', () => {
    expect(directory.workingGroupOf('helse-nord').kind).toBe('working-group');
  });

  it('is covered by the taxonomy codes of the API contract', () => {
    expect(TAXONOMY.map((c) => c.code)).toEqual([
      'multidose',
      'list-quality',
      'prescribing',
      'sfm',
      'reseptformidler',
      'kjernejournal',
      'decision-support',
      'access',
      'pharmacy-system',
      'infrastructure',
      'collaboration',
    ]);
    expect(findCategory('sfm')?.defaultRoute).toBe('vendor');
    for (const category of TAXONOMY) {
      expect(new Set(category.subcategories.map((s) => s.code)).size).toBe(category.subcategories.length);
      for (const s of category.subcategories) expect(s.code).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
    }
  });
});
