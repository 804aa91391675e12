/** Times are stored in UTC and shown in Europe/Oslo, whatever the browser's own time zone. */
export const TIME_ZONE = 'Europe/Oslo';

const dateTime = new Intl.DateTimeFormat('nb-NO', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const dateOnly = new Intl.DateTimeFormat('nb-NO', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

export function formatDate(iso: string): string {
  return dateOnly.format(new Date(iso));
}

/** The wall-clock time in Oslo at an instant, as `YYYY-MM-DDTHH:mm` (a datetime-local value). */
export function osloLocalInput(instant: Date): string {
  const p = Object.fromEntries(parts.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** Oslo's offset from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function osloOffset(instant: number): number {
  const p = Object.fromEntries(parts.formatToParts(new Date(instant)).map((part) => [part.type, Number(part.value)]));
  const wall = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant an Oslo wall-clock time `YYYY-MM-DDTHH:mm` names, as UTC ISO 8601. The offset is looked up
 * twice because the first guess can fall on the other side of a daylight-saving change.
 */
export function osloLocalToIso(local: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return undefined;
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const first = asUtc - osloOffset(asUtc);
  const instant = asUtc - osloOffset(first);
  return new Date(instant).toISOString();
}

/** "om 3 timer" / "for 2 dager siden": how far an instant is from now, in the largest whole unit, written out. */
export function relativeToNow(iso: string, now = Date.now()): string {
  const minutes = Math.round((new Date(iso).getTime() - now) / 60_000);
  const size = Math.abs(minutes);
  const amount =
    size < 60
      ? counted(size, 'minutt', 'minutter')
      : size < 48 * 60
        ? counted(Math.round(size / 60), 'time', 'timer')
        : counted(Math.round(size / 1440), 'dag', 'dager');
  return minutes >= 0 ? `om ${amount}` : `for ${amount} siden`;
}

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
