import {
  Directory,
  IMPORT_KINDS,
  planDirectoryImport,
  type ActorRef,
  type DirectoryData,
  type ImportKind,
  type ImportProblem,
  type Organisation,
  type Party,
  type Person,
} from '@lagspill/domain';
import { DEMO_DIRECTORY } from '../demo-directory';
import { UTF8_BOM, writeCsv } from './csv';
import {
  columnOf,
  readDirectorySheet,
  SHEET_HEADINGS,
  sheetProblemsOf,
  writeDirectorySheet,
  type SheetHeading,
} from './directory-sheet';
import type { DirectoryImportFile } from './import-file';

type Row = Partial<Record<SheetHeading, string>>;

/** A sheet with the given headings (all of them by default) and a row for each object, by heading. */
function csvOf(rows: Row[], headings: readonly SheetHeading[] = SHEET_HEADINGS): string {
  return writeCsv([headings, ...rows.map((row) => headings.map((heading) => row[heading] ?? ''))]);
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const read = (text: string) => readDirectorySheet(utf8(text));
const readRows = (...rows: Row[]) => read(csvOf(rows));

// What Excel writes as "CSV (semikolondelt)" on Norwegian Windows: every character one byte, no BOM.
const WINDOWS_1252 = new Map(
  [...new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 256 }, (_, byte) => byte))].map(
    (char, byte) => [char, byte] as const,
  ),
);
function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => {
    const byte = WINDOWS_1252.get(char);
    if (byte === undefined) throw new Error(`${char} is not in Windows-1252`);
    return byte;
  });
}

const NO_ENTRIES: DirectoryImportFile = {
  helsefellesskap: [],
  municipalities: [],
  parties: [],
  organisations: [],
  people: [],
};

const HELSEFELLESSKAP: Row = {
  Oppføring: 'helsefellesskap',
  ID: 'lovesa',
  Navn: 'Helsefellesskap Lofoten, Vesterålen og Salten',
  Helseforetak: 'Nordlandssykehuset',
  Region: 'helse-nord',
};
const KOMMUNE: Row = { Oppføring: 'kommune', Kommunenr: '1804', Navn: 'Bodø', Helsefellesskap: 'lovesa' };
const PART: Row = {
  Oppføring: 'part',
  ID: 'cgm',
  Navn: 'CompuGroup Medical (CGM)',
  Type: 'Leverandør',
  Produkter: 'CGM Journal, CGM Vision',
  'Svarfrist (timer)': '24',
  'Løsningsfrist (timer)': '240',
  'E-post': 'saker@cgm.example.no',
  Aktiv: 'ja',
};
const ORGANISASJON: Row = {
  Oppføring: 'organisasjon',
  ID: 'morkved-legesenter',
  Navn: 'Mørkved legesenter',
  Type: 'Fastlegekontor',
  Kommunenr: '1804',
  Orgnr: '974123002',
  'HER-id': '81230001',
  Leverandør: 'cgm',
  System: 'CGM Journal',
  Versjon: '8.4.2',
  Integrasjon: 'SFM Full',
  Multidose: 'Elektronisk',
  Multidoseapotek: 'apotek1-multidose-bodo',
  'E-post': 'post@morkved.example.no',
  Aktiv: 'ja',
};
const PERSON: Row = {
  Oppføring: 'person',
  ID: 'lege.morkved',
  Navn: 'Kari Lege',
  'HPR-nummer': '1234567',
  'E-post': 'kari@morkved.example.no',
  Rolle: 'Melder',
  Tilhører: 'morkved-legesenter',
  Aktiv: 'ja',
};

const SYSTEM = { vendor: 'cgm', product: 'CGM Journal', version: '8.4.2', integration: 'sfm-full' } as const;

/** The cells of a scheduled switch to Pridok on 2026-09-01, for an organisation row. */
const SWITCH: Row = {
  'Ny leverandør': 'pridok',
  'Nytt system': 'Pridok',
  'Ny versjon': '2026.3',
  'Ny integrasjon': 'SFM Basis',
  'Nytt system fra': '2026-09-01',
};
const SCHEDULED_SYSTEM = {
  system: { vendor: 'pridok', product: 'Pridok', version: '2026.3', integration: 'sfm-basis' },
  from: '2026-09-01',
} as const;
const SWITCH_HEADINGS: readonly SheetHeading[] = [
  'Ny leverandør',
  'Nytt system',
  'Ny versjon',
  'Ny integrasjon',
  'Nytt system fra',
];

