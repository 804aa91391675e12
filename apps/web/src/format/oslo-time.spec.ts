import { osloLocalInput, osloLocalToIso, relativeToNow } from './oslo-time';

describe('Oslo time', () => {
  it('turns an Oslo wall-clock time into UTC in winter and in summer', () => {
    expect(osloLocalToIso('2026-11-20T09:30')).toBe('2026-11-20T08:30:00.000Z');
    expect(osloLocalToIso('2026-07-01T09:30')).toBe('2026-07-01T07:30:00.000Z');
  });

  it('handles the days daylight saving starts and ends', () => {
    // 29 March 2026: clocks go from 02:00 to 03:00; 25 October 2026: from 03:00 back to 02:00.
    expect(osloLocalToIso('2026-03-29T01:30')).toBe('2026-03-29T00:30:00.000Z');
    expect(osloLocalToIso('2026-03-29T03:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(osloLocalToIso('2026-10-25T04:00')).toBe('2026-10-25T03:00:00.000Z');
  });

  it('round-trips with the wall-clock value of an instant', () => {
    for (const iso of ['2026-01-15T23:59:00.000Z', '2026-06-30T22:15:00.000Z', '2026-12-31T23:00:00.000Z']) {
      expect(osloLocalToIso(osloLocalInput(new Date(iso)))).toBe(iso);
    }
    expect(osloLocalInput(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01T00:00');
  });

  it('rejects what is not a datetime-local value', () => {
    expect(osloLocalToIso('20.11.2026 09:30')).toBeUndefined();
    expect(osloLocalToIso('')).toBeUndefined();
  });

  it('says how far away a time is in Norwegian', () => {
    const now = Date.parse('2026-11-20T12:00:00Z');
    expect(relativeToNow('2026-11-20T15:00:00Z', now)).toBe('om 3 timer');
    expect(relativeToNow('2026-11-20T11:50:00Z', now)).toBe('for 10 minutter siden');
    expect(relativeToNow('2026-11-17T12:00:00Z', now)).toBe('for 3 dager siden');
    expect(relativeToNow('2026-11-20T13:00:00Z', now)).toBe('om 1 time');
  });
});
