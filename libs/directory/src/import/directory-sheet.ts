import {
  IMPORT_KINDS,
  ORGANISATION_TYPE_LABELS,
  type DirectoryData,
  type ImportKind,
  type ImportProblem,
  type NewOrganisation,
  type NewParty,
  type NewPerson,
  type Organisation,
  type Role,
  type ScheduledSystem,
} from '@lagspill/domain';
import {
  CsvSyntaxError,
  decodeCsvBytes,
  guardFormula,
  parseCsv,
  unguardFormula,
  UTF8_BOM,
  writeCsv,
  type CsvRecord,
} from './csv';
import {
  ACTIVE_LABELS,
  codeOfLabel,
  ENTRY_KIND_LABELS,
  INTEGRATION_LABELS,
  MULTIDOSE_MODE_LABELS,
  PARTY_KIND_LABELS,
  ROLE_LABELS,
} from './directory-labels';
import {
  emptyImportLists,
  optionalField,
  type DirectoryImportFile,
  type ImportEntryOf,
  type ImportLists,
} from './import-file';

/**
 * The directory as one spreadsheet: every kind of entry in one wide sheet, one entry per row, the kind in
 * `Oppføring`. The export writes these headings in this order; the import takes them in any order and case.
 */
export const SHEET_HEADINGS = [
  'Oppføring',
  'ID',
  'Navn',
  'Type',
  'Region',
  'Helseforetak',
  'Helsefellesskap',
  'Kommunenr',
  'Orgnr',
  'HER-id',
  'Leverandør',
  'System',
  'Versjon',
  'Integrasjon',
  'Ny leverandør',
  'Nytt system',
  'Ny versjon',
  'Ny integrasjon',
  'Nytt system fra',
  'Multidose',
  'Multidoseapotek',
  'Apotekkjede',
  'Produkter',
  'Svarfrist (timer)',
  'Løsningsfrist (timer)',
  'E-post',
  'HPR-nummer',
  'Rolle',
  'Tilhører',
  'Aktiv',
] as const;
export type SheetHeading = (typeof SHEET_HEADINGS)[number];

/** A cell of the sheet that cannot be turned into an entry: its row, its heading ('' for the whole row) and why. */
export interface SheetProblem {
  readonly row: number;
  readonly column: string;
  readonly message: string;
}

type SheetCells = Partial<Record<SheetHeading, string>>;

const LIST_SEPARATOR = ', ';
// Outlook separates addresses with `;`, and no address holds either sign.
const EMAIL_SEPARATORS = /[,;]/;

/** How one kind of entry sits in the sheet. */
interface KindSheet<K extends ImportKind> {
  /**
   * The heading of each field, by its path as the domain's rules name it (a problem's `field`, without list
   * indices); `active` is the Aktiv column. The kind uses these columns and no others.
   */
  readonly columns: Readonly<Record<string, SheetHeading>>;
  /** What the export sorts the kind's rows by. */
  readonly key: (entry: DirectoryData[K][number]) => string;
  readonly write: (entry: DirectoryData[K][number]) => SheetCells;
  /** The entry of a row, without its row number and Aktiv; undefined when a cell it needs cannot be read. */
  readonly read: (cells: RowReader) => Omit<ImportEntryOf<K>, 'row' | 'active'> | undefined;
}

