import { formatDateTime } from '../format/oslo-time';

/** A time in Europe/Oslo, with the machine-readable instant for assistive tools. */
export function Time({ at }: { readonly at: string }) {
  return <time dateTime={at}>{formatDateTime(at)}</time>;
}
