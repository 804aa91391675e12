import type { IndicatorRow } from '../../../api/types';
import { niceScale, seriesByGroup, seriesByMeasure } from './chart-data';

function row(start: string, group: string, reported: number | null, extra: Partial<IndicatorRow> = {}): IndicatorRow {
  return {
    start,
    end: start,
    group,
    label: group.toUpperCase(),
    suppressed: reported === null,
    reported,
    ...extra,
  } as IndicatorRow;
}

describe('chart data', () => {
  it('makes one series per group, largest first, with every period in order', () => {
    const data = seriesByGroup(
      [row('2026-02', 'a', 1), row('2026-01', 'a', 2), row('2026-01', 'b', 9), row('2026-02', 'b', null)],
      'reported',
    );
    expect(data.periods).toEqual(['2026-01', '2026-02']);
    expect(data.series).toEqual([
      { key: 'b', label: 'B', values: [9, null] },
      { key: 'a', label: 'A', values: [2, 1] },
    ]);
  });

  it('sums the groups beyond the limit as "Andre"', () => {
    const rows = ['a', 'b', 'c', 'd'].flatMap((g, i) => [row('w1', g, 10 - i), row('w2', g, i === 3 ? null : 1)]);
    const data = seriesByGroup(rows, 'reported', 2);
    expect(data.series.map((s) => s.key)).toEqual(['a', 'b', 'andre']);
    expect(data.series[2]).toEqual({ key: 'andre', label: 'Andre (2)', values: [8 + 7, 1] });
  });

  it('lays out several measures of the total side by side', () => {
    const data = seriesByMeasure(
      [row('w2', 'total', 1, { firstResponseP50Hours: 3 }), row('w1', 'total', 1, { firstResponseP50Hours: 5 })],
      [{ measure: 'firstResponseP50Hours', label: 'Median' }],
    );
    expect(data).toEqual({
      periods: ['w1', 'w2'],
      series: [{ key: 'firstResponseP50Hours', label: 'Median', values: [5, 3] }],
    });
  });

  it('rounds axes up to readable numbers', () => {
    expect(niceScale(93)).toEqual({ max: 100, ticks: [0, 25, 50, 75, 100] });
    expect(niceScale(7)).toEqual({ max: 8, ticks: [0, 2, 4, 6, 8] });
    expect(niceScale(0.3).max).toBeCloseTo(0.3);
    expect(niceScale(0)).toEqual({ max: 1, ticks: [0, 1] });
  });
});
