import type { Role } from '../directory/directory.types';
import { IDENTITY_NUMBER_PLACEHOLDER } from '../privacy/identity-number-redactor';
import type { CaseEntry } from './case-document';
import type { ScreenedText } from '../privacy/screened-text';

/** The caller, as far as case visibility is concerned. */
export interface Viewer {
  readonly role: Role;
  readonly organisation?: string;
  readonly party?: string;
  /** Coordinators: the region of their working group. */
  readonly region?: string;
}

/** What decides who may see a case. */
export interface CaseAudience {
  readonly reporterOrganisation: string;
  readonly routedParties: readonly string[];
  readonly region: string;
}

/**
 * Who may see a case: its reporting organisation, every party it has been routed to (now or before),
 * the coordinators of its region, and admins. Anyone else must not even learn that it exists.
 */
export function canSeeCase(audience: CaseAudience, viewer: Viewer): boolean {
  switch (viewer.role) {
    case 'admin':
      return true;
    case 'coordinator':
      return viewer.region === audience.region;
    case 'responder':
      return viewer.party !== undefined && audience.routedParties.includes(viewer.party);
    case 'reporter':
    case 'system':
      return viewer.organisation === audience.reporterOrganisation;
  }
}

/** Internal comments are for the party that wrote them and for coordinators; never for another party or the reporter. */
export function canSeeEntry(entry: Pick<CaseEntry, 'visibility' | 'author'>, viewer: Viewer): boolean {
  if (entry.visibility === 'public') return true;
  if (viewer.role === 'coordinator' || viewer.role === 'admin') return true;
  return viewer.role === 'responder' && viewer.party !== undefined && viewer.party === entry.author.party;
}

/** Only the reporting organisation reads its own text unredacted; everyone else sees the placeholder. */
export function readsOriginalText(audience: Pick<CaseAudience, 'reporterOrganisation'>, viewer: Viewer): boolean {
  return (
    (viewer.role === 'reporter' || viewer.role === 'system') && viewer.organisation === audience.reporterOrganisation
  );
}

/** What the reporting organisation sees where an identity number stood once the case's key is erased. */
export const ERASED_PLACEHOLDER = '[slettet]';

/**
 * The text a viewer gets, and how many identity numbers were held back from it. `unseal` decrypts the
 * original; it returns undefined when the case's key was erased (retention), and the redacted text is
 * shown instead, to the reporting organisation with `[slettet]` where its original had an identity
 * number, so it can tell erased from never written.
 */
export function textFor(
  screened: ScreenedText,
  original: boolean,
  unseal: (sealed: string) => string | undefined,
): { text: string; piiRedacted: number } {
  if (original && screened.sealed) {
    const opened = unseal(screened.sealed);
    if (opened !== undefined) return { text: opened, piiRedacted: 0 };
    return { text: screened.text.replaceAll(IDENTITY_NUMBER_PLACEHOLDER, ERASED_PLACEHOLDER), piiRedacted: 0 };
  }
  return { text: screened.text, piiRedacted: screened.piiRedacted };
}
