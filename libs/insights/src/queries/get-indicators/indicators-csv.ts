import type { IndicatorRow, IndicatorTable } from '@lagspill/contracts';
import { csvField } from './csv-field';

/** Columns of the CSV export: Norwegian headings, in the order of the JSON rows. */
const COLUMNS: readonly [string, (row: IndicatorRow) => string | number | boolean | null][] = [
  ['Fra', (r) => r.start.slice(0, 10)],
  ['Til', (r) => r.end.slice(0, 10)],
  ['Gruppe', (r) => r.group],
  ['Navn', (r) => r.label],
  ['Skjult (personvern)', (r) => (r.suppressed ? 'ja' : 'nei')],
  ['Saker', (r) => r.cases],
  ['Meldt', (r) => r.reported],
  ['Løst', (r) => r.resolved],
  ['Åpne ved slutt', (r) => r.open],
  ['Alder åpne p50 (timer)', (r) => r.backlogAgeP50Hours],
  ['Alder åpne p90 (timer)', (r) => r.backlogAgeP90Hours],
  ['Første svar p50 (timer)', (r) => r.firstResponseP50Hours],
  ['Første svar p90 (timer)', (r) => r.firstResponseP90Hours],
  ['Løsningstid p50 (timer)', (r) => r.resolutionP50Hours],
  ['Løsningstid p90 (timer)', (r) => r.resolutionP90Hours],
  ['Fristbrudd', (r) => r.slaBreached],
  ['Gjenåpnet', (r) => r.reopened],
  ['Andel papirmultidose', (r) => r.paperMultidoseShare],
  ['Andel flere pasienter', (r) => r.multiplePatientsShare],
  ['Andel både papir og eMD', (r) => r.bothMultidoseShare],
  ['Dobbeltregistrering/fragmentert liste', (r) => r.fragmentedList],
  ['Andel dobbeltregistrering/fragmentert liste', (r) => r.fragmentedListShare],
  ['Skade utover nestenhendelse', (r) => r.harmful],
  ['Herav meldt uønsket hendelse', (r) => r.harmfulNotified],
  ['Herav vil melde', (r) => r.harmfulWillNotify],
  ['Herav ikke meldt', (r) => r.harmfulNotNotified],
  ['Herav ikke oppgitt', (r) => r.harmfulNotStated],
];

const BOM = '\uFEFF';

/**
 * The table as CSV that Norwegian Excel opens as it is: UTF-8 with a byte order mark, semicolons
 * between fields, decimal commas, CRLF line ends, fields quoted when they need it, and no text a
 * spreadsheet would run as a formula (csv-field.ts).
 */
export function indicatorsCsv(table: IndicatorTable): string {
  const lines = [COLUMNS.map(([heading]) => csvField(heading))];
  for (const row of table.rows) lines.push(COLUMNS.map(([, value]) => csvField(value(row))));
  return BOM + lines.map((cells) => cells.join(';')).join('\r\n') + '\r\n';
}
