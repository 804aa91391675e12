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
};
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
    expect(header.split(';')).toHaveLength(19);
    expect(header).toContain('Åpne ved slutt');
    expect(line.split(';').slice(0, 3)).toEqual(['2026-03-02', '2026-03-09', 'lovesa']);
  });

  it('writes decimal commas, empty fields for missing figures, and quotes what needs quoting', () => {
    expect(line).toContain(';30,25;100,5;2,5;7;;;1;0;0,375;0,125');
    expect(line).toContain('"Lofoten; ""Vesterålen"" og Salten"');
  });
});
