import { Directory, findCategory, isValidOrganisationNumber, REGION_NAMES, TAXONOMY } from '@lagspill/domain';
import { DEMO_DIRECTORY } from './demo-directory';

describe('the demo directory', () => {
  const directory = new Directory(DEMO_DIRECTORY);

  it('gives every organisation a valid organisation number, a known kommune and a known vendor', () => {
    for (const organisation of DEMO_DIRECTORY.organisations) {
      expect(isValidOrganisationNumber(organisation.orgnr)).toBe(true);
      expect(['helse-nord', 'helse-vest']).toContain(directory.regionOf(organisation.id));
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

  it('has two regions, each with its working group and a coordinator of it', () => {
    expect([...directory.regions()].sort()).toEqual(['helse-nord', 'helse-vest']);
    for (const region of directory.regions()) {
      expect(REGION_NAMES[region]).toBeDefined();
      const group = directory.workingGroupOf(region);
      expect(group).toMatchObject({ kind: 'working-group', region });
      expect(DEMO_DIRECTORY.people.filter((p) => p.role === 'coordinator' && p.party === group.id)).toHaveLength(1);
    }
    expect(directory.findPerson('koordinator.vest')?.party).toBe('arbeidsgruppe-vest');
  });

  it('has Helse Vest reporters at GP offices on the vendors the north uses, the same CGM release among them', () => {
    const vest = DEMO_DIRECTORY.people.filter(
      (p) => p.role === 'reporter' && p.organisation && directory.regionOf(p.organisation) === 'helse-vest',
    );
    const systems = vest.map((p) => directory.organisation(p.organisation as string).system);
    expect(new Set(systems.map((s) => s.vendor))).toEqual(new Set(['cgm', 'pridok']));
    expect(systems).toContainEqual(directory.organisation('morkved-legesenter').system);
    const helsefellesskap = new Set(vest.map((p) => directory.locate(p.organisation as string).helsefellesskap.id));
    expect(helsefellesskap).toEqual(new Set(['bergensomradet', 'sor-rogaland']));
  });

  it('lets national parties serve every region and a working group only its own', () => {
    for (const party of DEMO_DIRECTORY.parties) {
      const national = party.kind !== 'working-group';
      expect({ party: party.id, national: party.region === undefined }).toEqual({ party: party.id, national });
    }
    expect(directory.servesRegion('cgm', 'helse-vest')).toBe(true);
    expect(directory.servesRegion('nhn', null)).toBe(true);
    expect(directory.servesRegion('arbeidsgruppe-vest', 'helse-vest')).toBe(true);
    expect(directory.servesRegion('arbeidsgruppe-nord', 'helse-vest')).toBe(false);
    expect(directory.servesRegion('arbeidsgruppe-nord', null)).toBe(false);
    expect(directory.servesRegion('nobody', 'helse-nord')).toBe(false);
    expect(directory.hasRegion('helse-vest')).toBe(true);
    expect(directory.hasRegion('helse-sor-ost')).toBe(false);
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
