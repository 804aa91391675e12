import type { DeviationChannel, DeviationNoticeStatus } from '@lagspill/domain';

// Words for the fields of issue 17 (the organisation a case concerns, the fragmented list, the statutory
// notice), shared by the report form and the case page. They belong in labels.ts once it is free to edit.

/** The report form's answers to «Er hendelsen meldt?». */
export const DEVIATION_ANSWER_LABELS: Readonly<Record<DeviationNoticeStatus, string>> = {
  notified: 'Ja, meldt',
  'will-notify': 'Skal meldes',
  'not-notified': 'Nei',
};

/** The same answers as the case page states them. */
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