describe('readDirectorySheet', () => {
  it("reads each kind of row into the domain's entry, with its row and whether it is active", () => {
    expect(readRows(HELSEFELLESSKAP, KOMMUNE, PART, ORGANISASJON, PERSON)).toStrictEqual({
      file: {
        helsefellesskap: [
          {
            entry: {
              id: 'lovesa',
              name: 'Helsefellesskap Lofoten, Vesterålen og Salten',
              hf: 'Nordlandssykehuset',
              region: 'helse-nord',
            },
            row: 2,
          },
        ],
        municipalities: [{ entry: { number: '1804', name: 'Bodø', helsefellesskap: 'lovesa' }, row: 3 }],
        parties: [
          {
            entry: {
              id: 'cgm',
              kind: 'vendor',
              name: 'CompuGroup Medical (CGM)',
              products: ['CGM Journal', 'CGM Vision'],
              contactEmails: ['saker@cgm.example.no'],
              serviceLevel: { firstResponseHours: 24, resolutionHours: 240 },
            },
            row: 4,
            active: true,
          },
        ],
        organisations: [
          {
            entry: {
              id: 'morkved-legesenter',
              name: 'Mørkved legesenter',
              type: 'gp-office',
              orgnr: '974123002',
              herId: 81230001,
              municipality: '1804',
              system: SYSTEM,
              multidoseMode: 'electronic',
              multidosePharmacy: 'apotek1-multidose-bodo',
              contactEmails: ['post@morkved.example.no'],
            },
            row: 5,
            active: true,
          },
        ],
        people: [
          {
            entry: {
              username: 'lege.morkved',
              hprNumber: '1234567',
              name: 'Kari Lege',
              role: 'reporter',
              organisation: 'morkved-legesenter',
              email: 'kari@morkved.example.no',
            },
            row: 6,
            active: true,
          },
        ],
      },
      problems: [],
    });
  });

  it('builds systems and service levels with the keys in the order the domain compares them in', () => {
    const { file } = readRows(PART, ORGANISASJON);
    expect(Object.keys(file.organisations[0]?.entry.system ?? {})).toEqual([
      'vendor',
      'product',
      'version',
      'integration',
    ]);
    expect(Object.keys(file.parties[0]?.entry.serviceLevel ?? {})).toEqual(['firstResponseHours', 'resolutionHours']);
  });

  describe('organisations', () => {
    it('leave out the optional fields whose cells are empty', () => {
      const { file, problems } = readRows({
        ...ORGANISASJON,
        Versjon: '',
        Multidoseapotek: '',
        Apotekkjede: '',
        'E-post': '',
        'Ny leverandør': '',
        'Nytt system': '',
        'Ny versjon': '',
        'Ny integrasjon': '',
        'Nytt system fra': '',
        Aktiv: '',
      });
      expect(problems).toEqual([]);
      expect(file.organisations).toStrictEqual([
        {
          entry: {
            id: 'morkved-legesenter',
            name: 'Mørkved legesenter',
            type: 'gp-office',
            orgnr: '974123002',
            herId: 81230001,
            municipality: '1804',
            system: { vendor: 'cgm', product: 'CGM Journal', integration: 'sfm-full' },
            multidoseMode: 'electronic',
          },
          row: 2,
          active: true,
        },
      ]);
    });

    it('carry the system they run now, and a scheduled switch from the five Ny/Nytt columns', () => {
      const { file, problems } = readRows({ ...ORGANISASJON, ...SWITCH });
      expect(problems).toEqual([]);
      expect(file.organisations[0]?.entry).toMatchObject({ system: SYSTEM, scheduledSystem: SCHEDULED_SYSTEM });
      expect(Object.keys(file.organisations[0]?.entry.scheduledSystem?.system ?? {})).toEqual([
        'vendor',
        'product',
        'version',
        'integration',
      ]);
    });

    it('schedule no switch when the five columns are empty or not in the sheet', () => {
      const empty = readRows(ORGANISASJON);
      const absent = read(
        csvOf(
          [ORGANISASJON],
          SHEET_HEADINGS.filter((h) => !SWITCH_HEADINGS.includes(h)),
        ),
      );
      for (const { file, problems } of [empty, absent]) {
        expect(problems).toEqual([]);
        expect(file.organisations[0]?.entry).not.toHaveProperty('scheduledSystem');
        expect(file.organisations[0]?.entry.system).toEqual(SYSTEM);
      }
    });

    it('leave out Ny versjon of a switch when it is empty', () => {
      const { file, problems } = readRows({ ...ORGANISASJON, ...SWITCH, 'Ny versjon': '' });
      expect(problems).toEqual([]);
      expect(file.organisations[0]?.entry.scheduledSystem).toStrictEqual({
        system: { vendor: 'pridok', product: 'Pridok', integration: 'sfm-basis' },
        from: '2026-09-01',
      });
    });

    it('carry a pharmacy chain and several contact addresses, separated by , or ;', () => {
      const { file } = readRows({
        ...ORGANISASJON,
        Type: 'Apotek',
        Apotekkjede: 'apotek1',
        Multidoseapotek: '',
        'E-post': ' post@a.example.no ; resept@a.example.no,, kontor@a.example.no ,',
      });
      expect(file.organisations[0]?.entry).toMatchObject({
        type: 'pharmacy',
        pharmacyChain: 'apotek1',
        contactEmails: ['post@a.example.no', 'resept@a.example.no', 'kontor@a.example.no'],
      });
      expect(file.organisations[0]?.entry).not.toHaveProperty('multidosePharmacy');
    });

    it('give back the leading zero Excel takes off a kommunenummer', () => {
      const { file } = readRows({ ...KOMMUNE, Kommunenr: '301' }, { ...ORGANISASJON, Kommunenr: '301' });
      expect(file.municipalities[0]?.entry.number).toBe('0301');
      expect(file.organisations[0]?.entry.municipality).toBe('0301');
    });

    it('pass a kommunenummer of another length to the domain as it is', () => {
      const { file } = readRows({ ...KOMMUNE, Kommunenr: '12345' }, { ...KOMMUNE, Kommunenr: '18' });
      expect(file.municipalities.map((m) => m.entry.number)).toEqual(['12345', '18']);
    });
  });

  describe('parties', () => {
    it('are national without a Region, and regional with one', () => {
      const { file } = readRows(PART, {
        ...PART,
        ID: 'arbeidsgruppe-nord',
        Type: 'Arbeidsgruppe',
        Region: 'helse-nord',
        Produkter: '',
      });
      expect(file.parties[0]?.entry).not.toHaveProperty('region');
      expect(file.parties[1]?.entry).toMatchObject({ kind: 'working-group', region: 'helse-nord', products: [] });
    });

    it('list products and addresses trimmed, without empty ones, and none for empty cells', () => {
      const { file } = readRows(
        {
          ...PART,
          Produkter: ' Reseptformidleren ,SFM,, Kjernejournal ',
          'E-post': 'a@nhn.example.no;b@nhn.example.no',
        },
        { ...PART, ID: 'tom', Produkter: '', 'E-post': '' },
      );
      expect(file.parties.map((p) => [p.entry.products, p.entry.contactEmails])).toEqual([
        [
          ['Reseptformidleren', 'SFM', 'Kjernejournal'],
          ['a@nhn.example.no', 'b@nhn.example.no'],
        ],
        [[], []],
      ]);
    });
  });

  describe('people', () => {
    it.each([
      ['Melder', 'reporter', { organisation: 'morkved-legesenter' }],
      ['System', 'system', { organisation: 'morkved-legesenter' }],
      ['Saksbehandler', 'responder', { party: 'morkved-legesenter' }],
      ['Koordinator', 'coordinator', { party: 'morkved-legesenter' }],
    ])('as %s belong to what Tilhører names: an organisation or a party', (label, role, affiliation) => {
      const { file, problems } = readRows({ ...PERSON, Rolle: label });
      expect(problems).toEqual([]);
      expect(file.people[0]?.entry).toStrictEqual({
        username: 'lege.morkved',
        hprNumber: '1234567',
        name: 'Kari Lege',
        role,
        ...affiliation,
        email: 'kari@morkved.example.no',
      });
    });

    it('as Administrator belong to nothing, and leave out an empty HPR number and e-mail', () => {
      const { file } = readRows({ ...PERSON, Rolle: 'Administrator', Tilhører: '', 'HPR-nummer': '', 'E-post': '' });
      expect(file.people[0]?.entry).toStrictEqual({ username: 'lege.morkved', name: 'Kari Lege', role: 'admin' });
    });

    it('as Administrator may not name anything in Tilhører', () => {
      expect(readRows({ ...PERSON, Rolle: 'Administrator' })).toEqual({
        file: NO_ENTRIES,
        problems: [
          {
            row: 2,
            column: 'Tilhører',
            message: 'must be empty for Administrator: it acts for no organisation or party',
          },
        ],
      });
    });

    it('without Tilhører go to the domain without an affiliation, for its rules to name the column', () => {
      const { file } = readRows({ ...PERSON, Tilhører: '' });
      expect(file.people[0]?.entry).not.toHaveProperty('organisation');
    });
  });

  describe('labels', () => {
    it('are read in any case, and so are the domain’s own codes', () => {
      const { file, problems } = readRows(
        { ...PART, Oppføring: 'PART', Type: 'norsk HELSENETT' },
        { ...PART, Oppføring: 'parties', ID: 'apotek1', Type: 'pharmacy-chain' },
        {
          ...ORGANISASJON,
          Oppføring: 'Organisasjon',
          Type: 'multidose-pharmacy',
          Integrasjon: 'sfm basis',
          Multidose: 'none',
        },
        {
          ...ORGANISASJON,
          Oppføring: 'organisations',
          ID: 'b',
          Type: 'LEGEVAKT',
          Integrasjon: 'own',
          Multidose: 'PAPIR',
        },
        { ...PERSON, Oppføring: 'Person', Rolle: 'koordinator' },
        { ...PERSON, Oppføring: 'people', ID: 'b', Rolle: 'responder' },
      );
      expect(problems).toEqual([]);
      expect(file.parties.map((p) => p.entry.kind)).toEqual(['nhn', 'pharmacy-chain']);
      expect(file.organisations.map((o) => [o.entry.type, o.entry.system.integration, o.entry.multidoseMode])).toEqual([
        ['multidose-pharmacy', 'sfm-basis', 'none'],
        ['out-of-hours', 'own', 'paper'],
      ]);
      expect(file.people.map((p) => p.entry.role)).toEqual(['coordinator', 'responder']);
    });

    it.each([
      ['ja', true],
      ['JA', true],
      ['', true],
      ['true', true],
      ['nei', false],
      ['Nei', false],
      ['FALSE', false],
    ])('read Aktiv %j as active: %s', (aktiv, active) => {
      const { file } = readRows(
        { ...PART, Aktiv: aktiv },
        { ...ORGANISASJON, Aktiv: aktiv },
        { ...PERSON, Aktiv: aktiv },
      );
      expect([file.parties[0]?.active, file.organisations[0]?.active, file.people[0]?.active]).toEqual([
        active,
        active,
        active,
      ]);
    });

    it('give helsefellesskap and kommuner, which cannot be deactivated, no Aktiv', () => {
      const { file } = readRows(HELSEFELLESSKAP, KOMMUNE);
      expect(file.helsefellesskap[0]).not.toHaveProperty('active');
      expect(file.municipalities[0]).not.toHaveProperty('active');
    });
  });

  it('trims every cell, and takes off the apostrophe the export puts before a formula sign', () => {
    const { file } = readRows({
      ...PERSON,
      ID: "  '+Xk3pseudonym=  ",
      Navn: ' Kari Lege ',
      Rolle: ' Melder ',
      'HPR-nummer': ' 1234567',
    });
    expect(file.people[0]?.entry).toMatchObject({
      username: '+Xk3pseudonym=',
      name: 'Kari Lege',
      hprNumber: '1234567',
    });
  });

  describe('headings', () => {
    it('are taken in any order, in any case and with spaces around', () => {
      const text = writeCsv([
        ['  tilhører', 'AKTIV', 'rolle', 'e-post', 'hpr-nummer', ' Navn ', 'id', 'OPPFØRING'],
        [
          'morkved-legesenter',
          'nei',
          'Melder',
          'kari@morkved.example.no',
          '1234567',
          'Kari Lege',
          'lege.morkved',
          'person',
        ],
      ]);
      const { file, problems } = read(text);
      expect(problems).toEqual([]);
      expect(file.people).toEqual([
        {
          entry: {
            username: 'lege.morkved',
            hprNumber: '1234567',
            name: 'Kari Lege',
            role: 'reporter',
            organisation: 'morkved-legesenter',
            email: 'kari@morkved.example.no',
          },
          row: 2,
          active: false,
        },
      ]);
    });

    it('need only the columns the kinds in the sheet need', () => {
      const { file, problems } = read(csvOf([KOMMUNE], ['Oppføring', 'Kommunenr', 'Navn', 'Helsefellesskap']));
      expect(problems).toEqual([]);
      expect(file.municipalities).toHaveLength(1);
    });

    it('may leave out optional columns, as if their cells were empty', () => {
      const headings = SHEET_HEADINGS.filter(
        (h) => !['Versjon', ...SWITCH_HEADINGS, 'Multidoseapotek', 'Apotekkjede', 'E-post', 'Aktiv'].includes(h),
      );
      const { file, problems } = read(csvOf([ORGANISASJON], headings));
      expect(problems).toEqual([]);
      expect(file.organisations[0]).toEqual({
        entry: expect.not.objectContaining({ multidosePharmacy: expect.anything() }),
        row: 2,
        active: true,
      });
    });

    it('name a missing column once, with the kinds that need it, and leave those rows out', () => {
      const headings = SHEET_HEADINGS.filter((h) => h !== 'Navn' && h !== 'HER-id');
      const { file, problems } = read(csvOf([KOMMUNE, ORGANISASJON, KOMMUNE, PERSON, HELSEFELLESSKAP], headings));
      expect(problems).toEqual([
        { row: 1, column: 'Navn', message: 'is missing: kommune, organisasjon, person, helsefellesskap rows need it' },
        { row: 1, column: 'HER-id', message: 'is missing: organisasjon rows need it' },
      ]);
      expect(file).toEqual(NO_ENTRIES);
    });

    it('refuse an unknown column and one given twice, and read the rest', () => {
      const text = writeCsv([
        ['Oppføring', 'Kommunenr', 'Navn', 'Kommentar', 'Helsefellesskap', 'navn'],
        ['kommune', '1804', 'Bodø', 'ny', 'lovesa', 'Bodø'],
      ]);
      expect(read(text)).toEqual({
        file: {
          ...NO_ENTRIES,
          municipalities: [{ entry: { number: '1804', name: 'Bodø', helsefellesskap: 'lovesa' }, row: 2 }],
        },
        problems: [
          { row: 1, column: 'Kommentar', message: 'is not a column of the directory sheet' },
          { row: 1, column: 'Navn', message: 'is there twice' },
        ],
      });
    });

    it('must include Oppføring, or no row can be read', () => {
      const text = writeCsv([
        ['Kommunenr', 'Navn', 'Helsefellesskap'],
        ['1804', 'Bodø', 'lovesa'],
      ]);
      expect(read(text)).toEqual({
        file: NO_ENTRIES,
        problems: [{ row: 1, column: 'Oppføring', message: 'is missing: it says what each row holds' }],
      });
    });
  });

  describe('problems', () => {
    it('name an Oppføring that is not a kind of entry, or is empty', () => {
      expect(readRows({ ...KOMMUNE, Oppføring: 'fylke' }, { ...KOMMUNE, Oppføring: '' }).problems).toEqual([
        {
          row: 2,
          column: 'Oppføring',
          message: 'must be one of helsefellesskap, kommune, part, organisasjon, person; fylke is not',
        },
        { row: 3, column: 'Oppføring', message: 'must be one of helsefellesskap, kommune, part, organisasjon, person' },
      ]);
    });

    it.each([
      ['12.5', 'must be a whole number; 12.5 is not'],
      ['12,5', 'must be a whole number; 12,5 is not'],
      ['tolv', 'must be a whole number; tolv is not'],
      ['1e3', 'must be a whole number; 1e3 is not'],
      ['', 'must be filled in: a whole number'],
    ])('name a number column holding %j', (hours, message) => {
      expect(readRows({ ...PART, 'Svarfrist (timer)': hours })).toEqual({
        file: NO_ENTRIES,
        problems: [{ row: 2, column: 'Svarfrist (timer)', message }],
      });
    });

    it('pass a negative whole number to the domain, whose rules say what is allowed', () => {
      expect(readRows({ ...ORGANISASJON, 'HER-id': '-3' }).file.organisations[0]?.entry.herId).toBe(-3);
    });

    it.each<[SheetHeading, string, Row]>([
      ['Type', 'Type: must be one of Leverandør, Norsk helsenett, Apotekkjede, Arbeidsgruppe; Vendorr is not', PART],
      [
        'Type',
        'Type: must be one of Fastlegekontor, Legevakt, Sykehusavdeling, Sykehjem, Hjemmetjeneste, Avtalespesialist, Apotek, Multidoseapotek; Vendorr is not',
        ORGANISASJON,
      ],
      ['Integrasjon', 'Integrasjon: must be one of SFM Full, SFM Basis, Egen; Vendorr is not', ORGANISASJON],
      [
        'Multidose',
        'Multidose: must be one of Ingen, Papir, Elektronisk, Papir og elektronisk, Ukjent; Vendorr is not',
        ORGANISASJON,
      ],
      [
        'Rolle',
        'Rolle: must be one of Melder, Saksbehandler, Koordinator, Administrator, System; Vendorr is not',
        PERSON,
      ],
      ['Aktiv', 'Aktiv: must be ja or nei; Vendorr is not', PERSON],
    ])('name an unknown label in %s', (column, expected, row) => {
      const { file, problems } = readRows({ ...row, [column]: 'Vendorr' });
      expect(problems.map((p) => `${p.column}: ${p.message}`)).toEqual([expected]);
      expect(file).toEqual(NO_ENTRIES);
    });

    it('name an empty cell that must hold a label', () => {
      expect(readRows({ ...ORGANISASJON, Integrasjon: '' }).problems).toEqual([
        { row: 2, column: 'Integrasjon', message: 'must be one of SFM Full, SFM Basis, Egen' },
      ]);
    });

    it.each(['01.09.2026', '2026-9-1', '2026-02-30', '2026-13-01', '2026-09-01T00:00', 'snart'])(
      'name a Nytt system fra of %j, which is not a date YYYY-MM-DD',
      (from) => {
        expect(readRows({ ...ORGANISASJON, ...SWITCH, 'Nytt system fra': from })).toEqual({
          file: NO_ENTRIES,
          problems: [{ row: 2, column: 'Nytt system fra', message: `must be a date (YYYY-MM-DD); ${from} is not` }],
        });
      },
    );

    it('accept a leap day as a date', () => {
      expect(readRows({ ...ORGANISASJON, ...SWITCH, 'Nytt system fra': '2028-02-29' }).problems).toEqual([]);
    });

    it('name an unknown label in Ny integrasjon', () => {
      expect(readRows({ ...ORGANISASJON, ...SWITCH, 'Ny integrasjon': 'iframe' })).toEqual({
        file: NO_ENTRIES,
        problems: [
          { row: 2, column: 'Ny integrasjon', message: 'must be one of SFM Full, SFM Basis, Egen; iframe is not' },
        ],
      });
    });

    it.each<[string, Row, SheetHeading[]]>([
      ['only Nytt system fra', { 'Nytt system fra': '2026-09-01' }, ['Ny leverandør', 'Nytt system', 'Ny integrasjon']],
      [
        'only Ny versjon',
        { 'Ny versjon': '2026.3' },
        ['Ny leverandør', 'Nytt system', 'Ny integrasjon', 'Nytt system fra'],
      ],
      ['all but Nytt system fra', { ...SWITCH, 'Nytt system fra': '' }, ['Nytt system fra']],
      [
        'all but Ny leverandør and Ny integrasjon',
        { ...SWITCH, 'Ny leverandør': '', 'Ny integrasjon': '' },
        ['Ny leverandør', 'Ny integrasjon'],
      ],
    ])('name each empty column a switch needs when a row fills in %s', (_what, cells, empty) => {
      expect(readRows({ ...ORGANISASJON, ...cells })).toEqual({
        file: NO_ENTRIES,
        problems: empty.map((column) => ({
          row: 2,
          column,
          message: 'must be filled in: a new system needs Ny leverandør, Nytt system, Ny integrasjon, Nytt system fra',
        })),
      });
    });

    it('name the columns a switch needs that the sheet lacks, when a row fills in the others', () => {
      const headings = SHEET_HEADINGS.filter((h) => h !== 'Ny integrasjon' && h !== 'Nytt system fra');
      expect(read(csvOf([{ ...ORGANISASJON, ...SWITCH }], headings)).problems).toEqual([
        {
          row: 2,
          column: 'Ny integrasjon',
          message: 'must be filled in: a new system needs Ny leverandør, Nytt system, Ny integrasjon, Nytt system fra',
        },
        {
          row: 2,
          column: 'Nytt system fra',
          message: 'must be filled in: a new system needs Ny leverandør, Nytt system, Ny integrasjon, Nytt system fra',
        },
      ]);
    });

    it('name each filled-in cell that the kind does not use, and which kinds use it', () => {
      expect(
        readRows(
          { ...PART, Multidose: 'Papir', Kommunenr: '1804', 'Nytt system fra': '2026-09-01' },
          { ...KOMMUNE, 'E-post': 'post@bodo.kommune.no' },
          { ...HELSEFELLESSKAP, Aktiv: 'ja' },
        ),
      ).toEqual({
        file: NO_ENTRIES,
        problems: [
          { row: 2, column: 'Kommunenr', message: 'is not used by part rows, only by kommune, organisasjon rows' },
          { row: 2, column: 'Nytt system fra', message: 'is not used by part rows, only by organisasjon rows' },
          { row: 2, column: 'Multidose', message: 'is not used by part rows, only by organisasjon rows' },
          { row: 3, column: 'E-post', message: 'is not used by kommune rows, only by part, organisasjon, person rows' },
          {
            row: 4,
            column: 'Aktiv',
            message: 'is not used by helsefellesskap rows, only by part, organisasjon, person rows',
          },
        ],
      });
    });

    it('name a value in a column without a heading; empty cells there are fine', () => {
      const text = writeCsv([
        ['Oppføring', 'Kommunenr', '', 'Navn', 'Helsefellesskap'],
        ['kommune', '1804', 'x', 'Bodø', 'lovesa'],
        ['kommune', '1840', '', 'Saltdal', 'lovesa', '', ' '],
        [
          'kommune',
          '1865',
          '',
          'Vågan',
          'lovesa',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          'y',
        ],
      ]);
      const { file, problems } = read(text);
      expect(problems).toEqual([
        { row: 2, column: '', message: 'has a value in column C, which has no heading' },
        { row: 4, column: '', message: 'has a value in column AA, which has no heading' },
      ]);
      expect(file.municipalities.map((m) => m.row)).toEqual([3]);
    });

    it('leave out the rows they are in, keep the rest, and name every broken cell of a row in column order', () => {
      const { file, problems } = readRows(
        KOMMUNE,
        { ...ORGANISASJON, Aktiv: 'kanskje', 'HER-id': 'x', Type: 'Kiosk', Produkter: 'a' },
        { ...KOMMUNE, Kommunenr: '1840' },
      );
      expect(file.municipalities.map((m) => [m.entry.number, m.row])).toEqual([
        ['1804', 2],
        ['1840', 4],
      ]);
      expect(file.organisations).toEqual([]);
      expect(problems.map((p) => [p.row, p.column])).toEqual([
        [3, 'Type'],
        [3, 'HER-id'],
        [3, 'Produkter'],
        [3, 'Aktiv'],
      ]);
    });

    it('give the row Excel shows, counting blank rows and rows with line breaks in a cell once each', () => {
      const text = [
        SHEET_HEADINGS.join(';'),
        '',
        'kommune;;"Bodø\nby";;;;lovesa;1804',
        ';;;;;',
        'kommune;;Saltdal;;;;lovesa;1840',
        'fylke',
      ].join('\r\n');
      const { file, problems } = read(text);
      expect(file.municipalities.map((m) => m.row)).toEqual([3, 5]);
      expect(problems.map((p) => p.row)).toEqual([6]);
    });

    it('name a quote that is never closed', () => {
      expect(read(`${csvOf([KOMMUNE])}kommune;"Bodø\r\n`)).toEqual({
        file: NO_ENTRIES,
        problems: [{ row: 3, column: '', message: 'has a quote (") that is never closed' }],
      });
    });

    it('name an empty file', () => {
      for (const text of ['', '\r\n', `${UTF8_BOM};;;\r\n`]) {
        expect(read(text)).toEqual({
          file: NO_ENTRIES,
          problems: [{ row: 1, column: '', message: 'the file is empty: its first line must hold the headings' }],
        });
      }
    });
  });

  it('reads a sheet with headings only as no entries', () => {
    expect(read(csvOf([]))).toEqual({ file: NO_ENTRIES, problems: [] });
  });

  describe('files', () => {
    const rows = [HELSEFELLESSKAP, KOMMUNE, PART, ORGANISASJON, PERSON];
    const expected = readRows(...rows);

    it('read the same from Windows-1252 as from UTF-8, æøå in headings and cells', () => {
      expect(expected.problems).toEqual([]);
      expect(readDirectorySheet(windows1252(csvOf(rows)))).toEqual(expected);
    });

    it('read the same from UTF-8 with a byte order mark', () => {
      expect(read(UTF8_BOM + csvOf(rows))).toEqual(expected);
    });

    it.each([
      [',', 'comma'],
      ['\t', 'tab'],
    ])('read the same with %j between fields (%s)', (delimiter) => {
      const text = [SHEET_HEADINGS, ...rows.map((row) => SHEET_HEADINGS.map((h) => row[h] ?? ''))]
        .map((cells) => cells.map((cell) => (cell.includes(delimiter) ? `"${cell}"` : cell)).join(delimiter))
        .join('\n');
      expect(read(text)).toEqual(expected);
    });
  });
});

