/**
 * Wall-clock time in Europe/Oslo and the Norwegian working calendar, without Intl: the seeder asks for
 * local time millions of times, and the EU summer-time rule (last Sundays of March and October, 01:00
 * UTC) and the holidays are easy to compute.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Local calendar fields of an instant in Oslo. */
export interface OsloTime {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
  /** Hour of the day with the minutes as a fraction (13.5 = 13:30). */
  readonly hour: number;
}

/** When a working day's office hours start and end, in local hours. */
export interface OfficeHours {
  readonly start: number;
  readonly end: number;
}

export const OFFICE_HOURS: OfficeHours = { start: 8, end: 16 };
/** The longer day of care services, out-of-hours clinics and pharmacy chains' support. */
export const LONG_DAY_HOURS: OfficeHours = { start: 7, end: 22 };

/** The year last asked about, and its summer time: the seeder asks about nearby instants in turn. */
let year = { from: 0, to: -1, summerStart: 0, summerEnd: 0 };

function lastSundayAtOneUtc(of: number, month: number): number {
  const lastDay = new Date(Date.UTC(of, month, 0, 1));
  return lastDay.getTime() - lastDay.getUTCDay() * DAY_MS;
}

/** How far Oslo's clocks are ahead of UTC at an instant: one hour (CET) or two (CEST). */
export function osloOffsetMs(ms: number): number {
  if (ms < year.from || ms >= year.to) {
    const of = new Date(ms).getUTCFullYear();
    year = {
      from: Date.UTC(of, 0, 1),
      to: Date.UTC(of + 1, 0, 1),
      summerStart: lastSundayAtOneUtc(of, 3),
      summerEnd: lastSundayAtOneUtc(of, 10),
    };
  }
  return ms >= year.summerStart && ms < year.summerEnd ? 2 * HOUR_MS : HOUR_MS;
}

export function osloTime(ms: number): OsloTime {
  const local = new Date(ms + osloOffsetMs(ms));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    weekday: local.getUTCDay(),
    hour: local.getUTCHours() + local.getUTCMinutes() / 60,
  };
}

/** Oslo wall-clock time as Norwegians write it: `09.05`. */
export function clockTime(ms: number): string {
  const { hour } = osloTime(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(Math.floor(hour))}.${two(Math.round((hour % 1) * 60))}`;
}

/** The instant a local Oslo wall-clock time names (month 1–12; days and hours may overflow). */
export function osloInstant(year: number, month: number, day: number, hour = 0): number {
  const local = Date.UTC(year, month - 1, day) + hour * HOUR_MS;
  const guess = local - osloOffsetMs(local - HOUR_MS);
  return local - osloOffsetMs(guess);
}

const holidayCache = new Map<number, ReadonlySet<number>>();

/**
 * Norwegian public holidays (helligdager), plus Christmas Eve and New Year's Eve, when offices close
 * at noon and few reports are written or answered. Keys are month * 100 + day.
 */
function holidays(year: number): ReadonlySet<number> {
  let days = holidayCache.get(year);
  if (!days) {
    const easter = easterSunday(year);
    const fromEaster = (offset: number) => {
      const date = new Date(easter + offset * DAY_MS);
      return (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
    };
    days = new Set([
      101,
      fromEaster(-3),
      fromEaster(-2),
      fromEaster(0),
      fromEaster(1),
      501,
      517,
      fromEaster(39),
      fromEaster(49),
      fromEaster(50),
      1224,
      1225,
      1226,
      1231,
    ]);
    holidayCache.set(year, days);
  }
  return days;
}

/** Easter Sunday (Gregorian, the anonymous algorithm) as a UTC midnight. */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}

export function isHoliday(time: Pick<OsloTime, 'year' | 'month' | 'day'>): boolean {
  return holidays(time.year).has(time.month * 100 + time.day);
}

export function isWorkingDay(time: OsloTime): boolean {
  return time.weekday >= 1 && time.weekday <= 5 && !isHoliday(time);
}

/**
 * How much less happens in a season, 0–1: the common summer holiday (fellesferie, most of July and the
 * first week of August), the weeks around Christmas and New Year, and Easter week.
 */
export function seasonFactor(time: Pick<OsloTime, 'month' | 'day'>): number {
  const { month, day } = time;
  if (month === 7) return 0.45;
  if (month === 8 && day <= 7) return 0.7;
  if (month === 6 && day >= 24) return 0.85;
  if ((month === 12 && day >= 21) || (month === 1 && day <= 2)) return 0.35;
  return 1;
}

/**
 * The instant `hours` of office time after `from`, counting only office hours of working days in Oslo;
 * a start outside office hours first waits for the next opening.
 */
export function addOfficeHours(from: number, hours: number, office: OfficeHours = OFFICE_HOURS): number {
  let at = from;
  let left = hours * HOUR_MS;
  for (;;) {
    const local = osloTime(at);
    if (!isWorkingDay(local) || local.hour >= office.end) {
      at = osloInstant(local.year, local.month, local.day + 1, office.start);
      continue;
    }
    if (local.hour < office.start) {
      at = osloInstant(local.year, local.month, local.day, office.start);
      continue;
    }
    const closing = osloInstant(local.year, local.month, local.day, office.end);
    if (at + left <= closing) return at + left;
    left -= closing - at;
    at = osloInstant(local.year, local.month, local.day + 1, office.start);
  }
}

/** The next opening of office hours at or after `from` on a working day, at `hour` local time. */
export function nextWorkingDayAt(from: number, hour: number): number {
  for (let day = 0; ; day++) {
    const start = osloTime(from);
    const at = osloInstant(start.year, start.month, start.day + day, hour);
    if (at >= from && isWorkingDay(osloTime(at))) return at;
  }
}
