import { Directory, IMPORT_KINDS, planDirectoryImport, type ActorRef } from '@lagspill/domain';
import { DEMO_DIRECTORY } from '../demo-directory';
import { readDirectoryJson } from './directory-json';
import type { DirectoryImportFile } from './import-file';

const NO_ENTRIES: DirectoryImportFile = {
  helsefellesskap: [],
  municipalities: [],
  parties: [],
  organisations: [],
  people: [],
};

const HELSEFELLESSKAP = {
  id: 'lovesa',
  name: 'Helsefellesskap LoVeSa',
  hf: 'Nordlandssykehuset',
  region: 'helse-nord',
};
const MUNICIPALITY = { number: '1804', name: 'Bodø', helsefellesskap: 'lovesa' };
const PARTY = {
  id: 'cgm',
  kind: 'vendor',
  name: 'CompuGroup Medical (CGM)',
  products: ['CGM Journal'],
  contactEmails: ['saker@cgm.example.no'],
  serviceLevel: { firstResponseHours: 24, resolutionHours: 240 },
};
const ORGANISATION = {
  id: 'morkved-legesenter',
  name: 'Mørkved legesenter',
  type: 'gp-office',
  orgnr: '974123002',
  herId: 81230001,
  municipality: '1804',
  system: { vendor: 'cgm', product: 'CGM Journal', version: '8.4.2', integration: 'sfm-full' },
  multidoseMode: 'electronic',
};
const SCHEDULED_SYSTEM = {
  system: { vendor: 'pridok', product: 'Pridok', version: '2026.3', integration: 'sfm-full' },
  from: '2026-09-01',
};
const PERSON = {
  username: 'lege.morkved',
  name: 'Kari Lege',
  role: 'reporter',
  organisation: 'morkved-legesenter',
  email: 'kari@morkved.example.no',
};