describe('columnOf', () => {
  it.each<[ImportKind, string, string]>([
    ['helsefellesskap', 'id', 'ID'],
    ['helsefellesskap', 'name', 'Navn'],
    ['helsefellesskap', 'hf', 'Helseforetak'],
    ['helsefellesskap', 'region', 'Region'],
    ['municipalities', 'number', 'Kommunenr'],
    ['municipalities', 'name', 'Navn'],
    ['municipalities', 'helsefellesskap', 'Helsefellesskap'],
    ['parties', 'id', 'ID'],
    ['parties', 'name', 'Navn'],
    ['parties', 'kind', 'Type'],
    ['parties', 'region', 'Region'],
    ['parties', 'products', 'Produkter'],
    ['parties', 'products[3]', 'Produkter'],
    ['parties', 'contactEmails', 'E-post'],
    ['parties', 'contactEmails[0]', 'E-post'],
    ['parties', 'serviceLevel', 'Svarfrist (timer)'],
    ['parties', 'serviceLevel.firstResponseHours', 'Svarfrist (timer)'],
    ['parties', 'serviceLevel.resolutionHours', 'Løsningsfrist (timer)'],
    ['organisations', 'id', 'ID'],
    ['organisations', 'name', 'Navn'],
    ['organisations', 'type', 'Type'],
    ['organisations', 'orgnr', 'Orgnr'],
    ['organisations', 'herId', 'HER-id'],
    ['organisations', 'municipality', 'Kommunenr'],
    ['organisations', 'system', 'System'],
    ['organisations', 'system.vendor', 'Leverandør'],
    ['organisations', 'system.product', 'System'],
    ['organisations', 'system.version', 'Versjon'],
    ['organisations', 'system.integration', 'Integrasjon'],
    ['organisations', 'scheduledSystem', 'Nytt system'],
    ['organisations', 'scheduledSystem.system', 'Nytt system'],
    ['organisations', 'scheduledSystem.system.vendor', 'Ny leverandør'],
    ['organisations', 'scheduledSystem.system.product', 'Nytt system'],
    ['organisations', 'scheduledSystem.system.version', 'Ny versjon'],
    ['organisations', 'scheduledSystem.system.integration', 'Ny integrasjon'],
    ['organisations', 'scheduledSystem.from', 'Nytt system fra'],
    ['organisations', 'multidoseMode', 'Multidose'],
    ['organisations', 'multidosePharmacy', 'Multidoseapotek'],
    ['organisations', 'pharmacyChain', 'Apotekkjede'],
    ['organisations', 'contactEmails[2]', 'E-post'],
    ['people', 'username', 'ID'],
    ['people', 'name', 'Navn'],
    ['people', 'hprNumber', 'HPR-nummer'],
    ['people', 'email', 'E-post'],
    ['people', 'role', 'Rolle'],
    ['people', 'organisation', 'Tilhører'],
    ['people', 'party', 'Tilhører'],
  ])('puts %s field %s in %s', (kind, field, column) => {
    expect(columnOf(kind, field)).toBe(column);
  });

  it.each<[ImportKind, string]>([
    ['people', 'requestId'],
    ['municipalities', 'id'],
    ['parties', 'constructor'],
    ['organisations', ''],
    ['organisations', 'systemFrom'],
  ])('gives %s field %j no column', (kind, field) => {
    expect(columnOf(kind, field)).toBe('');
  });

  it("names the row and column of every problem the domain's rules find in a sheet", () => {
    const { file, problems } = readRows(
      { ...KOMMUNE, Kommunenr: '12345' },
      { ...KOMMUNE, Kommunenr: '1806', Helsefellesskap: 'atlantis' },
      { ...PART, ID: 'ny-leverandor', 'Svarfrist (timer)': '48', 'Løsningsfrist (timer)': '24' },
      {
        ...PART,
        ID: 'ny-leverandor-2',
        Produkter: 'A, B',
        'E-post': 'ok@x.example.no, ikke-epost',
        Region: 'helse-mars',
      },
      { ...ORGANISASJON, ID: 'ny-org', Orgnr: '123456789', 'HER-id': '0', Leverandør: 'ukjent', System: '' },
      {
        ...ORGANISASJON,
        ID: 'ny-org-2',
        Orgnr: '974123010',
        Multidoseapotek: 'morkved-legesenter',
        ...SWITCH,
        'Ny leverandør': 'ukjent',
        'Nytt system fra': '2026-06-01',
      },
      { ...PERSON, ID: 'ny person', 'HPR-nummer': '12', Tilhører: '' },
      { ...PERSON, ID: 'ny.koordinator', 'HPR-nummer': '', Rolle: 'Koordinator', Tilhører: 'cgm', 'E-post': 'nei' },
      { ...KOMMUNE, Kommunenr: '1804', Navn: 'Bodø', Helsefellesskap: 'lovesa' },
      { ...KOMMUNE, Kommunenr: '1804', Navn: 'Bodø', Helsefellesskap: 'lovesa' },
    );
    expect(problems).toEqual([]);
    const by: ActorRef = { username: 'admin', name: 'Lagspill drift', role: 'admin' };
    const plan = planDirectoryImport(new Directory(DEMO_DIRECTORY), file, by, '2026-06-01T10:00:00.000Z');
    const located = sheetProblemsOf(plan.problems).map(({ row, column }) => ({ row, column }));
    expect(located).toEqual(
      expect.arrayContaining([
        { row: 2, column: 'Kommunenr' },
        { row: 3, column: 'Helsefellesskap' },
        { row: 4, column: 'Løsningsfrist (timer)' },
        { row: 5, column: 'E-post' },
        { row: 5, column: 'Region' },
        { row: 6, column: 'Orgnr' },
        { row: 6, column: 'HER-id' },
        { row: 6, column: 'Leverandør' },
        { row: 6, column: 'System' },
        // The switch's day has come: its system is the one in use, and its faults are named in its columns.
        { row: 7, column: 'Ny leverandør' },
        { row: 7, column: 'Multidoseapotek' },
        { row: 8, column: 'ID' },
        { row: 8, column: 'HPR-nummer' },
        { row: 8, column: 'Tilhører' },
        { row: 9, column: 'Tilhører' },
        { row: 9, column: 'E-post' },
        { row: 11, column: 'Kommunenr' },
      ]),
    );
    expect(located.filter((p) => p.column === '')).toEqual([]);
  });
});

