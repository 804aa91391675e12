import {
  CASE_STATUS_LABELS,
  DEVIATION_CHANNEL_LABELS,
  DEVIATION_STATUS_LABELS,
  FRAGMENTED_LIST_LABEL,
  HARM_LABELS,
  isOverdue,
  type CaseView,
} from '@lagspill/contracts';
import { guardFormula, UTF8_BOM, writeCsv } from '@lagspill/directory';
import {
  findCategory,
  findSubcategory,
  MULTIDOSE_MODE_LABELS,
  ORGANISATION_TYPE_LABELS,
  type Directory,
} from '@lagspill/domain';
import { osloDateTime } from './oslo-date-time';

/** What a row needs beside the case view: names from the directory, and the time the export is made. */
export interface CaseCsvContext {
  readonly directory: Directory;
  readonly now: Date;
}

type Column = readonly [heading: string, cell: (view: CaseView, context: CaseCsvContext) => string];

const yesNo = (value: boolean) => (value ? 'ja' : 'nei');
const time = (instant: string | undefined) => (instant === undefined ? '' : osloDateTime(instant));
const labelOf = (labels: Readonly<Record<string, string>>, code: string) => labels[code] ?? code;

/** A party's name, or an organisation's where a case is with one (`organisation:<id>`); else the id. */
const holderName = (id: string, directory: Directory): string => directory.findHolder(id)?.name ?? id;

/**
 * The columns of the export, Norwegian headings in the order of the case view. Every cell comes from the
 * view the caller would get of the case (CasePresenter): the text is screened exactly as they see it.
 */
const COLUMNS: readonly Column[] = [
  ['Referanse', (v) => v.reference],
  ['Tittel', (v) => v.title],
  ['Status', (v) => labelOf(CASE_STATUS_LABELS, v.status)],
  ['Kategori', (v) => findCategory(v.category)?.label ?? v.category],
  ['Underkategori', (v) => findSubcategory(v.category, v.subcategory)?.label ?? v.subcategory],
  ['Hos', (v, c) => (v.routedTo ? holderName(v.routedTo.party, c.directory) : '')],
  ['Hos siden', (v) => time(v.routedTo?.since)],
  ['Frist', (v) => time(v.routedTo?.dueAt)],
  ['Over fristen', (v, c) => (v.routedTo ? yesNo(isOverdue(v, c.now.getTime())) : '')],
  ['Fristbrudd', (v) => String(v.slaBreaches.length)],
  ['Meldt', (v) => time(v.reportedAt)],
  ['Hendelsestidspunkt', (v) => time(v.occurredAt)],
  ['Sist endret', (v) => time(v.updatedAt)],
  ['Meldt av', (v) => v.reporter.name],
  ['Virksomhet', (v) => v.reporter.organisation.name],
  ['Virksomhetstype', (v) => labelOf(ORGANISATION_TYPE_LABELS, v.reporter.organisation.type)],
  ['Kommune', (v) => v.reporter.organisation.municipality],
  [
    'Helsefellesskap',
    (v, c) =>
      c.directory.findHelsefellesskap(v.reporter.organisation.helsefellesskap)?.name ??
      v.reporter.organisation.helsefellesskap,
  ],
  ['Leverandør', (v, c) => holderName(v.system.vendor, c.directory)],
  ['Produkt', (v) => v.system.product],
  ['Versjon', (v) => v.system.version ?? ''],
  ['Multidose', (v) => labelOf(MULTIDOSE_MODE_LABELS, v.multidoseMode)],
  ['Skadegrad', (v) => labelOf(HARM_LABELS, v.harm)],
  ['Flere pasienter', (v) => yesNo(v.scope.multiplePatients)],
  ['Flere virksomheter', (v) => yesNo(v.scope.multipleOrganisations)],
  ['Gjelder virksomhet', (v) => v.concerns?.name ?? ''],
  [FRAGMENTED_LIST_LABEL, (v) => yesNo(v.fragmentedList)],
  ['Meldeplikt', (v) => (v.deviationNotice ? labelOf(DEVIATION_STATUS_LABELS, v.deviationNotice.status) : '')],
  [
    'Meldt til',
    (v) => (v.deviationNotice?.channel ? labelOf(DEVIATION_CHANNEL_LABELS, v.deviationNotice.channel) : ''),
  ],
  ['TraceID / Feil-ID', (v) => v.technical.traceId ?? ''],
  ['MessageID', (v) => v.technical.messageId ?? ''],
  ['ReseptID', (v) => v.technical.reseptId ?? ''],
  ['Beskrivelse', (v) => v.description],
  ['Skjulte identitetsnumre', (v) => String(v.piiRedacted)],
];

/** The headings of the export, in column order. */
export const CASE_CSV_HEADINGS: readonly string[] = COLUMNS.map(([heading]) => heading);

/** One record per case, every cell guarded against being run as a formula by a spreadsheet. */
export function caseCsvRecords(views: readonly CaseView[], context: CaseCsvContext): string[][] {
  return views.map((view) => COLUMNS.map(([, cell]) => guardFormula(cell(view, context))));
}

/**
 * The file Norwegian Excel opens as it is: UTF-8 with a byte order mark, `;` between fields, CRLF after
 * every record, the headings first (directory's CSV writer, the one the directory sheet uses).
 */
export function caseCsvFile(records: readonly (readonly string[])[]): string {
  return UTF8_BOM + writeCsv([CASE_CSV_HEADINGS, ...records]);
}
