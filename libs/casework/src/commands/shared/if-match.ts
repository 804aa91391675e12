import { IfMatchRequiredError } from './if-match-required.error';
import { InvalidIfMatchError } from './invalid-if-match.error';

const ENTITY_TAG = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/;

/** The case's ETag: its version, quoted. */
export const etagOf = (version: number) => `"${version}"`;

/** The version a change is based on, from `If-Match: "<version>"`; 428 when missing, 400 when malformed. */
export function parseIfMatch(header: string | undefined): number {
  if (header === undefined || header.trim() === '') throw new IfMatchRequiredError();
  const match = ENTITY_TAG.exec(header);
  const version = match ? Number(match[1]) : NaN;
  if (!Number.isSafeInteger(version) || version < 1) throw new InvalidIfMatchError(header);
  return version;
}
