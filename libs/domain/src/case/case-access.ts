import type { Role } from '../directory/directory.types';
import { IDENTITY_NUMBER_PLACEHOLDER } from '../privacy/identity-number-redactor';
import { organisationHolder, organisationOfHolder } from './case-holder';
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
 * Who may see a case: its reporting organisation, every party or organisation it has been routed to (now
 * or before), the coordinators of its region, and admins. Anyone else must not even learn that it exists.
 */
export function canSeeCase(audience: CaseAudience, viewer: Viewer): boolean {
  switch (viewer.role) {
    case 'admin':
      return true;
    case 'coordinator':
      return viewer.region === audience.region;
    case 'responder':
      // A party id never has the organisation prefix (the directory refuses it); a forged one gains nothing.
      return (
        viewer.party !== undefined &&
        organisationOfHolder(viewer.party) === undefined &&
        audience.routedParties.includes(viewer.party)
      );
    case 'reporter':
    case 'system':
      return (
        viewer.organisation !== undefined &&
        (viewer.organisation === audience.reporterOrganisation ||
          audience.routedParties.includes(organisationHolder(viewer.organisation)))
      );
  }
}

/** Internal comments are for the party that wrote them and for coordinators; never for another party or the reporter. */
export function canSeeEntry(entry: Pick<CaseEntry, 'visibility' | 'author'>, viewer: Viewer): boolean {
  if (entry.visibility === 'public') return true;
  if (viewer.role === 'coordinator' || viewer.role === 'admin') return true;
  return viewer.role === 'responder' && viewer.party !== undefined && viewer.party === entry.author.party;
}

/** Whose identity numbers a case's text holds, and with whom the reporting organisation shares them. */
export interface OriginalTextAudience {
  readonly reporterOrganisation: string;
  readonly identitySharedWith?: string;
}

/**
 * Who reads a case's text with its identity numbers: the reporting organisation (`own`), and the people
 * of the organisation it chose to share them with because it treats the patient (`shared`, reporters
 * only: not its machine clients). Everyone else, vendors and the working group included, sees the
 * placeholder.
 */
export function originalTextAccess(audience: OriginalTextAudience, viewer: Viewer): 'own' | 'shared' | undefined {
  if (viewer.organisation === undefined) return undefined;
  if (
    (viewer.role === 'reporter' || viewer.role === 'system') &&
    viewer.organisation === audience.reporterOrganisation
  ) {
    return 'own';
  }
  return viewer.role === 'reporter' && viewer.organisation === audience.identitySharedWith ? 'shared' : undefined;
}

export const readsOriginalText = (audience: OriginalTextAudience, viewer: Viewer): boolean =>
  originalTextAccess(audience, viewer) !== undefined;

/** The audience of a case's original text, from its document. */
export const originalTextAudienceOf = (document: {
  readonly reporter: { readonly organisation: string };
  readonly identitySharedWith?: string;
}): OriginalTextAudience => ({
  reporterOrganisation: document.reporter.organisation,
  ...(document.identitySharedWith === undefined ? {} : { identitySharedWith: document.identitySharedWith }),
});

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
