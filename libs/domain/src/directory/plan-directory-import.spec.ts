import { DEMO_DIRECTORY } from '@lagspill/directory';
import type { Viewer } from '../case/case-access';
import type { ActorRef } from '../case/case-events';
import type { DirectoryCommand } from './decide-directory';
import { Directory } from './directory';
import { mayChangeDirectory } from './directory-access';
import type { DirectoryEvent, DirectoryEventType, NewOrganisation, NewParty, NewPerson } from './directory-events';
import type { DirectoryData } from './directory.types';
import {
  IMPORT_KINDS,
  planDirectoryImport,
  type DirectoryImport,
  type DirectoryImportPlan,
  type ImportEntry,
  type ImportKind,
} from './plan-directory-import';

const AT = '2026-05-04T10:00:00.000Z';
const BY: ActorRef = { username: 'admin', name: 'Lagspill drift', role: 'admin' };

/** The demo directory as an import file: each kind's entries as `{ entry }`, in the fixture's order. */
function demoFile(): DirectoryImport {
  return {
    helsefellesskap: DEMO_DIRECTORY.helsefellesskap.map((entry) => ({ entry })),
    municipalities: DEMO_DIRECTORY.municipalities.map((entry) => ({ entry })),
    parties: DEMO_DIRECTORY.parties.map((entry) => ({ entry })),
    organisations: DEMO_DIRECTORY.organisations.map((entry) => ({ entry })),
    people: DEMO_DIRECTORY.people.map((entry) => ({ entry })),
  };
}

const EMPTY_FILE: DirectoryImport = {
  helsefellesskap: [],
  municipalities: [],
  parties: [],
  organisations: [],
  people: [],
};

/** A file of only these entries. */
const fileOf = (entries: Partial<DirectoryImport>): DirectoryImport => ({ ...EMPTY_FILE, ...entries });

const plan = (
  directory: Directory,
  file: DirectoryImport,
  may?: (command: DirectoryCommand, scratch: Directory) => boolean,
): DirectoryImportPlan => planDirectoryImport(directory, file, BY, AT, may);

function applied(directory: Directory, events: readonly DirectoryEvent[]): Directory {
  const next = Directory.fromSnapshot(directory.snapshot());
  for (const event of events) next.apply(event, next.version + 1);
  return next;
}

const KEYS: Record<ImportKind, (entry: never) => string> = {
  helsefellesskap: (e: { id: string }) => e.id,
  municipalities: (e: { number: string }) => e.number,
  parties: (e: { id: string }) => e.id,
  organisations: (e: { id: string }) => e.id,
  people: (e: { username: string }) => e.username,
};

/** The directory's entries sorted by key, for comparing whatever order they were added in. */
function sortedData(data: DirectoryData): Record<ImportKind, unknown[]> {
  return Object.fromEntries(
    IMPORT_KINDS.map((kind) => {
      const key = KEYS[kind] as (entry: unknown) => string;
      return [kind, [...data[kind]].sort((a, b) => key(a).localeCompare(key(b)))];
    }),
  ) as Record<ImportKind, unknown[]>;
}

const DEMO_COUNTS = Object.fromEntries(IMPORT_KINDS.map((kind) => [kind, DEMO_DIRECTORY[kind].length])) as Record<
  ImportKind,
  number
>;
const demoDirectory = () => new Directory(DEMO_DIRECTORY);
const morkved = DEMO_DIRECTORY.organisations.find((o) => o.id === 'morkved-legesenter')!;
const cgm = DEMO_DIRECTORY.parties.find((p) => p.id === 'cgm')!;
const legeCgm = DEMO_DIRECTORY.people.find((p) => p.username === 'lege.cgm')!;

/** The demo file with one entry of a kind replaced. */
function demoFileWith<K extends ImportKind>(
  kind: K,
  key: string,
  replace: (entry: DirectoryImport[K][number]) => DirectoryImport[K][number],
): DirectoryImport {
  const file = demoFile();
  const keyOf = KEYS[kind] as (entry: unknown) => string;
  const entries = (file[kind] as DirectoryImport[K][number][]).map((item) =>
    keyOf(item.entry) === key ? replace(item) : item,
  );
  expect(entries).not.toEqual(file[kind]);
  return { ...file, [kind]: entries };
}

/** As demoFileWith, for a test over several kinds at once. */
function demoFileWithAny(
  kind: ImportKind,
  key: string,
  replace: (item: ImportEntry<Record<string, unknown>>) => ImportEntry<Record<string, unknown>>,
): DirectoryImport {
  return demoFileWith(kind, key, replace as never);
}

