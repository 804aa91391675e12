import type { CaseListPosition } from '../../read-model/case-view.repository';
import { decodeCursor, encodeCursor, exclusiveEnd } from './case-cursor';

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('case list cursor', () => {
  it('round-trips the last case of a page, opaquely, with the order it was made for', () => {
    const positions: CaseListPosition[] = [
      { sort: 'reported', reportedAt: '2026-11-20T09:30:00.000Z', id: '0195-abc' },
      { sort: 'due', dueAt: '2026-11-21T09:30:00.000Z', id: '0195-abc' },
      { sort: 'due', dueAt: null, id: '0195-abc' },
    ];
    for (const position of positions) {
      const text = encodeCursor(position);
      expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(text)).toEqual(position);
    }
  });

  it('still takes a cursor from before sort=due as one of the newest-first order', () => {
    expect(decodeCursor(cursorOf(['2026-11-20T09:30:00.000Z', 'x']))).toEqual({
      sort: 'reported',
      reportedAt: '2026-11-20T09:30:00.000Z',
      id: 'x',
    });
  });

  it('rejects what it did not make', () => {
    for (const text of ['', 'nonsense', cursorOf({ a: 1 }), encodeURIComponent('[1,2]'), cursorOf([1, 2])]) {
      expect(decodeCursor(text)).toBeUndefined();
    }
    for (const value of [
      ['not a time', 'x'],
      ['1', 'x'], // Date.parse takes it as 2001; PostgreSQL would not
      ['reported', null, 'x'], // only the due order has cases without a key
      ['due', 'soon', 'x'],
      ['due', '2026-11-21T09:30:00.000Z', 7],
      ['priority', '2026-11-21T09:30:00.000Z', 'x'],
      ['due', '2026-11-21T09:30:00.000Z', 'x', 'extra'],
      // Times the old pattern let through to new Date(), which moves them to another day or cannot place them
      ['reported', '2026-02-30T09:30:00.000Z', 'x'],
      ['reported', '2026-11-20T24:00:00.000Z', 'x'],
      ['due', '2026-12-31T23:59:60Z', 'x'],
      ['due', '0000-01-01T00:00:00Z', 'x'],
      ['due', '2026-11-21T09:30:00+25:00', 'x'],
    ]) {
      expect(decodeCursor(cursorOf(value))).toBeUndefined();
    }
  });

  it('hands the database times in one form', () => {
    expect(decodeCursor(cursorOf(['due', '2026-11-21T10:30:00+01:00', 'x']))).toEqual({
      sort: 'due',
      dueAt: '2026-11-21T09:30:00.000Z',
      id: 'x',
    });
  });

  it('takes a date alone as the whole day, a time as inclusive', () => {
    expect(exclusiveEnd('2026-12-31').toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(exclusiveEnd('2026-12-31T12:00:00Z').toISOString()).toBe('2026-12-31T12:00:00.001Z');
  });
});