const SHEET: { readonly [K in ImportKind]: KindSheet<K> } = {
  helsefellesskap: {
    columns: { id: 'ID', name: 'Navn', hf: 'Helseforetak', region: 'Region' },
    key: (h) => h.id,
    write: (h) => ({ ID: h.id, Navn: h.name, Helseforetak: h.hf, Region: h.region }),
    read: (cells) => ({
      entry: {
        id: cells.text('ID'),
        name: cells.text('Navn'),
        hf: cells.text('Helseforetak'),
        region: cells.text('Region'),
      },
    }),
  },
  municipalities: {
    columns: { number: 'Kommunenr', name: 'Navn', helsefellesskap: 'Helsefellesskap' },
    key: (m) => m.number,
    write: (m) => ({ Kommunenr: m.number, Navn: m.name, Helsefellesskap: m.helsefellesskap }),
    read: (cells) => ({
      entry: {
        number: cells.municipality('Kommunenr'),
        name: cells.text('Navn'),
        helsefellesskap: cells.text('Helsefellesskap'),
      },
    }),
  },
  parties: {
    columns: {
      id: 'ID',
      name: 'Navn',
      kind: 'Type',
      region: 'Region',
      products: 'Produkter',
      contactEmails: 'E-post',
      serviceLevel: 'Svarfrist (timer)',
      'serviceLevel.firstResponseHours': 'Svarfrist (timer)',
      'serviceLevel.resolutionHours': 'Løsningsfrist (timer)',
      active: 'Aktiv',
    },
    key: (p) => p.id,
    write: (p) => ({
      ID: p.id,
      Navn: p.name,
      Type: PARTY_KIND_LABELS[p.kind],
      Region: p.region,
      Produkter: p.products.join(LIST_SEPARATOR),
      'Svarfrist (timer)': String(p.serviceLevel.firstResponseHours),
      'Løsningsfrist (timer)': String(p.serviceLevel.resolutionHours),
      'E-post': p.contactEmails.join(LIST_SEPARATOR),
      Aktiv: activeLabel(p),
    }),
    read: readParty,
  },
  organisations: {
    columns: {
      id: 'ID',
      name: 'Navn',
      type: 'Type',
      orgnr: 'Orgnr',
      herId: 'HER-id',
      municipality: 'Kommunenr',
      system: 'System',
      'system.vendor': 'Leverandør',
      'system.product': 'System',
      'system.version': 'Versjon',
      'system.integration': 'Integrasjon',
      scheduledSystem: 'Nytt system',
      'scheduledSystem.system.vendor': 'Ny leverandør',
      'scheduledSystem.system.product': 'Nytt system',
      'scheduledSystem.system.version': 'Ny versjon',
      'scheduledSystem.system.integration': 'Ny integrasjon',
      'scheduledSystem.from': 'Nytt system fra',
      multidoseMode: 'Multidose',
      multidosePharmacy: 'Multidoseapotek',
      pharmacyChain: 'Apotekkjede',
      contactEmails: 'E-post',
      active: 'Aktiv',
    },
    key: (o) => o.id,
    write: writeOrganisation,
    read: readOrganisation,
  },
  people: {
    columns: {
      username: 'ID',
      name: 'Navn',
      hprNumber: 'HPR-nummer',
      email: 'E-post',
      role: 'Rolle',
      organisation: 'Tilhører',
      party: 'Tilhører',
      active: 'Aktiv',
    },
    key: (p) => p.username,
    write: (p) => ({
      ID: p.username,
      Navn: p.name,
      'HPR-nummer': p.hprNumber,
      'E-post': p.email,
      Rolle: ROLE_LABELS[p.role],
      Tilhører: p.organisation ?? p.party,
      Aktiv: activeLabel(p),
    }),
    read: readPerson,
  },
};

/** Whether the kind's rows have a value in the column: the kind's own columns, and `Oppføring`. */
function uses(kind: ImportKind, heading: SheetHeading): boolean {
  return heading === 'Oppføring' || Object.values(SHEET[kind].columns).includes(heading);
}

/** Who acts for what, by role: the column Tilhører names an organisation or a party, or must stay empty. */
const AFFILIATION_OF_ROLE: Readonly<Record<Role, 'organisation' | 'party' | undefined>> = {
  reporter: 'organisation',
  system: 'organisation',
  responder: 'party',
  coordinator: 'party',
  admin: undefined,
};

/**
 * The heading of the column that holds a field of an entry, by the field's path as the domain's rules
 * report it (`orgnr`, `system.vendor`, `contactEmails[2]`, `serviceLevel.firstResponseHours`, …), so that
 * problems planDirectoryImport finds in a sheet's entries can name row and column. '' for a field the
 * sheet has no column for.
 */
export function columnOf(kind: ImportKind, field: string): string {
  const path = field.replace(/\[\d+\]/g, '');
  return headingOf(kind, path) ?? headingOf(kind, path.split('.')[0]) ?? '';
}

function headingOf(kind: ImportKind, path: string): SheetHeading | undefined {
  const { columns } = SHEET[kind];
  return Object.hasOwn(columns, path) ? columns[path] : undefined;
}