const NEW_MULTIDOSE: NewOrganisation = {
  id: 'apotek1-multidose-alta',
  name: 'Apotek 1 multidose Alta',
  type: 'multidose-pharmacy',
  orgnr: '975000001',
  herId: 81239990,
  municipality: '5601',
  system: { vendor: 'apotek1', product: 'Eik', integration: 'own' },
  multidoseMode: 'electronic',
  pharmacyChain: 'apotek1',
};
const NEW_GP: NewOrganisation = {
  id: 'alta-nye-legesenter',
  name: 'Alta nye legesenter',
  type: 'gp-office',
  orgnr: '975000028',
  herId: 81239991,
  municipality: '5601',
  system: { vendor: 'cgm', product: 'CGM Journal', integration: 'sfm-full' },
  multidoseMode: 'electronic',
  multidosePharmacy: 'apotek1-multidose-alta',
};
const NEW_VEST_GP: NewOrganisation = {
  ...NEW_GP,
  id: 'bergen-nye-legesenter',
  name: 'Bergen nye legesenter',
  orgnr: '975000036',
  herId: 81239992,
  municipality: '4601',
  multidosePharmacy: 'apotek1-multidose-bergen',
};
const NEW_REPORTER: NewPerson = {
  username: 'lege.alta',
  name: 'Ny Lege',
  role: 'reporter',
  organisation: 'alta-nye-legesenter',
  email: 'ny.lege@alta.example.no',
  hprNumber: '7654321',
};

