import { isoWeek, osloDate, periodLabel } from './period-label';

describe('period labels', () => {
  it('numbers weeks as ISO 8601 does, also across New Year', () => {
    expect(isoWeek(new Date('2026-11-16T00:00:00Z'))).toBe(47);
    expect(isoWeek(new Date('2026-12-28T00:00:00Z'))).toBe(53);
    expect(isoWeek(new Date('2027-01-04T00:00:00Z'))).toBe(1);
    expect(isoWeek(new Date('2021-01-03T00:00:00Z'))).toBe(53);
  });

  it('names weeks, months and days in Norwegian', () => {
    expect(periodLabel('week', '2026-11-16T00:00:00.000Z')).toBe('uke 47');
    expect(periodLabel('month', '2026-11-01T00:00:00.000Z')).toMatch(/^nov\.? 26$/);
    expect(periodLabel('day', '2026-11-16T00:00:00.000Z')).toMatch(/^16\. nov\.?$/);
  });

  it('takes today from Oslo, not from UTC', () => {
    expect(osloDate(0, new Date('2026-11-30T23:30:00Z'))).toBe('2026-12-01');
    expect(osloDate(-1, new Date('2026-11-30T23:30:00Z'))).toBe('2026-11-30');
  });
});