describe('sheetProblemsOf', () => {
  it("places each of the planner's problems in its row and column, keeping field, message, kind and id", () => {
    const problems: ImportProblem[] = [
      {
        kind: 'organisations',
        id: 'ny-org',
        row: 6,
        field: 'scheduledSystem.from',
        message: 'must be a day after today',
      },
      { kind: 'parties', id: 'cgm', row: 4, field: 'contactEmails[1]', message: 'must be an e-mail address' },
      { kind: 'people', id: 'lege.ny', field: 'organisation', message: 'must be an organisation in the directory' },
      { kind: 'municipalities', id: '1804', row: 3, field: 'nothing.here', message: 'is wrong' },
    ];
    expect(sheetProblemsOf(problems)).toStrictEqual([
      {
        row: 6,
        column: 'Nytt system fra',
        field: 'scheduledSystem.from',
        message: 'must be a day after today',
        kind: 'organisations',
        id: 'ny-org',
      },
      {
        row: 4,
        column: 'E-post',
        field: 'contactEmails[1]',
        message: 'must be an e-mail address',
        kind: 'parties',
        id: 'cgm',
      },
      {
        column: 'Tilhører',
        field: 'organisation',
        message: 'must be an organisation in the directory',
        kind: 'people',
        id: 'lege.ny',
      },
      { row: 3, column: '', field: 'nothing.here', message: 'is wrong', kind: 'municipalities', id: '1804' },
    ]);
  });

  it('gives no problems for none', () => {
    expect(sheetProblemsOf([])).toEqual([]);
  });
});

