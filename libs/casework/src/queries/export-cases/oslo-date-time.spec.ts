import { osloDateTime } from './oslo-date-time';

describe('osloDateTime', () => {
  it.each([
    ['2026-11-20T09:30:00.000Z', '2026-11-20 10:30'], // winter time, UTC+1
    ['2026-07-01T09:30:00.000Z', '2026-07-01 11:30'], // summer time, UTC+2
    ['2026-12-31T23:15:00.000Z', '2027-01-01 00:15'], // the next day, and year, in Oslo
    ['2026-03-29T00:59:00.000Z', '2026-03-29 01:59'], // the last minute before the spring change
    ['2026-03-29T01:00:00.000Z', '2026-03-29 03:00'],
    ['2026-10-25T00:30:00.000Z', '2026-10-25 02:30'], // the autumn hour that comes twice
    ['2026-10-25T01:30:00.000Z', '2026-10-25 02:30'],
  ])('writes %s as %s', (instant, expected) => {
    expect(osloDateTime(instant)).toBe(expected);
  });
});