/** A problem planDirectoryImport found in a sheet's entries, with the row and column it sits in. */
export interface SheetImportProblem {
  /** The line of the sheet, heading included; absent for an entry that did not come from a sheet. */
  readonly row?: number;
  /** The heading of the column (columnOf); '' for a field the sheet has no column for. */
  readonly column: string;
  readonly field: string;
  readonly message: string;
  readonly kind: ImportKind;
  readonly id: string;
}

/** The domain planner's problems, each placed in its row and column of the sheet (see columnOf). */
export function sheetProblemsOf(problems: readonly ImportProblem[]): SheetImportProblem[] {
  return problems.map(({ kind, id, row, field, message }) => ({
    ...optionalField('row', row),
    column: columnOf(kind, field),
    field,
    message,
    kind,
    id,
  }));
}

/**
 * The entries of a directory sheet (CSV, UTF-8 or Windows-1252, see parseCsv), and every cell that cannot
 * be turned into one; a row with such a cell is left out. Cells are trimmed, and an empty optional cell
 * leaves its field out. What the entries must hold beyond that is for planDirectoryImport to say.
 */
export function readDirectorySheet(bytes: Uint8Array): { file: DirectoryImportFile; problems: SheetProblem[] } {
  const lists = emptyImportLists();
  let records: CsvRecord[];
  try {
    records = parseCsv(decodeCsvBytes(bytes).text);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    return { file: lists, problems: [{ row: error.line, column: '', message: error.message }] };
  }
  const [header, ...rows] = records;
  if (header === undefined) {
    return {
      file: lists,
      problems: [{ row: 1, column: '', message: 'the file is empty: its first line must hold the headings' }],
    };
  }
  const problems: SheetProblem[] = [];
  const sheet: SheetContext = { ...readHeadings(header, problems), lists, problems, missing: new Map() };
  if (!sheet.columns.has('Oppføring')) return { file: lists, problems };
  for (const record of rows) readRow(record, sheet);
  for (const [heading, kinds] of sheet.missing) {
    problems.push({ row: header.line, column: heading, message: `is missing: ${[...kinds].join(', ')} rows need it` });
  }
  return { file: lists, problems: problems.sort(byPlace) };
}

interface SheetContext {
  /** Where each known heading is. */
  readonly columns: ReadonlyMap<SheetHeading, number>;
  /** Columns with a heading, known or not: a value under no heading at all is a problem of its row. */
  readonly named: ReadonlySet<number>;
  readonly lists: ImportLists;
  readonly problems: SheetProblem[];
  /** Headings the sheet lacks, with the kinds of the rows that need them. */
  readonly missing: Map<SheetHeading, Set<string>>;
}

function readRow(record: CsvRecord, sheet: SheetContext): void {
  const cells = new Map(
    [...sheet.columns].map(
      ([heading, index]) => [heading, unguardFormula((record.cells[index] ?? '').trim())] as const,
    ),
  );
  const reader = new RowReader(record.line, cells, sheet.problems);
  record.cells.forEach((value, index) => {
    if (!sheet.named.has(index) && value.trim() !== '') {
      reader.problem('', `has a value in column ${columnName(index)}, which has no heading`);
    }
  });
  const kind = reader.label('Oppføring', ENTRY_KIND_LABELS);
  if (kind === undefined) return;
  for (const [heading, value] of cells) {
    if (value !== '' && !uses(kind, heading)) {
      reader.problem(heading, `is not used by ${ENTRY_KIND_LABELS[kind]} rows, only by ${usersOf(heading)} rows`);
    }
  }
  readEntry(kind, reader, record.line, sheet.lists);
  for (const heading of reader.missing) {
    sheet.missing.set(heading, (sheet.missing.get(heading) ?? new Set()).add(ENTRY_KIND_LABELS[kind]));
  }
}

