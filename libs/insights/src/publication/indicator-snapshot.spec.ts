import { isoWeek } from './indicator-snapshot';

describe('ISO weeks', () => {
  it.each([
    ['2026-11-16', '2026-W47'],
    ['2026-01-05', '2026-W02'],
    ['2025-12-29', '2026-W01'],
    ['2020-12-28', '2020-W53'],
    ['2027-01-04', '2027-W01'],
    ['2024-12-30', '2025-W01'],
  ])('the week of Monday %s is %s', (monday, week) => {
    expect(isoWeek(new Date(`${monday}T00:00:00Z`))).toBe(week);
  });
});
