import type { CaseView } from '@lagspill/contracts';
import { DEMO_DIRECTORY, parseCsv } from '@lagspill/directory';
import { Directory } from '@lagspill/domain';
import { CASE_CSV_HEADINGS, caseCsvFile, caseCsvRecords, type CaseCsvContext } from './case-csv';

const directory = new Directory(DEMO_DIRECTORY);
const NOW = new Date('2026-11-22T12:00:00.000Z');
const context: CaseCsvContext = { directory, now: NOW };

/** A case view as the presenter gives it; only the fields the export reads matter here. */
function aView(overrides: Partial<CaseView> = {}): CaseView {
  return {
    id: '0195-case',
    reference: 'PLL-2026-000123',
    version: 3,
    status: 'acknowledged',
    category: 'multidose',
    subcategory: 'paper-and-emd',
    title: 'Pasient på papirmultidose har også PLL',
    description: 'Listen viser feil dose',
    occurredAt: '2026-11-20T08:00:00.000Z',
    reportedAt: '2026-11-20T09:30:00.000Z',
    updatedAt: '2026-07-01T10:00:00.000Z',
    reporter: {
      name: 'Kari Nordmann',
      role: 'reporter',
      organisation: {
        id: 'morkved-legesenter',
        name: 'Mørkved legesenter',
        type: 'gp-office',
        herId: 1,
        orgnr: '974123002',
        municipality: 'Bodø',
        helsefellesskap: 'lovesa',
        region: 'helse-nord',
      },
    },
    system: { vendor: 'cgm', product: 'CGM Journal', version: '8.4.2' },
    multidoseMode: 'paper',
    harm: 'near-miss',
    scope: { multiplePatients: true, multipleOrganisations: false },
    technical: { traceId: 'trace-1' },
    routedTo: { party: 'cgm', since: '2026-11-20T09:31:00.000Z', dueAt: '2026-11-21T09:31:00.000Z' },
    comments: [],
    links: [],
    slaBreaches: [],
    piiRedacted: 2,
    ...overrides,
  } as CaseView;
}

/** The file's records as Excel reads them back, each as heading → cell. */
function readBack(file: string): Record<string, string>[] {
  const [headings, ...records] = parseCsv(file).map((record) => record.cells);
  return records.map((cells) => Object.fromEntries(headings.map((heading, i) => [heading, cells[i]])));
}