// Entries the demo directory lacks: deactivated ones, a scheduled system change, text that needs quoting or
// guarding against formulas, and an organisation with none of its optional fields.
const EXTRA: DirectoryData = {
  helsefellesskap: [{ id: 'oslo', name: 'Helsefellesskapet i Oslo; sentrum', hf: 'OUS', region: 'helse-sor-ost' }],
  municipalities: [{ number: '0301', name: 'Oslo', helsefellesskap: 'oslo' }],
  parties: [
    {
      id: 'aa-nedlagt',
      kind: 'vendor',
      name: 'Gammel "Journal" AS',
      products: [],
      contactEmails: [],
      serviceLevel: { firstResponseHours: 1, resolutionHours: 8784 },
      deactivatedAt: '2026-01-01T00:00:00.000Z',
    } satisfies Party,
  ],
  organisations: [
    {
      id: 'zz-ny-system',
      name: '=Legesenteret, Oslo',
      type: 'gp-office',
      orgnr: '974123010',
      herId: 2_147_483_647,
      municipality: '0301',
      system: { vendor: 'cgm', product: 'CGM Journal', integration: 'sfm-full' },
      multidoseMode: 'none',
      scheduledSystem: {
        system: { vendor: 'pridok', product: 'Pridok', version: '2026.3', integration: 'sfm-basis' },
        from: '2026-09-01',
      },
      contactEmails: ['post@oslo.example.no', 'resept@oslo.example.no'],
    } satisfies Organisation,
    {
      id: 'aa-nedlagt-kontor',
      name: 'Nedlagt\nkontor',
      type: 'home-care',
      orgnr: '974123029',
      herId: 1,
      municipality: '0301',
      system: { vendor: 'aa-nedlagt', product: 'Gammel', integration: 'own' },
      multidoseMode: 'unknown',
      deactivatedAt: '2026-02-01T00:00:00.000Z',
    } satisfies Organisation,
  ],
  people: [
    { username: '+Xk3/pseudonym=', name: 'Ola Nordmann', role: 'reporter', organisation: 'zz-ny-system' },
    {
      username: 'sluttet',
      name: 'Per Sluttet',
      role: 'responder',
      party: 'cgm',
      email: 'per@cgm.example.no',
      hprNumber: '9876543',
      deactivatedAt: '2026-03-01T00:00:00.000Z',
    } satisfies Person,
  ],
};
const DATA: DirectoryData = {
  helsefellesskap: [...DEMO_DIRECTORY.helsefellesskap, ...EXTRA.helsefellesskap],
  municipalities: [...DEMO_DIRECTORY.municipalities, ...EXTRA.municipalities],
  parties: [...DEMO_DIRECTORY.parties, ...EXTRA.parties],
  organisations: [...DEMO_DIRECTORY.organisations, ...EXTRA.organisations],
  people: [...DEMO_DIRECTORY.people, ...EXTRA.people],
};

