import { decodeCursor, encodeCursor, exclusiveEnd } from './case-cursor';

describe('case list cursor', () => {
  it('round-trips the last case of a page, opaquely', () => {
    const cursor = { reportedAt: '2026-11-20T09:30:00.000Z', id: '0195-abc' };
    const text = encodeCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(text)).toEqual(cursor);
  });

  it('rejects what it did not make', () => {
    for (const text of ['', 'nonsense', Buffer.from('{"a":1}').toString('base64url'), encodeURIComponent('[1,2]')]) {
      expect(decodeCursor(text)).toBeUndefined();
    }
    expect(decodeCursor(Buffer.from('["not a time","x"]').toString('base64url'))).toBeUndefined();
  });

  it('takes a date alone as the whole day, a time as inclusive', () => {
    expect(exclusiveEnd('2026-12-31').toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(exclusiveEnd('2026-12-31T12:00:00Z').toISOString()).toBe('2026-12-31T12:00:00.001Z');
  });
});