function readHeadings(header: CsvRecord, problems: SheetProblem[]): Pick<SheetContext, 'columns' | 'named'> {
  const byName = new Map(SHEET_HEADINGS.map((heading) => [heading.toLowerCase(), heading]));
  const columns = new Map<SheetHeading, number>();
  const named = new Set<number>();
  header.cells.forEach((cell, index) => {
    const text = cell.trim();
    if (text === '') return;
    named.add(index);
    const heading = byName.get(text.toLowerCase());
    if (heading === undefined) {
      problems.push({ row: header.line, column: text, message: 'is not a column of the directory sheet' });
    } else if (columns.has(heading)) {
      problems.push({ row: header.line, column: heading, message: 'is there twice' });
    } else {
      columns.set(heading, index);
    }
  });
  if (!columns.has('Oppføring')) {
    problems.push({ row: header.line, column: 'Oppføring', message: 'is missing: it says what each row holds' });
  }
  return { columns, named };
}

function readEntry<K extends ImportKind>(kind: K, cells: RowReader, row: number, lists: ImportLists): void {
  const read = SHEET[kind].read(cells);
  const active = uses(kind, 'Aktiv') ? { active: cells.active() } : {};
  if (read !== undefined && !cells.failed) lists[kind].push({ ...read, row, ...active } as ImportEntryOf<K>);
}

function usersOf(heading: SheetHeading): string {
  return IMPORT_KINDS.filter((kind) => uses(kind, heading))
    .map((kind) => ENTRY_KIND_LABELS[kind])
    .join(', ');
}

/** The spreadsheet's name for a column: A, B, …, Z, AA, AB, … */
function columnName(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  }
  return name;
}

/** By row, and within a row by the column's place in the sheet (row-level problems first). */
function byPlace(a: SheetProblem, b: SheetProblem): number {
  const place = (column: string) => SHEET_HEADINGS.indexOf(column as SheetHeading);
  return a.row - b.row || place(a.column) - place(b.column);
}

/** The cells of one row by heading; notes each cell it cannot turn into a value, and each heading it misses. */
class RowReader {
  /** True once a cell could not be read: the row gives no entry. */
  failed = false;
  /** Headings the row's kind needs that the sheet lacks. */
  readonly missing: SheetHeading[] = [];

  constructor(
    private readonly line: number,
    /** Trimmed; no key for a heading the sheet lacks. */
    private readonly cells: ReadonlyMap<SheetHeading, string>,
    private readonly problems: SheetProblem[],
  ) {}

  problem(column: SheetHeading | '', message: string): void {
    this.failed = true;
    this.problems.push({ row: this.line, column, message });
  }

  /** A cell the entry needs: '' when empty, for the domain's rules to say what belongs there. */
  text(heading: SheetHeading): string {
    return this.required(heading) ?? '';
  }

  /** Undefined when empty or when the sheet has no such column. */
  optional(heading: SheetHeading): string | undefined {
    const value = this.cells.get(heading);
    return value === '' ? undefined : value;
  }

  municipality(heading: SheetHeading): string {
    const number = this.text(heading);
    // Excel takes kommunenummer 0301 for the number 301, shows it so and saves it so.
    return /^\d{3}$/.test(number) ? `0${number}` : number;
  }

  whole(heading: SheetHeading): number | undefined {
    const value = this.required(heading);
    if (value === undefined) return undefined;
    if (/^-?\d+$/.test(value)) return Number(value);
    this.problem(
      heading,
      value === '' ? 'must be filled in: a whole number' : `must be a whole number; ${value} is not`,
    );
    return undefined;
  }

  label<T extends string>(heading: SheetHeading, labels: Readonly<Record<T, string>>): T | undefined {
    const value = this.required(heading);
    if (value === undefined) return undefined;
    const code = codeOfLabel(labels, value);
    if (code === undefined) {
      const allowed = `must be one of ${Object.values<string>(labels).join(', ')}`;
      this.problem(heading, value === '' ? allowed : `${allowed}; ${value} is not`);
    }
    return code;
  }

  /** Comma-separated values, each trimmed, empty ones left out. */
  list(heading: SheetHeading, separator: RegExp): string[] {
    return (this.optional(heading) ?? '')
      .split(separator)
      .map((value) => value.trim())
      .filter((value) => value !== '');
  }

  date(heading: SheetHeading): string | undefined {
    const value = this.optional(heading);
    if (value !== undefined && !isDate(value)) this.problem(heading, `must be a date (YYYY-MM-DD); ${value} is not`);
    return value;
  }

