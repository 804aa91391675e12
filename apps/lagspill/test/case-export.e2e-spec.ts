import { CaseViewProjection } from '@lagspill/casework';
import { guardFormula, parseCsv } from '@lagspill/directory';
import {
  computeNationalIdentityCheckDigits,
  IDENTITY_NUMBER_PLACEHOLDER,
  redactIdentityNumbers,
} from '@lagspill/domain';
import type { Response } from 'supertest';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { CaseApi, listBody, PROBLEM, sfmSyncReport, type CaseBody } from './support/case-api';

/** Every demo user of Helse Nord and Helse Vest, of every role, the system client included. */
const CALLERS = [
  'lege.cgm',
  'lege.pridok',
  'lege.eg',
  'farmasoyt',
  'multidose',
  'sykehuslege',
  'sykepleier',
  'lege.bergen',
  'support.cgm',
  'support.pridok',
  'support.eg',
  'kundesenter.nhn',
  'it.apotek1',
  'koordinator.nord',
  'koordinator.vest',
  'admin',
  'epj.morkved',
] as const;
/** The reporting organisation of the case with identity numbers (Mørkved legesenter): its own text. */
const REPORTING_ORGANISATION = new Set(['lege.cgm', 'epj.morkved']);

const FNR = '01818010083';
const DNR = ((prefix: string) => `${prefix}${(computeNationalIdentityCheckDigits(prefix) ?? []).join('')}`)(
  '418180100',
);

const HEADINGS = [
  'Referanse',
  'Tittel',
  'Status',
  'Kategori',
  'Underkategori',
  'Hos',
  'Hos siden',
  'Frist',
  'Over fristen',
  'Fristbrudd',
  'Meldt',
  'Hendelsestidspunkt',
  'Sist endret',
  'Meldt av',
  'Virksomhet',
  'Virksomhetstype',
  'Kommune',
  'Helsefellesskap',
  'Leverandør',
  'Produkt',
  'Versjon',
  'Multidose',
  'Skadegrad',
  'Flere pasienter',
  'Flere virksomheter',
  'Gjelder virksomhet',
  'Dobbeltregistrering eller oppsplittet legemiddelliste',
  'Meldeplikt',
  'Meldt til',
  'TraceID / Feil-ID',
  'MessageID',
  'ReseptID',
  'Beskrivelse',
  'Skjulte identitetsnumre',
];

type Row = Record<string, string>;

/** The records of a CSV answer as Excel reads them, each as heading → cell; the headings apart. */
function rowsOf(response: Response): { headings: string[]; rows: Row[] } {
  const [headings = [], ...records] = parseCsv(response.text).map((record) => record.cells);
  return { headings, rows: records.map((cells) => Object.fromEntries(headings.map((h, i) => [h, cells[i] ?? '']))) };
}

