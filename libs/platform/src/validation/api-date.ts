/**
 * The dates and times the API takes (docs/api.md, "Dates and times"): a profile of RFC 3339 that
 * `new Date()`, node-postgres and PostgreSQL all read as the same instant, and nothing else.
 *
 *     date      = YYYY "-" MM "-" DD                          a calendar day (UTC midnight)
 *     date-time = date "T" hh ":" mm ":" ss [ "." 1*9 digits ] ( "Z" / ( "+" / "-" ) hh ":" mm )
 *
 * Upper-case `T` and `Z` only; years 0001–9999 (PostgreSQL has no year 0); a real day of the month; hours
 * 00–23, no leap second; an offset of at most ±14:00, and `+00:00` (or `Z`) rather than `-00:00`, which
 * RFC 3339 reserves for "offset unknown". The instant itself must also lie within years 0001–9999 in UTC,
 * so that its `toISOString()` is again a value of this grammar. Week dates (`2026-W01`), ordinal dates
 * (`2026-001`), the basic format (`20260101`), expanded years (`+002026`), a space for `T`, reduced
 * precision (`2026-01`, `T10:00`) and every other ISO 8601 form are refused.
 */
export type ApiDateForm = 'date' | 'date-time';

const DATE = String.raw`(\d{4})-(\d{2})-(\d{2})`;
const TIME = String.raw`T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})`;
const DATE_ONLY = new RegExp(`^${DATE}$`);
const DATE_TIME = new RegExp(`^${DATE}${TIME}$`);

const MAX_OFFSET_MINUTES = 14 * 60;

/** Examples for messages: what a client should have sent. */
export const API_DATE_EXAMPLE = '2026-11-20';
export const API_DATE_TIME_EXAMPLE = '2026-11-20T09:30:00Z';

/** What the value is, or why it is none of the accepted forms (a phrase to follow "must be …: "). */
export type ApiDateResult =
  { readonly ok: true; readonly instant: Date } | { readonly ok: false; readonly reason: string };

const refused = (reason: string): ApiDateResult => ({ ok: false, reason });

function fullYear(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0, ms = 0): number {
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hours, minutes, seconds, ms);
  return date.getTime();
}

const EARLIEST = fullYear(1, 1, 1); // 0001-01-01T00:00:00Z
const LATEST = fullYear(9999, 12, 31, 23, 59, 59, 999);

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/**
 * Reads `text` as one of the accepted `forms`. A date alone is that day's UTC midnight. Fractions beyond
 * milliseconds are cut (a Date holds milliseconds), never rounded up into the next second.
 */
export function parseApiDate(text: unknown, forms: readonly ApiDateForm[] = ['date', 'date-time']): ApiDateResult {
  const expected = [
    ...(forms.includes('date') ? [API_DATE_EXAMPLE] : []),
    ...(forms.includes('date-time') ? [API_DATE_TIME_EXAMPLE] : []),
  ].join(' or ');
  if (typeof text !== 'string') return refused(`a string such as ${expected}`);
  const dateTime = forms.includes('date-time') ? DATE_TIME.exec(text) : null;
  const dateOnly = !dateTime && forms.includes('date') ? DATE_ONLY.exec(text) : null;
  const match = dateTime ?? dateOnly;
  if (!match) return refused(`written as ${expected} (RFC 3339: upper-case T and Z, no week or ordinal dates)`);
  const [, y, mo, d, h = '00', mi = '00', s = '00', fraction = '', offset = 'Z'] = match;
  const [year, month, day, hours, minutes, seconds] = [y, mo, d, h, mi, s].map(Number);
  if (year < 1) return refused('in the years 0001 to 9999');
  if (month < 1 || month > 12) return refused(`a date with a month from 01 to 12, not ${mo}`);
  if (day < 1 || day > daysIn(year, month)) return refused(`a day of the calendar: ${y}-${mo} has no day ${d}`);
  if (hours > 23) return refused(`a time with an hour from 00 to 23, not ${h}`);
  if (minutes > 59) return refused(`a time with minutes from 00 to 59, not ${mi}`);
  if (seconds > 59) return refused(`a time with seconds from 00 to 59 (no leap seconds), not ${s}`);
  let offsetMinutes = 0;
  if (offset !== 'Z') {
    if (offset === '-00:00') return refused('in a known offset: Z or +00:00, not -00:00');
    const [oh, om] = [Number(offset.slice(1, 3)), Number(offset.slice(4, 6))];
    offsetMinutes = (offset.startsWith('-') ? -1 : 1) * (oh * 60 + om);
    if (om > 59 || Math.abs(offsetMinutes) > MAX_OFFSET_MINUTES) {
      return refused(`with an offset from -14:00 to +14:00, not ${offset}`);
    }
  }
  const ms = Number(fraction.padEnd(3, '0').slice(0, 3));
  const instant = fullYear(year, month, day, hours, minutes, seconds, ms) - offsetMinutes * 60_000;
  if (instant < EARLIEST || instant > LATEST) return refused('an instant in the years 0001 to 9999 (UTC)');
  return { ok: true, instant: new Date(instant) };
}

/** Whether `text` is one of the accepted forms. */
export function isApiDate(text: unknown, forms?: readonly ApiDateForm[]): text is string {
  return parseApiDate(text, forms).ok;
}

/**
 * The instant of a value a request DTO has already validated with `IsApiDate`/`IsApiDateTime`. Anything
 * else is a programming error, not bad input: it throws.
 */
export function apiInstant(text: string): Date {
  const result = parseApiDate(text);
  if (!result.ok) throw new Error(`Not a validated API date: ${JSON.stringify(text)}`);
  return result.instant;
}

/** Whether a validated value is a date alone (a whole day), not a date-time. */
export function isApiDateOnly(text: string): boolean {
  return DATE_ONLY.test(text);
}
