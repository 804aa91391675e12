import { DirectoryChangeRejectedError, DomainError, type Directory, type DirectoryEntryKind } from '@lagspill/domain';
import type { Response } from 'express';

const ENTITY_TAG = /^\s*(?:W\/)?"(\d{1,9})"\s*$/;

/** An entry's change based on a version that is no longer its last: someone changed it in between. */
export class DirectoryEntryChangedError extends DomainError {
  readonly code = 'DIRECTORY_ENTRY_CHANGED';
  readonly kind = 'conflict';

  constructor(kind: DirectoryEntryKind, id: string, expected: number, actual: number) {
    super(`The ${kind} ${id} was changed since version ${expected} (it is at ${actual}): read it again`);
  }
}

/**
 * The version an `If-Match: "<version>"` names; undefined when the header is absent or `*` (any version of
 * an entry that exists, RFC 9110 §13.1.1): the change is unconditional.
 */
export function ifMatchVersion(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '' || header.trim() === '*') return undefined;
  const version = Number(ENTITY_TAG.exec(header)?.[1] ?? NaN);
  if (!Number.isSafeInteger(version)) {
    throw new DirectoryChangeRejectedError([
      { field: 'If-Match', message: 'must be the ETag the entry was read with, "<version>"' },
    ]);
  }
  return version;
}

/** Refuses a change based on another version of the entry than its last (when the client said which). */
export function requireEntryVersion(
  directory: Directory,
  kind: DirectoryEntryKind,
  id: string,
  expected: number | undefined,
): void {
  const actual = directory.versionOf(kind, id);
  if (expected !== undefined && expected !== actual) throw new DirectoryEntryChangedError(kind, id, expected, actual);
}

/** Sets the entry's ETag: the version a change of it may name in `If-Match`. */
export function tagEntry(response: Response, directory: Directory, kind: DirectoryEntryKind, id: string): void {
  response.setHeader('ETag', `"${directory.versionOf(kind, id)}"`);
}
