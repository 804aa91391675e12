import type { IndicatorRow } from '../../api/types';
import { formatShare, reportFlags } from './report-flags';

function total(start: string, figures: Partial<IndicatorRow>): IndicatorRow {
  return { start, end: start, group: 'total', label: 'Alle', suppressed: false, ...figures } as IndicatorRow;
}

describe('the multidose, fragmented-list and harm figures of a period', () => {
  it('adds up the intervals and takes the shares of the whole period, weighted by reports', () => {
    const flags = reportFlags([
      total('w1', {
        reported: 8,
        paperMultidoseShare: 0.375,
        bothMultidoseShare: 0.125,
        fragmentedList: 2,
        harmful: 3,
        harmfulNotified: 1,
        harmfulWillNotify: 0,
        harmfulNotNotified: 1,
        harmfulNotStated: 1,
      }),
      total('w2', {
        reported: 2,
        paperMultidoseShare: 0.5,
        bothMultidoseShare: 0,
        fragmentedList: 0,
        harmful: 1,
        harmfulNotified: 0,
        harmfulWillNotify: 1,
        harmfulNotNotified: 0,
        harmfulNotStated: 0,
      }),
    ]);
    expect(flags).toEqual({
      reported: 10,
      // 3 + 1 paper (both included) and 1 + 0 both of 10, not the mean of the two weeks' shares.
      paperShare: 0.4,
      bothShare: 0.1,
      fragmentedList: 2,
      fragmentedListShare: 0.2,
      harmful: 4,
      notified: 1,
      willNotify: 1,
      notNotified: 1,
      notStated: 1,
      hiddenIntervals: 0,
    });
  });

  it('leaves hidden intervals out and says how many, and has no share without reports', () => {
    const hidden = { ...total('w1', {}), suppressed: true, reported: null, paperMultidoseShare: null } as IndicatorRow;
    const flags = reportFlags([hidden, total('w2', { reported: 0, paperMultidoseShare: null, fragmentedList: 0 })]);
    expect(flags).toMatchObject({ reported: 0, paperShare: null, fragmentedListShare: null, hiddenIntervals: 1 });
  });

  it('writes shares as Norwegian percentages', () => {
    expect(formatShare(0.125).replace(/\s/g, ' ')).toBe('12,5 %');
    expect(formatShare(null)).toBe('–');
  });
});