const KEY: { [K in ImportKind]: (entry: DirectoryData[K][number]) => string } = {
  helsefellesskap: (h) => h.id,
  municipalities: (m) => m.number,
  parties: (p) => p.id,
  organisations: (o) => o.id,
  people: (p) => p.username,
};
const sortedBy = <T>(entries: readonly T[], key: (entry: T) => string) =>
  [...entries].sort((a, b) => (key(a) < key(b) ? -1 : 1));

/** What the sheet of a directory should read back as: its entries, in the export's order, without rows. */
function importOf(data: DirectoryData): DirectoryImportFile {
  const active = (entry: { deactivatedAt?: string }) => entry.deactivatedAt === undefined;
  return {
    helsefellesskap: sortedBy(data.helsefellesskap, KEY.helsefellesskap).map((entry) => ({ entry })),
    municipalities: sortedBy(data.municipalities, KEY.municipalities).map((entry) => ({ entry })),
    parties: sortedBy(data.parties, KEY.parties).map(({ deactivatedAt, ...entry }) => ({
      entry,
      active: active({ deactivatedAt }),
    })),
    organisations: sortedBy(data.organisations, KEY.organisations).map(({ deactivatedAt, ...entry }) => ({
      entry,
      active: active({ deactivatedAt }),
    })),
    people: sortedBy(data.people, KEY.people).map(({ deactivatedAt, ...entry }) => ({
      entry,
      active: active({ deactivatedAt }),
    })),
  };
}

