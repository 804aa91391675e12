import type { Directory } from '../directory/directory';
import { type FieldRejectedError } from '../errors/field-rejected.error';

/** Who may set or correct the organisation a case concerns after it was reported: the working group. */
export const SETS_CONCERNED_ORGANISATION = ['coordinator', 'admin'] as const;

/**
 * The organisation a report concerns must be one the directory knows and has not deactivated, and not
 * the reporting organisation itself: the point is the other end of the medication chain. `reject` makes
 * the error of the caller's kind (a report's 400, a command's 400), naming `field`.
 */
export function requireConcernedOrganisation(
  directory: Directory,
  organisation: string,
  reporterOrganisation: string,
  reject: (message: string) => FieldRejectedError,
): void {
  const found = directory.findOrganisation(organisation);
  if (!found) throw reject(`"${organisation}" is not an organisation in the directory`);
  if (found.deactivatedAt !== undefined) {
    throw reject(`"${organisation}" is deactivated in the directory`);
  }
  if (organisation === reporterOrganisation) throw reject('is the reporting organisation itself; name the other one');
}
