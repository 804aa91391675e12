import type { CaseStatus, DeviationChannel, DeviationNoticeStatus, Harm } from '@lagspill/domain';

/** Norwegian words for a case's statuses: the web app's and the CSV export's, one table for both. */
export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  reported: 'Meldt',
  routed: 'Sendt til ansvarlig',
  acknowledged: 'Under behandling',
  'awaiting-information': 'Venter på svar fra melder',
  resolved: 'Løst',
  closed: 'Lukket',
};

/** Norwegian words for the harm levels of a report. */
export const HARM_LABELS: Readonly<Record<Harm, string>> = {
  none: 'Ingen skade',
  'near-miss': 'Nestenhendelse',
  minor: 'Liten skade',
  moderate: 'Moderat skade',
  severe: 'Alvorlig skade',
};

/** Whether the statutory notice of an adverse event was given, as a case states it. */
export const DEVIATION_STATUS_LABELS: Readonly<Record<DeviationNoticeStatus, string>> = {
  notified: 'Meldt',
  'will-notify': 'Skal meldes',
  'not-notified': 'Ikke meldt',
};

export const DEVIATION_CHANNEL_LABELS: Readonly<Record<DeviationChannel, string>> = {
  'melde-no': 'melde.no',
  'own-system': 'Eget avvikssystem',
};

export const FRAGMENTED_LIST_LABEL = 'Dobbeltregistrering eller oppsplittet legemiddelliste';