/** Export of any case list as CSV for Norwegian Excel (issue 17, point 5). */
describe('GET /api/cases/export.csv', () => {
  let t: TestApp;
  let api: CaseApi;
  let withNumbers: CaseBody;
  let withFormula: CaseBody;

  const exported = (username: string, query = '') => api.get(username, `/api/cases/export.csv${query}`);

  beforeAll(async () => {
    t = await startTestApp();
    api = new CaseApi(t);
    withNumbers = await api.reportedAndRouted(
      'lege.cgm',
      sfmSyncReport({
        title: `Synk feiler for pasient ${FNR}`,
        description: `Gjelder ${FNR.slice(0, 6)} ${FNR.slice(6)} og d-nr ${DNR}; se vedlegg.\nNy linje.`,
        system: { vendor: 'cgm', product: `CGM Journal pas ${FNR}` },
        technical: { traceId: `trace-${FNR}`, messageId: `msg ${DNR}`, reseptId: 'r-1' },
      }),
    );
    withFormula = await api.reportedAndRouted(
      'lege.cgm',
      sfmSyncReport({
        title: '=HYPERLINK("https://angrep.example/x";"Klikk her")',
        description: '@SUM(1+1); +47 99 99 99 99',
        technical: { traceId: '-2+3' },
      }),
    );
    for (const reporter of ['lege.pridok', 'lege.eg', 'farmasoyt', 'multidose', 'sykehuslege', 'sykepleier'])
      await api.reportedAndRouted(reporter);
    await api.reportedAndRouted('sykepleier', sfmSyncReport({ category: 'collaboration', subcategory: 'no-contact' }));
    await api.reportedAndRouted('lege.bergen');
    await t.app.get(CaseViewProjection).whenCaughtUp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it.each(CALLERS)(
    'gives %s every case of their list, as they see it in the case view, for Norwegian Excel',
    async (username) => {
      const csv = await exported(username);
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.headers['content-disposition']).toMatch(
        /^attachment; filename="?lagspill-saker-\d{4}-\d{2}-\d{2}\.csv"?$/,
      );
      // UTF-8 with a byte order mark, `;` between fields, CRLF after every record.
      expect(Buffer.from(csv.text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(csv.text.slice(1).split('\r\n')[0]).toBe(HEADINGS.join(';'));
      expect(csv.text.endsWith('\r\n')).toBe(true);

      const list = listBody(await api.list(username, '?limit=200')).items;
      const { headings, rows } = rowsOf(csv);
      expect(headings).toEqual(HEADINGS);
      expect(rows.map((row) => row.Referanse)).toEqual(list.map((item) => item.reference));
      const views = new Map(list.map((item) => [item.reference, item]));
      for (const row of rows) {
        const view = views.get(row.Referanse) as CaseBody & {
          system: { product: string };
          concerns: { name: string } | null;
          fragmentedList: boolean;
        };
        expect(pick(row, 'Gjelder virksomhet', 'Dobbeltregistrering eller oppsplittet legemiddelliste')).toEqual({
          'Gjelder virksomhet': guardFormula(view.concerns?.name ?? ''),
          'Dobbeltregistrering eller oppsplittet legemiddelliste': view.fragmentedList ? 'ja' : 'nei',
        });
        // The free text exactly as the case view shows it to this caller, only guarded against formulas.
        expect({ ...pick(row, 'Tittel', 'Beskrivelse', 'Produkt', 'TraceID / Feil-ID', 'MessageID') }).toEqual({
          Tittel: guardFormula(view.title),
          Beskrivelse: guardFormula(view.description),
          Produkt: guardFormula(view.system.product),
          'TraceID / Feil-ID': guardFormula(view.technical.traceId ?? ''),
          MessageID: guardFormula(view.technical.messageId ?? ''),
        });
        expect(row['Skjulte identitetsnumre']).toBe(String(view.piiRedacted));
      }

      const numbered = rows.find((row) => row.Referanse === withNumbers.reference);
      if (REPORTING_ORGANISATION.has(username)) {
        // The reporting organisation reads its own text; the system fields are screened for everyone.
        expect(numbered?.Tittel).toBe(`Synk feiler for pasient ${FNR}`);
        expect(numbered?.Beskrivelse).toContain(DNR);
        expect(numbered?.['TraceID / Feil-ID']).toBe(`trace-${IDENTITY_NUMBER_PLACEHOLDER}`);
      } else {
        // Nobody else finds an identity number anywhere in the file, in any column.
        expect(redactIdentityNumbers(csv.text).count).toBe(0);
        for (const row of rows) {
          for (const [heading, cell] of Object.entries(row)) {
            expect({ heading, found: redactIdentityNumbers(cell).count }).toEqual({ heading, found: 0 });
          }
        }
        if (numbered) {
          expect(numbered.Tittel).toBe(`Synk feiler for pasient ${IDENTITY_NUMBER_PLACEHOLDER}`);
          expect(numbered.Produkt).toBe(`CGM Journal pas ${IDENTITY_NUMBER_PLACEHOLDER}`);
          expect(Number(numbered['Skjulte identitetsnumre'])).toBeGreaterThanOrEqual(4);
        }
      }

      const formula = rows.find((row) => row.Referanse === withFormula.reference);
      if (formula) {
        expect(formula.Tittel).toBe(`'=HYPERLINK("https://angrep.example/x";"Klikk her")`);
        expect(formula.Beskrivelse).toBe("'@SUM(1+1); +47 99 99 99 99");
        expect(formula['TraceID / Feil-ID']).toBe("'-2+3");
      }
    },
  );

  it('sees the case with numbers redacted at the vendor, the region and the admin: the test above is not vacuous', async () => {
    for (const username of ['support.cgm', 'koordinator.nord', 'admin']) {
      const references = rowsOf(await exported(username)).rows.map((row) => row.Referanse);
      expect(references).toEqual(expect.arrayContaining([withNumbers.reference, withFormula.reference]));
    }
    expect(rowsOf(await exported('kundesenter.nhn')).rows.map((row) => row.Referanse)).not.toContain(
      withNumbers.reference,
    );
    expect(rowsOf(await exported('koordinator.vest')).rows).toHaveLength(1);
  });

  it('takes the filters of GET /api/cases, in its order, every page at once', async () => {
    for (const query of [
      '?party=cgm&open=true&sort=due',
      '?party=arbeidsgruppe-nord',
      '?status=routed,acknowledged&category=sfm',
      `?q=${encodeURIComponent('synk')}`,
      '?helsefellesskap=lovesa&sort=reported',
      '?from=2000-01-01&to=2999-12-31',
      '?status=closed',
    ]) {
      const list = listBody(await api.list('koordinator.nord', `${query}&limit=200`)).items;
      const csv = await exported('koordinator.nord', query);
      expect({ query, status: csv.status }).toEqual({ query, status: 200 });
      expect({ query, references: rowsOf(csv).rows.map((row) => row.Referanse) }).toEqual({
        query,
        references: list.map((item) => item.reference),
      });
    }
    // Past a page of the list: all of them, without a cursor.
    const onePage = listBody(await api.list('admin', '?limit=3'));
    expect(onePage.nextCursor).not.toBeNull();
    expect(rowsOf(await exported('admin')).rows.length).toBeGreaterThan(3);
  });

  it.each([
    ['?status=bogus', 'status'],
    ['?open=ja', 'open'],
    ['?party=CGM', 'party'],
    ['?from=2026-02-30', 'from'],
    ['?to=2026-W47', 'to'],
    ['?sort=priority', 'sort'],
    ['?limit=10', 'limit'],
    ['?cursor=abc', 'cursor'],
    ['?constructor=1', 'constructor'],
  ])('refuses %s with a problem naming the field', async (query, field) => {
    const refused = await exported('koordinator.nord', query);
    expect(refused.status).toBe(400);
    expect(refused.headers['content-type']).toMatch(PROBLEM);
    expect((refused.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain(field);
  });

  it('is not taken for a case reference, nor hides the case route', async () => {
    expect((await exported('support.cgm')).headers['content-type']).toMatch(/^text\/csv/);
    const read = await api.getCase('support.cgm', withNumbers.reference);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ reference: withNumbers.reference });
    expect((await api.getCase('support.cgm', 'export.json')).status).toBe(404);
    expect((await t.http().get('/api/cases/export.csv')).status).toBe(401);
  });
});

function pick(row: Row, ...headings: string[]): Row {
  return Object.fromEntries(headings.map((heading) => [heading, row[heading]]));
}