describe('planDirectoryImport', () => {
  describe('the demo directory into an empty one', () => {
    const planned = plan(Directory.empty(), demoFile());

    it('adds every entry, with no problems', () => {
      expect(planned.problems).toEqual([]);
      expect(planned.entries.every((e) => e.outcome === 'added')).toBe(true);
      expect(planned.summary).toEqual(
        Object.fromEntries(IMPORT_KINDS.map((kind) => [kind, { added: DEMO_COUNTS[kind], changed: 0, unchanged: 0 }])),
      );
      for (const kind of IMPORT_KINDS) {
        const keyOf = KEYS[kind] as (entry: unknown) => string;
        expect(
          planned.entries
            .filter((e) => e.kind === kind)
            .map((e) => e.id)
            .sort(),
        ).toEqual(DEMO_DIRECTORY[kind].map((entry) => keyOf(entry)).sort());
      }
    });

    it('registers each entry with one event', () => {
      const registered: Record<ImportKind, DirectoryEventType> = {
        helsefellesskap: 'directory.helsefellesskap-registered',
        municipalities: 'directory.municipality-registered',
        parties: 'directory.party-registered',
        organisations: 'directory.organisation-registered',
        people: 'directory.person-enrolled',
      };
      for (const entry of planned.entries) expect(entry.changes).toEqual([registered[entry.kind]]);
      expect(planned.events).toHaveLength(Object.values(DEMO_COUNTS).reduce((a, b) => a + b, 0));
      expect(planned.events.every((e) => e.data.by === BY && e.data.at === AT)).toBe(true);
    });

    it('orders the events so that what an entry names comes first', () => {
      const order: string[] = planned.events.map((e) =>
        e.type === 'directory.organisation-registered' && e.data.organisation.type === 'multidose-pharmacy'
          ? 'multidose-pharmacy'
          : e.type,
      );
      const firstOf = (type: string) => order.indexOf(type);
      const lastOf = (type: string) => order.lastIndexOf(type);
      expect(lastOf('directory.helsefellesskap-registered')).toBeLessThan(firstOf('directory.municipality-registered'));
      expect(lastOf('directory.municipality-registered')).toBeLessThan(firstOf('directory.party-registered'));
      expect(lastOf('directory.party-registered')).toBeLessThan(firstOf('multidose-pharmacy'));
      expect(lastOf('multidose-pharmacy')).toBeLessThan(firstOf('directory.organisation-registered'));
      expect(lastOf('directory.organisation-registered')).toBeLessThan(firstOf('directory.person-enrolled'));
    });

    it('gives the demo directory once its events are applied', () => {
      const imported = applied(Directory.empty(), planned.events);
      expect(sortedData(imported.data)).toEqual(sortedData(DEMO_DIRECTORY));
      expect(imported.version).toBe(planned.events.length);
    });

    it('plans nothing more when the same file is imported again', () => {
      const again = plan(applied(Directory.empty(), planned.events), demoFile());
      expect(again.problems).toEqual([]);
      expect(again.events).toEqual([]);
      expect(again.entries.every((e) => e.outcome === 'unchanged' && e.changes.length === 0)).toBe(true);
      expect(again.summary).toEqual(
        Object.fromEntries(IMPORT_KINDS.map((kind) => [kind, { added: 0, changed: 0, unchanged: DEMO_COUNTS[kind] }])),
      );
    });

    it('plans nothing for the demo file on the demo directory', () => {
      const again = plan(demoDirectory(), demoFile());
      expect(again.problems).toEqual([]);
      expect(again.events).toEqual([]);
      expect(new Set(again.entries.map((e) => e.outcome))).toEqual(new Set(['unchanged']));
    });

    it('leaves the directory it plans on as it is', () => {
      const directory = Directory.empty();
      plan(directory, demoFile());
      expect(directory.version).toBe(0);
      expect(directory.data.organisations).toEqual([]);
    });
  });

  describe('a changed entry', () => {
    const cases: [string, DirectoryImport, ImportKind, string, DirectoryEventType[]][] = [
      [
        'an organisation renamed',
        demoFileWith('organisations', morkved.id, (i) => ({ ...i, entry: { ...i.entry, name: 'Nytt navn' } })),
        'organisations',
        morkved.id,
        ['directory.organisation-renamed'],
      ],
      [
        'an organisation on a new version',
        demoFileWith('organisations', morkved.id, (i) => ({
          ...i,
          entry: { ...i.entry, system: { ...i.entry.system, version: '9.0' } },
        })),
        'organisations',
        morkved.id,
        ['directory.organisation-system-changed'],
      ],
      [
        'an organisation with a switch of system ahead',
        demoFileWith('organisations', morkved.id, (i) => ({
          ...i,
          entry: {
            ...i.entry,
            scheduledSystem: {
              system: { vendor: 'eg', product: 'EG Infodoc', integration: 'sfm-full' },
              from: '2026-09-01',
            },
          },
        })),
        'organisations',
        morkved.id,
        ['directory.organisation-system-changed'],
      ],
      [
        'an organisation moved',
        demoFileWith('organisations', morkved.id, (i) => ({ ...i, entry: { ...i.entry, municipality: '1840' } })),
        'organisations',
        morkved.id,
        ['directory.organisation-moved'],
      ],
      [
        'an organisation given contact addresses',
        demoFileWith('organisations', morkved.id, (i) => ({
          ...i,
          entry: { ...i.entry, contactEmails: ['post@morkved.example.no'] },
        })),
        'organisations',
        morkved.id,
        ['directory.organisation-contacts-changed'],
      ],
      [
        'an organisation without its multidose pharmacy',
        demoFileWith('organisations', morkved.id, (i) => {
          const { multidosePharmacy: _m, ...entry } = i.entry;
          return { ...i, entry };
        }),
        'organisations',
        morkved.id,
        ['directory.organisation-details-changed'],
      ],
      [
        'an organisation renamed with a new HER-id',
        demoFileWith('organisations', morkved.id, (i) => ({ ...i, entry: { ...i.entry, name: 'Ny', herId: 5 } })),
        'organisations',
        morkved.id,
        ['directory.organisation-renamed', 'directory.organisation-details-changed'],
      ],
      [
        'a party renamed',
        demoFileWith('parties', 'cgm', (i) => ({ ...i, entry: { ...i.entry, name: 'CGM Norge' } })),
        'parties',
        'cgm',
        ['directory.party-renamed'],
      ],
      [
        'a party with other products',
        demoFileWith('parties', 'cgm', (i) => ({
          ...i,
          entry: { ...i.entry, products: ['CGM Journal', 'CGM Vision'] },
        })),
        'parties',
        'cgm',
        ['directory.party-products-changed'],
      ],
      [
        'a vendor serving one region',
        demoFileWith('parties', 'cgm', (i) => ({ ...i, entry: { ...i.entry, region: 'helse-nord' } })),
        'parties',
        'cgm',
        ['directory.party-region-changed'],
      ],
      [
        'a party with another service level',
        demoFileWith('parties', 'cgm', (i) => ({
          ...i,
          entry: { ...i.entry, serviceLevel: { firstResponseHours: 2, resolutionHours: 20 } },
        })),
        'parties',
        'cgm',
        ['directory.party-service-level-changed'],
      ],
      [
        'a party with other contacts',
        demoFileWith('parties', 'cgm', (i) => ({ ...i, entry: { ...i.entry, contactEmails: ['ny@cgm.example.no'] } })),
        'parties',
        'cgm',
        ['directory.party-contacts-changed'],
      ],
      [
        'a person with a new e-mail address',
        demoFileWith('people', 'lege.cgm', (i) => ({ ...i, entry: { ...i.entry, email: 'kari@example.no' } })),
        'people',
        'lege.cgm',
        ['directory.person-details-changed'],
      ],
      [
        'a person with an HPR number',
        demoFileWith('people', 'lege.cgm', (i) => ({ ...i, entry: { ...i.entry, hprNumber: '1234567' } })),
        'people',
        'lege.cgm',
        ['directory.person-details-changed'],
      ],
      [
        'a person at another organisation',
        demoFileWith('people', 'lege.cgm', (i) => ({ ...i, entry: { ...i.entry, organisation: 'ronvik-legesenter' } })),
        'people',
        'lege.cgm',
        ['directory.person-affiliation-changed'],
      ],
      [
        'a person renamed and made a responder',
        demoFileWith('people', 'lege.cgm', (i) => {
          const { organisation: _o, ...entry } = i.entry;
          return { ...i, entry: { ...entry, name: 'Ny', role: 'responder', party: 'cgm' } };
        }),
        'people',
        'lege.cgm',
        ['directory.person-details-changed', 'directory.person-affiliation-changed'],
      ],
      [
        'a kommune in another helsefellesskap',
        demoFileWith('municipalities', '1804', (i) => ({ ...i, entry: { ...i.entry, helsefellesskap: 'helgeland' } })),
        'municipalities',
        '1804',
        ['directory.municipality-moved'],
      ],
    ];

    it.each(cases)('plans %s as changed, with exactly its events', (_, file, kind, id, types) => {
      const planned = plan(demoDirectory(), file);
      expect(planned.problems).toEqual([]);
      expect(planned.entries.filter((e) => e.outcome !== 'unchanged')).toEqual([
        { kind, id, outcome: 'changed', changes: types },
      ]);
      expect(planned.events.map((e) => e.type)).toEqual(types);
      expect(planned.summary[kind]).toEqual({ added: 0, changed: 1, unchanged: DEMO_COUNTS[kind] - 1 });
    });

    it.each(cases)('plans nothing more for %s once it is imported', (_, file) => {
      const planned = plan(demoDirectory(), file);
      const again = plan(applied(demoDirectory(), planned.events), file);
      expect(again.problems).toEqual([]);
      expect(again.events).toEqual([]);
    });

    it('leaves a helsefellesskap as it is: an import registers new ones only', () => {
      const file = demoFileWith('helsefellesskap', 'finnmark', (i) => ({
        ...i,
        entry: { ...i.entry, name: 'Nytt navn', region: 'helse-vest' },
      }));
      const planned = plan(demoDirectory(), file);
      expect(planned.problems).toEqual([]);
      expect(planned.events).toEqual([]);
      expect(planned.entries.find((e) => e.id === 'finnmark')).toEqual({
        kind: 'helsefellesskap',
        id: 'finnmark',
        outcome: 'unchanged',
        changes: [],
      });
    });

    it('counts every entry of a mixed file in the summary', () => {
      const file: DirectoryImport = {
        ...demoFile(),
        organisations: [
          ...demoFile().organisations.map((i) =>
            i.entry.id === morkved.id ? { entry: { ...i.entry, name: 'Ny' } } : i,
          ),
          { entry: NEW_MULTIDOSE },
          { entry: NEW_GP },
        ],
      };
      const planned = plan(demoDirectory(), file);
      expect(planned.summary.organisations).toEqual({ added: 2, changed: 1, unchanged: DEMO_COUNTS.organisations - 1 });
      expect(planned.summary.people).toEqual({ added: 0, changed: 0, unchanged: DEMO_COUNTS.people });
    });
  });

  describe('an entry twice in one file', () => {
    const cases: [ImportKind, string, string][] = [
      ['helsefellesskap', 'finnmark', 'id'],
      ['municipalities', '1804', 'number'],
      ['parties', 'cgm', 'id'],
      ['organisations', morkved.id, 'id'],
      ['people', 'lege.cgm', 'username'],
    ];

    it.each(cases)('is a problem of %s naming both rows', (kind, id, field) => {
      const keyOf = KEYS[kind] as (entry: unknown) => string;
      const entry = (DEMO_DIRECTORY[kind] as readonly unknown[]).find((e) => keyOf(e) === id);
      const file = fileOf({
        [kind]: [
          { entry, row: 5 },
          { entry, row: 9 },
        ],
      });
      for (const directory of [Directory.empty(), demoDirectory()]) {
        const planned = plan(
          directory,
          kind === 'helsefellesskap' || kind === 'municipalities' ? file : { ...demoFile(), ...file },
        );
        expect(planned.problems).toContainEqual({
          kind,
          id,
          row: 9,
          field,
          message: 'appears twice in the file (first in row 5)',
        });
        expect(planned.events).toEqual([]);
      }
    });

    it('is a problem without rows in a JSON file', () => {
      const planned = plan(
        demoDirectory(),
        fileOf({ parties: [{ entry: cgm }, { entry: { ...cgm, name: 'Annen' } }] }),
      );
      expect(planned.problems).toEqual([
        { kind: 'parties', id: 'cgm', field: 'id', message: 'appears twice in the file' },
      ]);
      expect(planned.events).toEqual([]);
    });

    it('is not the same key in two kinds', () => {
      // A party and an organisation may share an id: they are different entries.
      const planned = plan(
        demoDirectory(),
        fileOf({
          parties: [{ entry: { ...cgm, id: 'same-id' }, row: 2 }],
          organisations: [{ entry: { ...NEW_MULTIDOSE, id: 'same-id' }, row: 3 }],
        }),
      );
      expect(planned.problems).toEqual([]);
      expect(planned.entries.map((e) => e.outcome)).toEqual(['added', 'added']);
    });
  });

  describe('bad rows', () => {
    const badFile: DirectoryImport = {
      helsefellesskap: [
        { entry: { id: 'nordmore', name: 'Nordmøre', hf: 'Helse Møre og Romsdal', region: 'helse-midt' }, row: 2 },
      ],
      municipalities: [{ entry: { number: '1841', name: 'Fauske', helsefellesskap: 'ukjent' }, row: 3 }],
      parties: [
        {
          entry: { ...cgm, id: 'ny-leverandor', serviceLevel: { firstResponseHours: 0, resolutionHours: 24 } },
          row: 4,
        },
      ],
      organisations: [
        { entry: { ...NEW_MULTIDOSE, orgnr: '975000002' }, row: 5 },
        { entry: { ...NEW_GP, name: '' }, row: 6 },
      ],
      people: [{ entry: { ...NEW_REPORTER, email: 'ikke-epost' }, row: 7 }],
    };

    it('names every bad row, with its row number and field', () => {
      const planned = plan(demoDirectory(), badFile);
      expect(planned.problems.map(({ message: _m, ...where }) => where)).toEqual([
        { kind: 'helsefellesskap', id: 'nordmore', row: 2, field: 'region' },
        { kind: 'municipalities', id: '1841', row: 3, field: 'helsefellesskap' },
        { kind: 'parties', id: 'ny-leverandor', row: 4, field: 'serviceLevel.firstResponseHours' },
        { kind: 'organisations', id: 'apotek1-multidose-alta', row: 5, field: 'orgnr' },
        // The GP office's multidose pharmacy was refused, so it is not there either.
        { kind: 'organisations', id: 'alta-nye-legesenter', row: 6, field: 'name' },
        { kind: 'organisations', id: 'alta-nye-legesenter', row: 6, field: 'multidosePharmacy' },
        { kind: 'people', id: 'lege.alta', row: 7, field: 'email' },
        // And the person's organisation.
        { kind: 'people', id: 'lege.alta', row: 7, field: 'organisation' },
      ]);
      expect(planned.problems.every((p) => p.message.length > 0)).toBe(true);
    });

    it('plans no events when any row is bad, and still says what the good ones would do', () => {
      const file: DirectoryImport = {
        ...demoFile(),
        people: [
          ...demoFile().people,
          { entry: { ...NEW_REPORTER, organisation: 'morkved-legesenter', email: 'x' }, row: 40 },
        ],
      };
      const planned = plan(Directory.empty(), file);
      expect(planned.problems).toEqual([
        { kind: 'people', id: 'lege.alta', row: 40, field: 'email', message: expect.any(String) },
      ]);
      expect(planned.events).toEqual([]);
      expect(planned.summary.organisations.added).toBe(DEMO_COUNTS.organisations);
    });

    it('leaves the row out of a problem of an entry without one', () => {
      const planned = plan(
        demoDirectory(),
        fileOf({ people: [{ entry: { ...NEW_REPORTER, organisation: 'ukjent' } }] }),
      );
      expect(planned.problems).toEqual([
        { kind: 'people', id: 'lege.alta', field: 'organisation', message: expect.any(String) },
      ]);
    });

    it('refuses two rows with one orgnr, naming the first in the second', () => {
      const planned = plan(
        demoDirectory(),
        fileOf({
          organisations: [
            { entry: NEW_MULTIDOSE, row: 2 },
            { entry: { ...NEW_GP, multidosePharmacy: undefined, orgnr: NEW_MULTIDOSE.orgnr }, row: 3 },
          ],
        }),
      );
      expect(planned.problems).toEqual([
        {
          kind: 'organisations',
          id: NEW_GP.id,
          row: 3,
          field: 'orgnr',
          message: `is already registered for ${NEW_MULTIDOSE.name} (${NEW_MULTIDOSE.id})`,
        },
      ]);
    });

    it('refuses a row taking an orgnr the directory holds for another organisation', () => {
      const planned = plan(
        demoDirectory(),
        fileOf({ organisations: [{ entry: { ...NEW_MULTIDOSE, orgnr: morkved.orgnr }, row: 2 }] }),
      );
      expect(planned.problems).toEqual([
        {
          kind: 'organisations',
          id: NEW_MULTIDOSE.id,
          row: 2,
          field: 'orgnr',
          message: expect.stringMatching(/morkved-legesenter/),
        },
      ]);
    });
  });

  describe('what the importer may change', () => {
    it('reports every entry `may` refuses, and plans no events', () => {
      const refused = new Set<DirectoryCommand['type']>(['enrol-person']);
      const planned = plan(Directory.empty(), demoFile(), (command) => !refused.has(command.type));
      expect(planned.problems).toEqual(
        DEMO_DIRECTORY.people.map((p) => ({
          kind: 'people',
          id: p.username,
          field: 'username',
          message: 'is outside what you may change',
        })),
      );
      expect(planned.events).toEqual([]);
      expect(planned.summary.organisations.added).toBe(DEMO_COUNTS.organisations);
    });

    it.each<[ImportKind, DirectoryCommand['type'], string]>([
      ['helsefellesskap', 'register-helsefellesskap', 'id'],
      ['municipalities', 'register-municipality', 'number'],
      ['parties', 'register-party', 'id'],
      ['organisations', 'register-organisation', 'id'],
      ['people', 'enrol-person', 'username'],
    ])('names the %s refused (%s) on their key field', (kind, type, field) => {
      const planned = plan(Directory.empty(), demoFile(), (command) => command.type !== type);
      expect(planned.problems.length).toBeGreaterThanOrEqual(DEMO_COUNTS[kind]);
      expect(planned.problems.filter((p) => p.kind === kind)).toHaveLength(DEMO_COUNTS[kind]);
      expect(
        planned.problems
          .filter((p) => p.kind === kind)
          .every((p) => p.field === field && p.message === 'is outside what you may change'),
      ).toBe(true);
      expect(planned.events).toEqual([]);
    });

    it('asks about activations too', () => {
      const file = demoFileWith('people', 'lege.cgm', (i) => ({ ...i, row: 12, active: false }));
      const planned = plan(demoDirectory(), file, (command) => command.type !== 'deactivate');
      expect(planned.problems).toEqual([
        { kind: 'people', id: 'lege.cgm', row: 12, field: 'username', message: 'is outside what you may change' },
      ]);
      expect(planned.events).toEqual([]);
    });

    describe('with the rule for a coordinator of Helse Nord', () => {
      const coordinator: Viewer = { role: 'coordinator', party: 'arbeidsgruppe-nord', region: 'helse-nord' };
      const may = (command: DirectoryCommand, scratch: Directory) => mayChangeDirectory(coordinator, scratch, command);

      it('imports organisations and people of their region, an organisation and its people in one file', () => {
        const planned = plan(
          demoDirectory(),
          fileOf({
            organisations: [
              { entry: NEW_GP, row: 2 },
              { entry: NEW_MULTIDOSE, row: 3 },
            ],
            people: [{ entry: NEW_REPORTER, row: 4 }],
          }),
          may,
        );
        expect(planned.problems).toEqual([]);
        expect(planned.events.map((e) => e.type)).toEqual([
          'directory.organisation-registered',
          'directory.organisation-registered',
          'directory.person-enrolled',
        ]);
      });

      it('refuses what lies in another region, and so the whole file', () => {
        const planned = plan(
          demoDirectory(),
          fileOf({
            organisations: [
              { entry: NEW_MULTIDOSE, row: 2 },
              { entry: NEW_VEST_GP, row: 3 },
            ],
            people: [{ entry: { ...legeCgm, organisation: 'bergen-sentrum-legesenter' }, row: 4 }],
          }),
          may,
        );
        expect(planned.problems).toEqual([
          { kind: 'organisations', id: NEW_VEST_GP.id, row: 3, field: 'id', message: 'is outside what you may change' },
          { kind: 'people', id: 'lege.cgm', row: 4, field: 'username', message: 'is outside what you may change' },
        ]);
        expect(planned.events).toEqual([]);
      });
    });
  });

  describe('a switch of system in the file', () => {
    const EG = { vendor: 'eg', product: 'EG Infodoc', integration: 'sfm-full' } as const;
    /** Mørkved with a switch to EG Infodoc from `from`, recorded on April 1st. */
    function switching(from: string): Directory {
      const directory = demoDirectory();
      directory.apply(
        {
          type: 'directory.organisation-system-changed',
          data: { by: BY, at: '2026-04-01T08:00:00.000Z', organisationId: morkved.id, system: EG, from },
        },
        1,
      );
      return directory;
    }
    const asStored = (directory: Directory) =>
      fileOf({ organisations: [{ entry: directory.organisation(morkved.id), row: 2 }] });

    it('plans nothing for an organisation written as stored, its switch still ahead', () => {
      const directory = switching('2026-06-01');
      const planned = plan(directory, asStored(directory));
      expect(planned.problems).toEqual([]);
      expect(planned.events).toEqual([]);
    });

    it('plans nothing for an organisation written as stored, its switch’s day passed', () => {
      const directory = switching('2026-04-15');
      const planned = plan(directory, asStored(directory));
      expect(planned.problems).toEqual([]);
      expect(planned.events).toEqual([]);
    });

    it('cancels a switch ahead the file leaves out', () => {
      const directory = switching('2026-06-01');
      const { scheduledSystem: _s, ...entry } = directory.organisation(morkved.id);
      const planned = plan(directory, fileOf({ organisations: [{ entry }] }));
      expect(planned.events.map((e) => e.type)).toEqual(['directory.organisation-system-changed']);
      expect(applied(directory, planned.events).organisation(morkved.id).scheduledSystem).toBeUndefined();
    });

    it('reads a switch dated today as a change of system today', () => {
      const planned = plan(
        demoDirectory(),
        fileOf({
          organisations: [{ entry: { ...morkved, scheduledSystem: { system: EG, from: '2026-05-04' } }, row: 2 }],
        }),
      );
      expect(planned.problems).toEqual([]);
      // A switch whose day has come is read as the system in use: a change of system today.
      expect(planned.events).toEqual([
        {
          type: 'directory.organisation-system-changed',
          data: { by: BY, at: AT, organisationId: morkved.id, system: EG, from: '2026-05-04' },
        },
      ]);
    });
  });

  describe('the order of the file', () => {
    it('imports an organisation naming a multidose pharmacy listed after it', () => {
      const planned = plan(
        demoDirectory(),
        fileOf({
          organisations: [
            { entry: NEW_GP, row: 2 },
            { entry: NEW_MULTIDOSE, row: 3 },
          ],
        }),
      );
      expect(planned.problems).toEqual([]);
      expect(planned.entries.map((e) => [e.id, e.outcome])).toEqual([
        [NEW_MULTIDOSE.id, 'added'],
        [NEW_GP.id, 'added'],
      ]);
      const imported = applied(demoDirectory(), planned.events);
      expect(imported.organisation(NEW_GP.id).multidosePharmacy).toBe(NEW_MULTIDOSE.id);
    });

    it('keeps the file’s order among organisations of one sort', () => {
      const second = { ...NEW_VEST_GP, multidosePharmacy: 'apotek1-multidose-alta' };
      const planned = plan(
        demoDirectory(),
        fileOf({ organisations: [{ entry: second }, { entry: NEW_GP }, { entry: NEW_MULTIDOSE }] }),
      );
      expect(planned.problems).toEqual([]);
      expect(planned.entries.map((e) => e.id)).toEqual([NEW_MULTIDOSE.id, second.id, NEW_GP.id]);
    });

    it('imports a person of an organisation in the same file', () => {
      const planned = plan(
        demoDirectory(),
        fileOf({ people: [{ entry: NEW_REPORTER }], organisations: [{ entry: NEW_GP }, { entry: NEW_MULTIDOSE }] }),
      );
      expect(planned.problems).toEqual([]);
      expect(planned.events.map((e) => e.type)).toEqual([
        'directory.organisation-registered',
        'directory.organisation-registered',
        'directory.person-enrolled',
      ]);
    });

    it('imports a whole new region: helsefellesskap, kommune, working group, pharmacy chain, organisation and coordinator', () => {
      const chain: NewParty = {
        ...cgm,
        id: 'vitusapotek',
        kind: 'pharmacy-chain',
        name: 'Vitusapotek',
        products: ['FarmaPro'],
      };
      const group: NewParty = {
        ...cgm,
        id: 'arbeidsgruppe-midt',
        kind: 'working-group',
        name: 'Arbeidsgruppe Midt',
        region: 'helse-midt-norge',
      };
      const pharmacy: NewOrganisation = {
        ...NEW_MULTIDOSE,
        id: 'vitus-trondheim',
        type: 'pharmacy',
        municipality: '5001',
        pharmacyChain: 'vitusapotek',
        system: { vendor: 'vitusapotek', product: 'FarmaPro', integration: 'own' },
      };
      const coordinator: NewPerson = {
        username: 'koordinator.midt',
        name: 'K',
        role: 'coordinator',
        party: 'arbeidsgruppe-midt',
        email: 'k@example.no',
      };
      // Listed the wrong way round: people first, helsefellesskap last.
      const file: DirectoryImport = {
        people: [{ entry: coordinator }],
        organisations: [{ entry: pharmacy }],
        parties: [{ entry: group }, { entry: chain }],
        municipalities: [{ entry: { number: '5001', name: 'Trondheim', helsefellesskap: 'trondheim' } }],
        helsefellesskap: [
          {
            entry: {
              id: 'trondheim',
              name: 'Helsefellesskapet Trondheim',
              hf: 'St. Olavs hospital',
              region: 'helse-midt-norge',
            },
          },
        ],
      };
      const planned = plan(demoDirectory(), file);
      expect(planned.problems).toEqual([]);
      const imported = applied(demoDirectory(), planned.events);
      expect(imported.regionOf('vitus-trondheim')).toBe('helse-midt-norge');
      expect(imported.workingGroupOf('helse-midt-norge').id).toBe('arbeidsgruppe-midt');
      expect(imported.peopleOf('arbeidsgruppe-midt').map((p) => p.username)).toEqual(['koordinator.midt']);
    });

    it('refuses an organisation naming a multidose pharmacy neither in the file nor in the directory', () => {
      const planned = plan(demoDirectory(), fileOf({ organisations: [{ entry: NEW_GP, row: 2 }] }));
      expect(planned.problems).toEqual([
        { kind: 'organisations', id: NEW_GP.id, row: 2, field: 'multidosePharmacy', message: expect.any(String) },
      ]);
    });

    it('refuses a person of an organisation whose row was refused', () => {
      const planned = plan(
        demoDirectory(),
        fileOf({
          organisations: [
            { entry: { ...NEW_GP, herId: 0 }, row: 2 },
            { entry: NEW_MULTIDOSE, row: 3 },
          ],
          people: [{ entry: NEW_REPORTER, row: 4 }],
        }),
      );
      expect(planned.problems.map((p) => [p.row, p.field])).toEqual([
        [2, 'herId'],
        [4, 'organisation'],
      ]);
    });
  });

  describe('active', () => {
    const deactivated = (kind: 'organisations' | 'parties' | 'people') => {
      const directory = demoDirectory();
      const data = { by: BY, at: '2026-05-01T00:00:00.000Z' };
      const event: DirectoryEvent =
        kind === 'organisations'
          ? { type: 'directory.organisation-deactivated', data: { ...data, organisationId: morkved.id } }
          : kind === 'parties'
            ? { type: 'directory.party-deactivated', data: { ...data, partyId: 'cgm' } }
            : { type: 'directory.person-deactivated', data: { ...data, username: 'lege.cgm' } };
      directory.apply(event, 1);
      return directory;
    };
    const TARGETS = [
      ['organisations', morkved.id, 'organisation'],
      ['parties', 'cgm', 'party'],
      ['people', 'lege.cgm', 'person'],
    ] as const;
    const withActive = (kind: (typeof TARGETS)[number][0], id: string, active: boolean | undefined) =>
      demoFileWithAny(kind, id, (i) =>
        active === undefined ? { entry: i.entry, row: 8 } : { entry: i.entry, row: 8, active },
      );

    it.each(TARGETS)('deactivates %s %s marked active: false', (kind, id, entry) => {
      const planned = plan(demoDirectory(), withActive(kind, id, false));
      expect(planned.problems).toEqual([]);
      expect(planned.entries.filter((e) => e.outcome !== 'unchanged')).toEqual([
        { kind, id, row: 8, outcome: 'changed', changes: [`directory.${entry}-deactivated`] },
      ]);
    });

    it.each(TARGETS)('reactivates deactivated %s %s when active is absent', (kind, id, entry) => {
      const planned = plan(deactivated(kind), withActive(kind, id, undefined));
      expect(planned.entries.filter((e) => e.outcome !== 'unchanged')).toEqual([
        { kind, id, row: 8, outcome: 'changed', changes: [`directory.${entry}-reactivated`] },
      ]);
      const imported = applied(deactivated(kind), planned.events);
      const found =
        kind === 'organisations'
          ? imported.organisation(id)
          : kind === 'parties'
            ? imported.party(id)
            : imported.findPerson(id);
      expect(found?.deactivatedAt).toBeUndefined();
    });

    it.each(TARGETS)('reactivates deactivated %s %s marked active: true', (kind, id, entry) => {
      const planned = plan(deactivated(kind), withActive(kind, id, true));
      expect(planned.events.map((e) => e.type)).toEqual([`directory.${entry}-reactivated`]);
    });

    it.each(TARGETS)('leaves deactivated %s %s marked active: false as it is', (kind, id) => {
      const planned = plan(deactivated(kind), withActive(kind, id, false));
      expect(planned.events).toEqual([]);
      expect(planned.entries.every((e) => e.outcome === 'unchanged')).toBe(true);
    });

    it.each(TARGETS)('changes and deactivates %s %s in one row', (kind, id, entry) => {
      const file = demoFileWithAny(kind, id, (i) => ({ entry: { ...i.entry, name: 'Nytt navn' }, active: false }));
      const planned = plan(demoDirectory(), file);
      expect(planned.events.map((e) => e.type)).toEqual([
        kind === 'people' ? 'directory.person-details-changed' : `directory.${entry}-renamed`,
        `directory.${entry}-deactivated`,
      ]);
    });

    it('adds a new entry marked active: false, deactivated', () => {
      const planned = plan(demoDirectory(), fileOf({ organisations: [{ entry: NEW_MULTIDOSE, active: false }] }));
      expect(planned.entries).toEqual([
        {
          kind: 'organisations',
          id: NEW_MULTIDOSE.id,
          outcome: 'added',
          changes: ['directory.organisation-registered', 'directory.organisation-deactivated'],
        },
      ]);
      expect(applied(demoDirectory(), planned.events).organisation(NEW_MULTIDOSE.id).deactivatedAt).toBe(AT);
    });
  });
});