describe('the case list as CSV', () => {
  it('is UTF-8 with a byte order mark, `;` between fields and CRLF after every record, headings first', () => {
    const file = caseCsvFile(caseCsvRecords([aView(), aView({ reference: 'PLL-2026-000124' })], context));
    expect(file.charCodeAt(0)).toBe(0xfeff);
    expect(file.endsWith('\r\n')).toBe(true);
    const lines = file.slice(1).split('\r\n');
    expect(lines).toHaveLength(4); // headings, two cases, and nothing after the last CRLF
    expect(lines[0]).toBe(CASE_CSV_HEADINGS.join(';'));
    expect(lines[1].split(';')).toHaveLength(CASE_CSV_HEADINGS.length);
    expect(file.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('has Norwegian headings', () => {
    expect(CASE_CSV_HEADINGS).toEqual(
      expect.arrayContaining(['Referanse', 'Tittel', 'Status', 'Hos', 'Frist', 'Over fristen', 'Meldt', 'Beskrivelse']),
    );
  });

  it('writes the organisation a case concerns, the fragmented list and the statutory notice (issue 17)', () => {
    const [row] = readBack(
      caseCsvFile(
        caseCsvRecords(
          [
            aView({
              concerns: { id: 'ronvik-legesenter', name: 'Rønvik legesenter', type: 'gp-office', orgnr: '1', herId: 2 },
              fragmentedList: true,
              harm: 'minor',
              deviationNotice: { status: 'notified', channel: 'melde-no' },
            }),
          ],
          context,
        ),
      ),
    );
    expect(row).toMatchObject({
      'Gjelder virksomhet': 'Rønvik legesenter',
      'Dobbeltregistrering eller oppsplittet legemiddelliste': 'ja',
      Meldeplikt: 'Meldt',
      'Meldt til': 'melde.no',
    });
  });

  it('writes times in Oslo time, codes in Norwegian words and names from the directory', () => {
    const [row] = readBack(caseCsvFile(caseCsvRecords([aView()], context)));
    expect(row).toMatchObject({
      Referanse: 'PLL-2026-000123',
      Status: 'Under behandling',
      Kategori: 'Multidose',
      Underkategori: 'Papirmultidose og PLL/e-resept samtidig',
      Hos: directory.party('cgm').name,
      'Hos siden': '2026-11-20 10:31',
      Frist: '2026-11-21 10:31',
      Meldt: '2026-11-20 10:30',
      Hendelsestidspunkt: '2026-11-20 09:00',
      'Sist endret': '2026-07-01 12:00', // summer time
      Virksomhet: 'Mørkved legesenter',
      Virksomhetstype: 'Fastlegekontor',
      Helsefellesskap: 'Helsefellesskap Lofoten, Vesterålen og Salten',
      Leverandør: directory.party('cgm').name,
      Multidose: 'Papir',
      Skadegrad: 'Nestenhendelse',
      'Flere pasienter': 'ja',
      'Flere virksomheter': 'nei',
      'Gjelder virksomhet': '',
      'Dobbeltregistrering eller oppsplittet legemiddelliste': 'nei',
      Meldeplikt: '',
      'Meldt til': '',
      'TraceID / Feil-ID': 'trace-1',
      MessageID: '',
      'Skjulte identitetsnumre': '2',
    });
  });

  it('marks a case overdue only while its clock runs past the due time', () => {
    const due = (dueAt: string, status: CaseView['status']) =>
      aView({ status, routedTo: { party: 'arbeidsgruppe-nord', since: '2026-11-20T09:31:00.000Z', dueAt } });
    const rows = readBack(
      caseCsvFile(
        caseCsvRecords(
          [
            due('2026-11-22T11:59:00.000Z', 'routed'),
            due('2026-11-22T11:59:00.000Z', 'acknowledged'),
            due('2026-11-22T12:01:00.000Z', 'routed'),
            due('2026-11-22T11:59:00.000Z', 'awaiting-information'),
            due('2026-11-22T11:59:00.000Z', 'resolved'),
            aView({ status: 'reported', routedTo: null }),
          ],
          context,
        ),
      ),
    );
    expect(rows.map((row) => row['Over fristen'])).toEqual(['ja', 'ja', 'nei', 'nei', 'nei', '']);
    const atOffice = aView({
      routedTo: { party: 'organisation:ronvik-legesenter', since: NOW.toISOString(), dueAt: NOW.toISOString() },
    });
    expect(readBack(caseCsvFile(caseCsvRecords([atOffice], context)))[0].Hos).toBe(
      directory.organisation('ronvik-legesenter').name,
    );
    expect(rows[0].Hos).toBe(directory.party('arbeidsgruppe-nord').name);
    expect(rows[5].Hos).toBe('');
  });

  it.each([
    ['=HYPERLINK("https://x.example")', '\'=HYPERLINK("https://x.example")'],
    ['+47 75 00 00 00', "'+47 75 00 00 00"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['  =1+1', "'  =1+1"],
    ['\t=1', "'\t=1"],
    ['＝1+1', "'＝1+1"],
    ['Vanlig tittel', 'Vanlig tittel'],
  ])('neutralises a formula in any text cell: %j is read back as %j', (text, shown) => {
    const [row] = readBack(
      caseCsvFile(
        caseCsvRecords(
          [
            aView({
              title: text,
              description: text,
              system: { vendor: 'cgm', product: text },
              technical: { traceId: text },
            }),
          ],
          context,
        ),
      ),
    );
    expect([row.Tittel, row.Beskrivelse, row.Produkt, row['TraceID / Feil-ID']]).toEqual([shown, shown, shown, shown]);
  });

  it('quotes text with `;`, quotes and line breaks so that it stays one cell', () => {
    const description = 'Første linje; med semikolon\r\nAndre linje med "sitat"\nTredje';
    const file = caseCsvFile(caseCsvRecords([aView({ description })], context));
    expect(file).toContain('"Første linje; med semikolon\r\nAndre linje med ""sitat""\nTredje"');
    expect(readBack(file)[0].Beskrivelse).toBe(description);
  });
});
