import 'reflect-metadata';
import { validateSync } from 'class-validator';
import { apiInstant, isApiDate, parseApiDate } from './api-date';
import { IsApiDate, IsApiDateTime } from './is-api-date.decorator';

const instantOf = (text: string, forms?: Parameters<typeof parseApiDate>[1]) => {
  const result = parseApiDate(text, forms);
  return result.ok ? result.instant.toISOString() : `refused: ${result.reason}`;
};

describe('parseApiDate', () => {
  it.each([
    ['2026-01-01', '2026-01-01T00:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['2000-02-29', '2000-02-29T00:00:00.000Z'],
    ['0001-01-01', '0001-01-01T00:00:00.000Z'],
    ['0099-12-31', '0099-12-31T00:00:00.000Z'],
    ['9999-12-31', '9999-12-31T00:00:00.000Z'],
    ['2026-11-20T09:30:00Z', '2026-11-20T09:30:00.000Z'],
    ['2026-11-20T09:30:00+01:00', '2026-11-20T08:30:00.000Z'],
    ['2026-11-20T09:30:00-09:30', '2026-11-20T19:00:00.000Z'],
    ['2026-11-20T09:30:00+14:00', '2026-11-19T19:30:00.000Z'],
    ['2026-11-20T09:30:00-14:00', '2026-11-20T23:30:00.000Z'],
    ['2026-11-20T09:30:00+00:00', '2026-11-20T09:30:00.000Z'],
    ['2026-11-20T09:30:00+05:45', '2026-11-20T03:45:00.000Z'],
    ['2026-11-20T00:00:00.5Z', '2026-11-20T00:00:00.500Z'],
    ['2026-11-20T23:59:59.999Z', '2026-11-20T23:59:59.999Z'],
    ['2026-11-20T23:59:59.999999999Z', '2026-11-20T23:59:59.999Z'],
    ['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
    ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00.000Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(instantOf(text)).toBe(iso);
  });

  it('reads what toISOString writes, for every instant in its range', () => {
    for (const ms of [0, -62_135_596_800_000, 253_402_300_799_999, Date.UTC(2026, 1, 28, 23, 59, 59, 1)]) {
      expect(instantOf(new Date(ms).toISOString())).toBe(new Date(ms).toISOString());
    }
  });

  it.each([
    // ISO 8601 forms that are not the API's
    ['2026-W01', /written as/],
    ['2026-W47', /written as/],
    ['2026-W01-1', /written as/],
    ['2026-W47-1T10:00:00Z', /written as/],
    ['2026-001', /written as/],
    ['2026-324T10:00:00Z', /written as/],
    ['20260101', /written as/],
    ['20261120T093000Z', /written as/],
    ['2026-01', /written as/],
    ['2026', /written as/],
    ['+002026-01-01', /written as/],
    ['-002026-01-01', /written as/],
    ['10000-01-01', /written as/],
    ['2026-11-20T09:30', /written as/],
    ['2026-11-20T09:30Z', /written as/],
    ['2026-11-20T09:30:00', /written as/],
    ['2026-11-20T09:30:00.Z', /written as/],
    ['2026-11-20T09:30:00.1234567890Z', /written as/],
    ['2026-11-20T09:30:00,5Z', /written as/],
    ['2026-11-20t09:30:00z', /written as/],
    ['2026-11-20T09:30:00z', /written as/],
    ['2026-11-20 09:30:00Z', /written as/],
    ['2026-11-20T09:30:00+0100', /written as/],
    ['2026-11-20T09:30:00+01', /written as/],
    ['2026-11-20T09:30:00 +01:00', /written as/],
    [' 2026-11-20', /written as/],
    ['2026-11-20\n', /written as/],
    ['２０２６-11-20', /written as/],
    ['', /written as/],
    ['1e9', /written as/],
    // right shape, not a real instant
    ['0000-01-01', /years 0001 to 9999/],
    ['0000-12-31T23:59:59Z', /years 0001 to 9999/],
    ['2026-00-10', /month from 01 to 12/],
    ['2026-13-01', /month from 01 to 12/],
    ['2026-02-29', /2026-02 has no day 29/],
    ['2026-02-30', /2026-02 has no day 30/],
    ['1900-02-29', /1900-02 has no day 29/],
    ['2026-04-31', /2026-04 has no day 31/],
    ['2026-01-00', /has no day 00/],
    ['2026-01-32', /has no day 32/],
    ['2026-01-01T24:00:00Z', /hour from 00 to 23/],
    ['2026-01-01T23:60:00Z', /minutes from 00 to 59/],
    ['2026-12-31T23:59:60Z', /no leap seconds/],
    ['2016-12-31T23:59:60Z', /no leap seconds/],
    ['2026-01-01T10:00:00+25:00', /offset from -14:00 to \+14:00/],
    ['2026-01-01T10:00:00+14:01', /offset from -14:00 to \+14:00/],
    ['2026-01-01T10:00:00-14:30', /offset from -14:00 to \+14:00/],
    ['2026-01-01T10:00:00+01:60', /offset from -14:00 to \+14:00/],
    ['2026-01-01T10:00:00+99:99', /offset from -14:00 to \+14:00/],
    ['2026-01-01T10:00:00-00:00', /not -00:00/],
    ['0001-01-01T00:00:00+00:01', /instant in the years 0001 to 9999/],
    ['9999-12-31T23:59:59-00:01', /instant in the years 0001 to 9999/],
  ])('refuses %j', (text, reason) => {
    expect(instantOf(text)).toMatch(reason);
    expect(isApiDate(text)).toBe(false);
  });

  it('takes a date alone only where a date is one of the forms', () => {
    expect(instantOf('2026-11-20', ['date-time'])).toMatch(/refused: written as 2026-11-20T09:30:00Z/);
    expect(instantOf('2026-11-20T09:30:00Z', ['date'])).toMatch(/refused: written as 2026-11-20 /);
    expect(isApiDate('2026-11-20T09:30:00Z', ['date-time'])).toBe(true);
  });

  it.each([undefined, null, 20260101, {}, ['2026-01-01']])('refuses %j, which is no string', (value) => {
    expect(isApiDate(value)).toBe(false);
  });

  it('gives the instant of a validated value and throws on any other', () => {
    expect(apiInstant('2026-01-01').toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(() => apiInstant('2026-W01')).toThrow(/Not a validated API date/);
  });

  it('agrees with new Date() wherever both read a value, so the code reads what was validated', () => {
    for (const text of ['2026-01-01', '2026-11-20T09:30:00+01:00', '2026-11-20T23:59:59.999-14:00', '1970-01-01']) {
      expect(instantOf(text)).toBe(new Date(text).toISOString());
    }
  });
});

describe('IsApiDate and IsApiDateTime', () => {
  class Filter {
    @IsApiDate()
    from!: unknown;

    @IsApiDateTime()
    occurredAt!: unknown;
  }

  const problems = (from: unknown, occurredAt: unknown) =>
    validateSync(Object.assign(new Filter(), { from, occurredAt })).flatMap((e) => Object.values(e.constraints ?? {}));

  it('passes a date or date-time filter and a date-time instant', () => {
    expect(problems('2026-01-01', '2026-11-20T09:30:00Z')).toEqual([]);
    expect(problems('2026-01-01T00:00:00+01:00', '2026-11-20T09:30:00.123Z')).toEqual([]);
  });

  it('names the field and says what is wrong', () => {
    expect(problems('2026-W01', '2026-11-20')).toEqual([
      'from must be written as 2026-11-20 or 2026-11-20T09:30:00Z (RFC 3339: upper-case T and Z, no week or ordinal dates)',
      'occurredAt must be written as 2026-11-20T09:30:00Z (RFC 3339: upper-case T and Z, no week or ordinal dates)',
    ]);
    expect(problems('2026-02-30', 42)).toEqual([
      'from must be a day of the calendar: 2026-02 has no day 30',
      'occurredAt must be a string such as 2026-11-20T09:30:00Z',
    ]);
  });
});
