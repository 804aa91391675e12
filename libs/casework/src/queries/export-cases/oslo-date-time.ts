const OSLO = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * An instant as Norwegian wall-clock time, `2026-11-20 10:30`: the form Excel reads as a date and time
 * in any locale, where `20.11.2026` would be text outside Norway and the API's UTC would be an hour off.
 */
export function osloDateTime(instant: string): string {
  const part = Object.fromEntries(OSLO.formatToParts(new Date(instant)).map(({ type, value }) => [type, value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}
