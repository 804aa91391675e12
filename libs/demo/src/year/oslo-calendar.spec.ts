import { addOfficeHours, clockTime, isHoliday, osloInstant, osloOffsetMs, osloTime } from './oslo-calendar';

describe('the Oslo calendar', () => {
  it('knows summer time: from the last Sunday of March to the last Sunday of October, 01:00 UTC', () => {
    expect(osloOffsetMs(Date.parse('2026-03-29T00:59:00Z'))).toBe(3_600_000);
    expect(osloOffsetMs(Date.parse('2026-03-29T01:00:00Z'))).toBe(7_200_000);
    expect(osloOffsetMs(Date.parse('2026-10-25T00:59:00Z'))).toBe(7_200_000);
    expect(osloOffsetMs(Date.parse('2026-10-25T01:00:00Z'))).toBe(3_600_000);
    expect(osloTime(Date.parse('2026-07-01T06:30:00Z'))).toEqual({
      year: 2026,
      month: 7,
      day: 1,
      weekday: 3,
      hour: 8.5,
    });
    expect(new Date(osloInstant(2026, 1, 15, 8)).toISOString()).toBe('2026-01-15T07:00:00.000Z');
    expect(clockTime(Date.parse('2026-01-15T08:05:00Z'))).toBe('09.05');
  });

  it('knows the Norwegian public holidays, Easter included', () => {
    // Easter Sunday 2026 is 5 April.
    for (const [month, day] of [
      [1, 1],
      [4, 2],
      [4, 3],
      [4, 6],
      [5, 1],
      [5, 14],
      [5, 17],
      [5, 25],
      [12, 25],
      [12, 26],
    ]) {
      expect({ month, day, holiday: isHoliday({ year: 2026, month, day }) }).toEqual({ month, day, holiday: true });
    }
    expect(isHoliday({ year: 2026, month: 4, day: 7 })).toBe(false);
  });

  it('counts office hours on working days only', () => {
    // Friday 14:00 + 4 office hours: two on Friday, two after the weekend.
    const friday = osloInstant(2026, 3, 13, 14);
    expect(addOfficeHours(friday, 4)).toBe(osloInstant(2026, 3, 16, 10));
    // Before opening, the clock starts at 08:00; Maundy Thursday and Good Friday are closed.
    expect(addOfficeHours(osloInstant(2026, 4, 1, 6), 9)).toBe(osloInstant(2026, 4, 7, 9));
  });
});