describe('readDirectoryJson', () => {
  it("reads every list into the domain's entries, with active beside the entry", () => {
    const body = {
      helsefellesskap: [HELSEFELLESSKAP],
      municipalities: [MUNICIPALITY],
      parties: [{ ...PARTY, region: 'helse-nord', active: false }],
      organisations: [
        {
          ...ORGANISATION,
          pharmacyChain: 'apotek1',
          multidosePharmacy: 'apotek1-multidose-bodo',
          contactEmails: ['post@morkved.example.no'],
          scheduledSystem: SCHEDULED_SYSTEM,
          active: true,
        },
      ],
      people: [
        { ...PERSON, hprNumber: '1234567' },
        { username: 'koord', name: 'K', role: 'coordinator', party: 'ag' },
      ],
    };
    expect(readDirectoryJson(body)).toStrictEqual({
      file: {
        helsefellesskap: [{ entry: HELSEFELLESSKAP }],
        municipalities: [{ entry: MUNICIPALITY }],
        parties: [{ entry: { ...PARTY, region: 'helse-nord' }, active: false }],
        organisations: [
          {
            entry: {
              ...ORGANISATION,
              pharmacyChain: 'apotek1',
              multidosePharmacy: 'apotek1-multidose-bodo',
              contactEmails: ['post@morkved.example.no'],
              scheduledSystem: SCHEDULED_SYSTEM,
            },
            active: true,
          },
        ],
        people: [
          { entry: { ...PERSON, hprNumber: '1234567' } },
          { entry: { username: 'koord', name: 'K', role: 'coordinator', party: 'ag' } },
        ],
      },
      problems: [],
    });
  });

  it('reads an object without lists, and lists that are empty, as no entries', () => {
    expect(readDirectoryJson({})).toEqual({ file: NO_ENTRIES, problems: [] });
    expect(readDirectoryJson(Object.fromEntries(IMPORT_KINDS.map((kind) => [kind, []])))).toEqual({
      file: NO_ENTRIES,
      problems: [],
    });
  });

  it('puts the keys of an entry and of its system in the domain’s order, whatever order they came in', () => {
    const reversed: Record<string, unknown> = Object.fromEntries(Object.entries(ORGANISATION).reverse());
    reversed.system = Object.fromEntries(Object.entries(ORGANISATION.system).reverse());
    const { file } = readDirectoryJson({ organisations: [reversed] });
    expect(Object.keys(file.organisations[0]?.entry ?? {})).toEqual(Object.keys(ORGANISATION));
    expect(Object.keys(file.organisations[0]?.entry.system ?? {})).toEqual([
      'vendor',
      'product',
      'version',
      'integration',
    ]);
  });

  it('puts the keys of a scheduled switch and of its system in the domain’s order', () => {
    const { file } = readDirectoryJson({
      organisations: [
        {
          ...ORGANISATION,
          scheduledSystem: {
            from: SCHEDULED_SYSTEM.from,
            system: Object.fromEntries(Object.entries(SCHEDULED_SYSTEM.system).reverse()),
          },
        },
      ],
    });
    const scheduled = file.organisations[0]?.entry.scheduledSystem;
    expect(scheduled).toStrictEqual(SCHEDULED_SYSTEM);
    expect(Object.keys(scheduled ?? {})).toEqual(['system', 'from']);
    expect(Object.keys(scheduled?.system ?? {})).toEqual(['vendor', 'product', 'version', 'integration']);
  });

  it('leaves out an optional field that is null, as if it were absent', () => {
    const { file, problems } = readDirectoryJson({
      parties: [{ ...PARTY, region: null, active: null }],
      organisations: [
        {
          ...ORGANISATION,
          system: { ...ORGANISATION.system, version: null },
          contactEmails: null,
          scheduledSystem: null,
        },
      ],
      people: [{ ...PERSON, hprNumber: null, email: null }],
    });
    expect(problems).toEqual([]);
    expect(file.parties[0]).toStrictEqual({ entry: PARTY });
    expect(file.organisations[0]?.entry.system).toStrictEqual({
      vendor: 'cgm',
      product: 'CGM Journal',
      integration: 'sfm-full',
    });
    expect(file.organisations[0]?.entry).not.toHaveProperty('contactEmails');
    expect(file.organisations[0]?.entry).not.toHaveProperty('scheduledSystem');
    expect(file.people[0]?.entry).toStrictEqual({
      username: 'lege.morkved',
      name: 'Kari Lege',
      role: 'reporter',
      organisation: 'morkved-legesenter',
    });
  });

  it.each([null, [], 'tekst', 42, true, undefined])('refuses a body that is not an object: %j', (body) => {
    expect(readDirectoryJson(body)).toEqual({
      file: NO_ENTRIES,
      problems: [
        {
          field: '',
          message: 'must be an object with the lists helsefellesskap, municipalities, parties, organisations, people',
        },
      ],
    });
  });

  it('refuses a list it does not know, and reads the others', () => {
    expect(readDirectoryJson({ kommuner: [MUNICIPALITY], municipalities: [MUNICIPALITY] })).toEqual({
      file: { ...NO_ENTRIES, municipalities: [{ entry: MUNICIPALITY }] },
      problems: [
        {
          field: 'kommuner',
          message:
            'is not a list of the directory; they are helsefellesskap, municipalities, parties, organisations, people',
        },
      ],
    });
  });

  it.each([{}, 'lovesa', null])('refuses a list that is not one: %j', (list) => {
    expect(readDirectoryJson({ helsefellesskap: list }).problems).toEqual([
      { field: 'helsefellesskap', message: 'must be a list' },
    ]);
  });

  it('refuses an entry that is not an object, naming its place in the list', () => {
    expect(readDirectoryJson({ people: [PERSON, 'admin', null, [PERSON]] })).toEqual({
      file: { ...NO_ENTRIES, people: [{ entry: PERSON }] },
      problems: [
        { field: 'people[1]', message: 'must be an object' },
        { field: 'people[2]', message: 'must be an object' },
        { field: 'people[3]', message: 'must be an object' },
      ],
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['helsefellesskap', { ...HELSEFELLESSKAP, active: false }, 'helsefellesskap[0].active'],
    ['municipalities', { ...MUNICIPALITY, active: true }, 'municipalities[0].active'],
    ['municipalities', { ...MUNICIPALITY, id: '1804' }, 'municipalities[0].id'],
    ['parties', { ...PARTY, deactivatedAt: '2026-01-01T00:00:00.000Z' }, 'parties[0].deactivatedAt'],
    ['parties', { ...PARTY, serviceLevel: { ...PARTY.serviceLevel, hours: 1 } }, 'parties[0].serviceLevel.hours'],
    ['organisations', { ...ORGANISATION, systemFrom: '2026-09-01' }, 'organisations[0].systemFrom'],
    [
      'organisations',
      { ...ORGANISATION, scheduledSystem: { ...SCHEDULED_SYSTEM, until: '2027-01-01' } },
      'organisations[0].scheduledSystem.until',
    ],
    [
      'organisations',
      { ...ORGANISATION, scheduledSystem: { ...SCHEDULED_SYSTEM, system: { ...SCHEDULED_SYSTEM.system, from: 'x' } } },
      'organisations[0].scheduledSystem.system.from',
    ],
    [
      'organisations',
      { ...ORGANISATION, system: { ...ORGANISATION.system, from: 'x' } },
      'organisations[0].system.from',
    ],
    ['people', { ...PERSON, systemFrom: '2026-09-01' }, 'people[0].systemFrom'],
  ])('refuses in %s a key the entry does not have', (kind, entry, field) => {
    expect(readDirectoryJson({ [kind]: [entry] })).toEqual({
      file: NO_ENTRIES,
      problems: [{ field, message: 'is not a field of this entry' }],
    });
  });

  it('refuses a __proto__ key, which JSON.parse makes an own field', () => {
    const body = JSON.parse(
      JSON.stringify({ people: [PERSON] }).replace('{"username"', '{"__proto__":{},"username"'),
    ) as unknown;
    expect(readDirectoryJson(body)).toEqual({
      file: NO_ENTRIES,
      problems: [{ field: 'people[0].__proto__', message: 'is not a field of this entry' }],
    });
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['helsefellesskap', { ...HELSEFELLESSKAP, region: 1 }, 'helsefellesskap[0].region', 'must be a string'],
    ['municipalities', { ...MUNICIPALITY, number: 1804 }, 'municipalities[0].number', 'must be a string'],
    ['parties', { ...PARTY, products: 'CGM Journal' }, 'parties[0].products', 'must be a list of strings'],
    ['parties', { ...PARTY, contactEmails: ['a@b.no', 7] }, 'parties[0].contactEmails[1]', 'must be a string'],
    ['parties', { ...PARTY, serviceLevel: 24 }, 'parties[0].serviceLevel', 'must be an object'],
    [
      'parties',
      { ...PARTY, serviceLevel: { firstResponseHours: '24', resolutionHours: 240 } },
      'parties[0].serviceLevel.firstResponseHours',
      'must be a number',
    ],
    ['parties', { ...PARTY, active: 'false' }, 'parties[0].active', 'must be true or false'],
    ['organisations', { ...ORGANISATION, herId: '81230001' }, 'organisations[0].herId', 'must be a number'],
    [
      'organisations',
      { ...ORGANISATION, system: { ...ORGANISATION.system, vendor: ['cgm'] } },
      'organisations[0].system.vendor',
      'must be a string',
    ],
    [
      'organisations',
      { ...ORGANISATION, scheduledSystem: { ...SCHEDULED_SYSTEM, from: 20260901 } },
      'organisations[0].scheduledSystem.from',
      'must be a string',
    ],
    [
      'organisations',
      { ...ORGANISATION, scheduledSystem: 'pridok' },
      'organisations[0].scheduledSystem',
      'must be an object',
    ],
    [
      'organisations',
      {
        ...ORGANISATION,
        scheduledSystem: { ...SCHEDULED_SYSTEM, system: { ...SCHEDULED_SYSTEM.system, version: 2026 } },
      },
      'organisations[0].scheduledSystem.system.version',
      'must be a string',
    ],
    ['people', { ...PERSON, hprNumber: 1234567 }, 'people[0].hprNumber', 'must be a string'],
  ])('refuses in %s a field of the wrong type', (kind, entry, field, message) => {
    expect(readDirectoryJson({ [kind]: [entry] })).toEqual({ file: NO_ENTRIES, problems: [{ field, message }] });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['helsefellesskap', { id: 'a', name: 'A', hf: 'B' }, 'helsefellesskap[0].region'],
    ['municipalities', { number: '1804', name: 'Bodø', helsefellesskap: null }, 'municipalities[0].helsefellesskap'],
    ['parties', { ...PARTY, contactEmails: undefined }, 'parties[0].contactEmails'],
    ['parties', { ...PARTY, serviceLevel: { firstResponseHours: 24 } }, 'parties[0].serviceLevel.resolutionHours'],
    ['organisations', { ...ORGANISATION, system: undefined }, 'organisations[0].system'],
    [
      'organisations',
      { ...ORGANISATION, scheduledSystem: { system: SCHEDULED_SYSTEM.system } },
      'organisations[0].scheduledSystem.from',
    ],
    [
      'organisations',
      { ...ORGANISATION, scheduledSystem: { ...SCHEDULED_SYSTEM, system: { vendor: 'pridok', product: 'Pridok' } } },
      'organisations[0].scheduledSystem.system.integration',
    ],
    ['people', { ...PERSON, role: undefined }, 'people[0].role'],
  ])('refuses in %s an entry without a field it must have', (kind, entry, field) => {
    expect(readDirectoryJson({ [kind]: [entry] })).toEqual({
      file: NO_ENTRIES,
      problems: [{ field, message: 'must be given' }],
    });
  });

  it('names every problem of an entry, leaves it out and keeps the others', () => {
    const broken = { ...ORGANISATION, id: 7, herId: null, extra: true, system: { vendor: 'cgm' } };
    expect(readDirectoryJson({ organisations: [ORGANISATION, broken, { ...ORGANISATION, id: 'b' }] })).toEqual({
      file: { ...NO_ENTRIES, organisations: [{ entry: ORGANISATION }, { entry: { ...ORGANISATION, id: 'b' } }] },
      problems: [
        { field: 'organisations[1].extra', message: 'is not a field of this entry' },
        { field: 'organisations[1].id', message: 'must be a string' },
        { field: 'organisations[1].herId', message: 'must be given' },
        { field: 'organisations[1].system.product', message: 'must be given' },
        { field: 'organisations[1].system.integration', message: 'must be given' },
      ],
    });
  });

  it("leaves the domain's rules to planDirectoryImport: values of the right type pass as they are", () => {
    const { file, problems } = readDirectoryJson({
      organisations: [{ ...ORGANISATION, herId: -1.5, type: 'kiosk', orgnr: '' }],
    });
    expect(problems).toEqual([]);
    expect(file.organisations[0]?.entry).toMatchObject({ herId: -1.5, type: 'kiosk', orgnr: '' });
  });

  it('reads the demo directory as JSON into entries the domain registers without a problem', () => {
    const body = JSON.parse(JSON.stringify(DEMO_DIRECTORY)) as unknown;
    const { file, problems } = readDirectoryJson(body);
    expect(problems).toEqual([]);
    const by: ActorRef = { username: 'admin', name: 'Lagspill drift', role: 'admin' };
    const plan = planDirectoryImport(Directory.empty(), file, by, '2026-06-01T10:00:00.000Z');
    expect(plan.problems).toEqual([]);
    expect(plan.entries).toHaveLength(IMPORT_KINDS.reduce((sum, kind) => sum + DEMO_DIRECTORY[kind].length, 0));
    expect(planDirectoryImport(new Directory(DEMO_DIRECTORY), file, by, '2026-06-01T10:00:00.000Z').events).toEqual([]);
  });
});