  /** Aktiv: `ja` (or empty) or `nei`. */
  active(): boolean {
    const value = this.optional('Aktiv');
    const code = value === undefined ? 'true' : codeOfLabel(ACTIVE_LABELS, value);
    if (code === undefined)
      this.problem('Aktiv', `must be ${ACTIVE_LABELS.true} or ${ACTIVE_LABELS.false}; ${value} is not`);
    return code !== 'false';
  }

  private required(heading: SheetHeading): string | undefined {
    const value = this.cells.get(heading);
    if (value === undefined) {
      this.failed = true;
      this.missing.push(heading);
    }
    return value;
  }
}

function isDate(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

function readParty(cells: RowReader): { entry: NewParty } | undefined {
  const id = cells.text('ID');
  const kind = cells.label('Type', PARTY_KIND_LABELS);
  const name = cells.text('Navn');
  const products = cells.list('Produkter', /,/);
  const region = cells.optional('Region');
  const contactEmails = cells.list('E-post', EMAIL_SEPARATORS);
  const firstResponseHours = cells.whole('Svarfrist (timer)');
  const resolutionHours = cells.whole('Løsningsfrist (timer)');
  if (kind === undefined || firstResponseHours === undefined || resolutionHours === undefined) return undefined;
  return {
    entry: {
      id,
      kind,
      name,
      products,
      ...optionalField('region', region),
      contactEmails,
      serviceLevel: { firstResponseHours, resolutionHours },
    },
  };
}

function readOrganisation(cells: RowReader): { entry: NewOrganisation } | undefined {
  const id = cells.text('ID');
  const name = cells.text('Navn');
  const type = cells.label('Type', ORGANISATION_TYPE_LABELS);
  const orgnr = cells.text('Orgnr');
  const herId = cells.whole('HER-id');
  const municipality = cells.municipality('Kommunenr');
  const vendor = cells.text('Leverandør');
  const product = cells.text('System');
  const version = cells.optional('Versjon');
  const integration = cells.label('Integrasjon', INTEGRATION_LABELS);
  const scheduledSystem = readScheduledSystem(cells);
  const multidoseMode = cells.label('Multidose', MULTIDOSE_MODE_LABELS);
  const pharmacyChain = cells.optional('Apotekkjede');
  const multidosePharmacy = cells.optional('Multidoseapotek');
  const contactEmails = cells.list('E-post', EMAIL_SEPARATORS);
  if (type === undefined || herId === undefined || integration === undefined || multidoseMode === undefined)
    return undefined;
  return {
    entry: {
      id,
      name,
      type,
      orgnr,
      herId,
      municipality,
      // In the domain's order of keys: the decider compares systems as JSON.
      system: { vendor, product, ...optionalField('version', version), integration },
      multidoseMode,
      ...optionalField('pharmacyChain', pharmacyChain),
      ...optionalField('multidosePharmacy', multidosePharmacy),
      ...optionalField('contactEmails', contactEmails.length > 0 ? contactEmails : undefined),
      ...optionalField('scheduledSystem', scheduledSystem),
    },
  };
}

/** The columns of an organisation's scheduled switch of system: all empty (or absent) for none. */
const SCHEDULED_SYSTEM_HEADINGS = [
  'Ny leverandør',
  'Nytt system',
  'Ny versjon',
  'Ny integrasjon',
  'Nytt system fra',
] as const satisfies readonly SheetHeading[];
/** Those a switch must fill in; Ny versjon is optional like Versjon. */
const SCHEDULED_SYSTEM_NEEDS = ['Ny leverandør', 'Nytt system', 'Ny integrasjon', 'Nytt system fra'] as const;

/** The switch the row schedules, if it fills in any of its columns; undefined when none or a cell is wrong. */
function readScheduledSystem(cells: RowReader): ScheduledSystem | undefined {
  if (SCHEDULED_SYSTEM_HEADINGS.every((heading) => cells.optional(heading) === undefined)) return undefined;
  for (const heading of SCHEDULED_SYSTEM_NEEDS) {
    if (cells.optional(heading) === undefined) {
      cells.problem(heading, `must be filled in: a new system needs ${SCHEDULED_SYSTEM_NEEDS.join(', ')}`);
    }
  }
  const vendor = cells.optional('Ny leverandør');
  const product = cells.optional('Nytt system');
  const version = cells.optional('Ny versjon');
  const integration =
    cells.optional('Ny integrasjon') === undefined ? undefined : cells.label('Ny integrasjon', INTEGRATION_LABELS);
  const from = cells.date('Nytt system fra');
  if (vendor === undefined || product === undefined || integration === undefined || from === undefined) {
    return undefined;
  }
  return { system: { vendor, product, ...optionalField('version', version), integration }, from };
}

function readPerson(cells: RowReader): { entry: NewPerson } | undefined {
  const username = cells.text('ID');
  const hprNumber = cells.optional('HPR-nummer');
  const name = cells.text('Navn');
  const role = cells.label('Rolle', ROLE_LABELS);
  const actsFor = cells.optional('Tilhører');
  const email = cells.optional('E-post');
  if (role === undefined) return undefined;
  const affiliation = AFFILIATION_OF_ROLE[role];
  if (affiliation === undefined && actsFor !== undefined) {
    cells.problem('Tilhører', `must be empty for ${ROLE_LABELS[role]}: it acts for no organisation or party`);
    return undefined;
  }
  return {
    entry: {
      username,
      ...optionalField('hprNumber', hprNumber),
      name,
      role,
      ...(affiliation === undefined ? {} : optionalField(affiliation, actsFor)),
      ...optionalField('email', email),
    },
  };
}

/**
 * The directory as a sheet for Excel (UTF-8 with a byte order mark): helsefellesskap, kommuner, parties,
 * organisations, people, each sorted by its id (kommuner by number). An organisation's Leverandør, System,
 * Versjon and Integrasjon are the system it runs now (`system`); a scheduled switch of system goes in Ny
 * leverandør, Nytt system, Ny versjon, Ny integrasjon and Nytt system fra. Aktiv is `nei` for a deactivated
 * entry, `ja` for others, and empty for the kinds that cannot be deactivated.
 */
export function writeDirectorySheet(data: DirectoryData): string {
  const rows = IMPORT_KINDS.flatMap((kind) => rowsOf(kind, data[kind]));
  return UTF8_BOM + writeCsv([SHEET_HEADINGS, ...rows].map((cells) => cells.map(guardFormula)));
}

function rowsOf<K extends ImportKind>(kind: K, entries: DirectoryData[K]): string[][] {
  const { key, write } = SHEET[kind];
  const sorted = [...entries].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return sorted.map((entry) => {
    const cells: SheetCells = { Oppføring: ENTRY_KIND_LABELS[kind], ...write(entry) };
    return SHEET_HEADINGS.map((heading) => cells[heading] ?? '');
  });
}

function writeOrganisation(o: Organisation): SheetCells {
  const { system, scheduledSystem: scheduled } = o;
  return {
    ID: o.id,
    Navn: o.name,
    Type: ORGANISATION_TYPE_LABELS[o.type],
    Kommunenr: o.municipality,
    Orgnr: o.orgnr,
    'HER-id': String(o.herId),
    Leverandør: system.vendor,
    System: system.product,
    Versjon: system.version,
    Integrasjon: INTEGRATION_LABELS[system.integration],
    'Ny leverandør': scheduled?.system.vendor,
    'Nytt system': scheduled?.system.product,
    'Ny versjon': scheduled?.system.version,
    'Ny integrasjon': scheduled === undefined ? undefined : INTEGRATION_LABELS[scheduled.system.integration],
    'Nytt system fra': scheduled?.from,
    Multidose: MULTIDOSE_MODE_LABELS[o.multidoseMode],
    Multidoseapotek: o.multidosePharmacy,
    Apotekkjede: o.pharmacyChain,
    'E-post': o.contactEmails?.join(LIST_SEPARATOR),
    Aktiv: activeLabel(o),
  };
}

function activeLabel(entry: { readonly deactivatedAt?: string }): string {
  return ACTIVE_LABELS[entry.deactivatedAt === undefined ? 'true' : 'false'];
}