/** The directory a read sheet describes, as far as the sheet tells it. */
function dataOf(file: DirectoryImportFile): DirectoryData {
  const deactivated = (active: boolean | undefined) =>
    active === false ? { deactivatedAt: '2026-01-01T00:00:00.000Z' } : {};
  return {
    helsefellesskap: file.helsefellesskap.map(({ entry }) => entry),
    municipalities: file.municipalities.map(({ entry }) => entry),
    parties: file.parties.map(({ entry, active }) => ({ ...entry, ...deactivated(active) })),
    organisations: file.organisations.map(({ entry, active }) => ({ ...entry, ...deactivated(active) })),
    people: file.people.map(({ entry, active }) => ({ ...entry, ...deactivated(active) })),
  };
}

const withoutRows = (file: DirectoryImportFile) =>
  Object.fromEntries(IMPORT_KINDS.map((kind) => [kind, file[kind].map(({ row: _row, ...entry }) => entry)]));

describe('writeDirectorySheet', () => {
  const sheet = writeDirectorySheet(DATA);
  const lines = sheet.slice(UTF8_BOM.length).split('\r\n');
  /** A row of the sheet as the export writes it, from its cells by heading. */
  const line = (row: Row) => writeCsv([SHEET_HEADINGS.map((heading) => row[heading] ?? '')]).slice(0, -2);

  it('writes a byte order mark and exactly the headings of the sheet, with CRLF line ends', () => {
    expect(sheet.startsWith(UTF8_BOM)).toBe(true);
    expect(lines[0]).toBe(
      'Oppføring;ID;Navn;Type;Region;Helseforetak;Helsefellesskap;Kommunenr;Orgnr;HER-id;Leverandør;System;Versjon;Integrasjon;Ny leverandør;Nytt system;Ny versjon;Ny integrasjon;Nytt system fra;Multidose;Multidoseapotek;Apotekkjede;Produkter;Svarfrist (timer);Løsningsfrist (timer);E-post;HPR-nummer;Rolle;Tilhører;Aktiv',
    );
    expect(sheet.endsWith('\r\n')).toBe(true);
  });

  it('writes the kinds in order, each sorted by its id, kommuner by number', () => {
    const rows = lines.slice(1, -1).map((text) => text.split(';'));
    const kinds = rows.map(([kind]) => kind);
    expect([...new Set(kinds)]).toEqual(['helsefellesskap', 'kommune', 'part', 'organisasjon', 'person']);
    for (const [kind, column] of [
      ['helsefellesskap', 1],
      ['kommune', 7],
      ['part', 1],
      ['organisasjon', 1],
      ['person', 1],
    ] as const) {
      const keys = rows.filter((row) => row[0] === kind).map((row) => row[column] ?? '');
      expect(keys).toEqual([...keys].sort());
      expect(keys).toHaveLength(new Set(keys).size);
    }
    expect(rows.find((row) => row[0] === 'kommune')?.[7]).toBe('0301');
  });

  it('writes each kind with its labels, lists and numbers, and Aktiv only for what can be deactivated', () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        line({
          Oppføring: 'helsefellesskap',
          ID: 'lovesa',
          Navn: 'Helsefellesskap Lofoten, Vesterålen og Salten',
          Region: 'helse-nord',
          Helseforetak: 'Nordlandssykehuset',
        }),
        line({ Oppføring: 'kommune', Navn: 'Bodø', Helsefellesskap: 'lovesa', Kommunenr: '1804' }),
        line({
          Oppføring: 'part',
          ID: 'nhn',
          Navn: 'Norsk helsenett – kundesenter',
          Type: 'Norsk helsenett',
          Produkter: 'Reseptformidleren, SFM, Kjernejournal, HelseID',
          'Svarfrist (timer)': '4',
          'Løsningsfrist (timer)': '72',
          'E-post': 'saker@nhn.example.no',
          Aktiv: 'ja',
        }),
        line({
          Oppføring: 'part',
          ID: 'arbeidsgruppe-nord',
          Navn: 'Regional arbeidsgruppe PLL i nord',
          Type: 'Arbeidsgruppe',
          Region: 'helse-nord',
          'Svarfrist (timer)': '48',
          'Løsningsfrist (timer)': '480',
          'E-post': 'saker@arbeidsgruppe-nord.example.no',
          Aktiv: 'ja',
        }),
        line({ ...ORGANISASJON, 'E-post': '' }),
        line({
          Oppføring: 'person',
          ID: 'admin',
          Navn: 'Lagspill drift',
          'E-post': 'drift@lagspill.example.no',
          Rolle: 'Administrator',
          Aktiv: 'ja',
        }),
        line({
          Oppføring: 'person',
          ID: 'epj.morkved',
          Navn: 'CGM Journal ved Mørkved',
          Rolle: 'System',
          Tilhører: 'morkved-legesenter',
          Aktiv: 'ja',
        }),
      ]),
    );
  });

  it('writes the system in use now and a scheduled switch, nei for what is deactivated, and guards formulas', () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        line({
          Oppføring: 'organisasjon',
          ID: 'zz-ny-system',
          Navn: "'=Legesenteret, Oslo",
          Type: 'Fastlegekontor',
          Kommunenr: '0301',
          Orgnr: '974123010',
          'HER-id': '2147483647',
          Leverandør: 'cgm',
          System: 'CGM Journal',
          Integrasjon: 'SFM Full',
          ...SWITCH,
          Multidose: 'Ingen',
          'E-post': 'post@oslo.example.no, resept@oslo.example.no',
          Aktiv: 'ja',
        }),
        line({
          Oppføring: 'part',
          ID: 'aa-nedlagt',
          Navn: 'Gammel "Journal" AS',
          Type: 'Leverandør',
          'Svarfrist (timer)': '1',
          'Løsningsfrist (timer)': '8784',
          Aktiv: 'nei',
        }),
        line({
          Oppføring: 'person',
          ID: 'sluttet',
          Navn: 'Per Sluttet',
          'E-post': 'per@cgm.example.no',
          'HPR-nummer': '9876543',
          Rolle: 'Saksbehandler',
          Tilhører: 'cgm',
          Aktiv: 'nei',
        }),
        line({
          Oppføring: 'person',
          ID: "'+Xk3/pseudonym=",
          Navn: 'Ola Nordmann',
          Rolle: 'Melder',
          Tilhører: 'zz-ny-system',
          Aktiv: 'ja',
        }),
      ]),
    );
    expect(lines).toContain('part;aa-nedlagt;"Gammel ""Journal"" AS";Leverandør;;;;;;;;;;;;;;;;;;;;1;8784;;;;;nei');
    expect(sheet).toContain('organisasjon;aa-nedlagt-kontor;"Nedlagt\nkontor";Hjemmetjeneste;');
  });

  it('writes nothing but the headings for an empty directory', () => {
    const empty = { helsefellesskap: [], municipalities: [], parties: [], organisations: [], people: [] };
    expect(writeDirectorySheet(empty)).toBe(`${UTF8_BOM}${SHEET_HEADINGS.join(';')}\r\n`);
  });

  describe('round trip', () => {
    const encodings: [string, (text: string) => Uint8Array][] = [
      ['UTF-8 with a byte order mark', utf8],
      ['Windows-1252', (text) => windows1252(text.slice(UTF8_BOM.length))],
    ];

    it.each(encodings)('reads back, from %s, the entries it was given', (_name, encode) => {
      const { file, problems } = readDirectorySheet(encode(sheet));
      expect(problems).toEqual([]);
      expect(withoutRows(file)).toEqual(importOf(DATA));
    });

    it.each(encodings)('writes a sheet read from %s as the very same text', (_name, encode) => {
      const { file } = readDirectorySheet(encode(sheet));
      expect(writeDirectorySheet(dataOf(file))).toBe(sheet);
    });

    it('plans no change when the directory it came from imports it', () => {
      const directory = new Directory(DEMO_DIRECTORY);
      const { file } = readDirectorySheet(utf8(writeDirectorySheet(DEMO_DIRECTORY)));
      const by: ActorRef = { username: 'admin', name: 'Lagspill drift', role: 'admin' };
      const plan = planDirectoryImport(directory, file, by, '2026-06-01T10:00:00.000Z');
      expect(plan.problems).toEqual([]);
      expect(plan.events).toEqual([]);
      expect(new Set(plan.entries.map((e) => e.outcome))).toEqual(new Set(['unchanged']));
    });

    it('plans no change for an organisation with a switch still ahead, and keeps the switch', () => {
      const switching = EXTRA.organisations.find((o) => o.scheduledSystem !== undefined);
      if (switching === undefined) throw new Error('EXTRA has an organisation with a scheduled switch');
      const withOslo: DirectoryData = {
        ...DEMO_DIRECTORY,
        helsefellesskap: [...DEMO_DIRECTORY.helsefellesskap, ...EXTRA.helsefellesskap],
        municipalities: [...DEMO_DIRECTORY.municipalities, ...EXTRA.municipalities],
        organisations: [...DEMO_DIRECTORY.organisations, switching],
      };
      const { file, problems } = readDirectorySheet(utf8(writeDirectorySheet(withOslo)));
      expect(problems).toEqual([]);
      expect(file.organisations.find((o) => o.entry.id === switching.id)?.entry).toEqual(switching);
      const by: ActorRef = { username: 'admin', name: 'Lagspill drift', role: 'admin' };
      const plan = planDirectoryImport(new Directory(withOslo), file, by, '2026-06-01T10:00:00.000Z');
      expect(plan.problems).toEqual([]);
      expect(plan.events).toEqual([]);
    });

    it('plans the whole directory when an empty one imports it', () => {
      const { file } = readDirectorySheet(utf8(writeDirectorySheet(DEMO_DIRECTORY)));
      const by: ActorRef = { username: 'admin', name: 'Lagspill drift', role: 'admin' };
      const plan = planDirectoryImport(Directory.empty(), file, by, '2026-06-01T10:00:00.000Z');
      expect(plan.problems).toEqual([]);
      expect(plan.entries.every((e) => e.outcome === 'added')).toBe(true);
      expect(plan.entries).toHaveLength(IMPORT_KINDS.reduce((sum, kind) => sum + DEMO_DIRECTORY[kind].length, 0));
    });
  });
});
