import {
  ORGANISATION_TYPE_LABELS,
  PARTY_KIND_LABELS,
  REGION_NAMES,
  type EnrolmentStatus,
  type ImportKind,
} from '@lagspill/domain';

export { ORGANISATION_TYPE_LABELS, PARTY_KIND_LABELS, REGION_NAMES };

export const ENROLMENT_STATUS_LABELS: Readonly<Record<EnrolmentStatus, string>> = {
  pending: 'Venter på svar',
  approved: 'Godkjent',
  refused: 'Avslått',
};

export const ENROLMENT_STATUS_COLORS: Readonly<Record<EnrolmentStatus, 'warning' | 'success' | 'danger'>> = {
  pending: 'warning',
  approved: 'success',
  refused: 'danger',
};

/** The kinds of entries an import file holds, as the summary names them. */
export const IMPORT_KIND_LABELS: Readonly<Record<ImportKind, string>> = {
  helsefellesskap: 'Helsefellesskap',
  municipalities: 'Kommuner',
  parties: 'Parter',
  organisations: 'Virksomheter',
  people: 'Personer',
};

export const IMPORT_OUTCOME_LABELS: Readonly<Record<'added' | 'changed' | 'unchanged', string>> = {
  added: 'Lagt til',
  changed: 'Endret',
  unchanged: 'Uendret',
};

/** A region's Norwegian name, or its id when the directory has none for it. */
export const regionName = (region: string | undefined): string =>
  region === undefined ? '' : (REGION_NAMES[region] ?? region);

/** What a change in the directory log is, in a few words (the import's list of what would change). */
export const DIRECTORY_CHANGE_LABELS: Readonly<Record<string, string>> = {
  'directory.helsefellesskap-registered': 'lagt til',
  'directory.municipality-registered': 'lagt til',
  'directory.municipality-moved': 'flyttet til annet helsefellesskap',
  'directory.organisation-registered': 'lagt til',
  'directory.organisation-renamed': 'nytt navn',
  'directory.organisation-system-changed': 'system',
  'directory.organisation-moved': 'ny kommune',
  'directory.organisation-contacts-changed': 'kontaktadresser',
  'directory.organisation-details-changed': 'opplysninger',
  'directory.organisation-deactivated': 'deaktivert',
  'directory.organisation-reactivated': 'aktivert igjen',
  'directory.party-registered': 'lagt til',
  'directory.party-renamed': 'nytt navn',
  'directory.party-contacts-changed': 'kontaktadresser',
  'directory.party-service-level-changed': 'frister',
  'directory.party-products-changed': 'produkter',
  'directory.party-region-changed': 'region',
  'directory.party-deactivated': 'deaktivert',
  'directory.party-reactivated': 'aktivert igjen',
  'directory.person-enrolled': 'lagt til',
  'directory.person-details-changed': 'opplysninger',
  'directory.person-affiliation-changed': 'rolle eller tilhørighet',
  'directory.person-deactivated': 'deaktivert',
  'directory.person-reactivated': 'aktivert igjen',
  'directory.enrolment-requested': 'ba om tilgang',
  'directory.enrolment-approved': 'tilgang godkjent',
  'directory.enrolment-refused': 'tilgang avslått',
};
