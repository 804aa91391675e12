import { CASE_STATUS_LABELS, HARM_LABELS as CASE_HARM_LABELS } from '@lagspill/contracts';

import {
  INTEGRATION_LABELS as DIRECTORY_INTEGRATION_LABELS,
  ROLE_LABELS as DIRECTORY_ROLE_LABELS,
  type CaseEventType,
  type DeviationNoticeStatus,
  type Harm,
  type Integration,
  type MultidoseMode,
  type Role,
} from '@lagspill/domain';

// The case's words shared with the CSV export (libs/contracts).
export { DEVIATION_CHANNEL_LABELS, DEVIATION_STATUS_LABELS, FRAGMENTED_LIST_LABEL } from '@lagspill/contracts';

/** Norwegian words for the API's codes; a case's statuses and harm levels as the CSV export writes them. */
export const STATUS_LABELS: Readonly<Record<string, string>> = CASE_STATUS_LABELS;

/** Designsystemet colours for a status tag. */
export const STATUS_COLORS: Readonly<Record<string, 'info' | 'warning' | 'success' | 'neutral' | 'accent'>> = {
  reported: 'neutral',
  routed: 'info',
  acknowledged: 'accent',
  'awaiting-information': 'warning',
  resolved: 'success',
  closed: 'neutral',
};

export const HARM_LABELS: Readonly<Record<Harm, string>> = CASE_HARM_LABELS;

export const MULTIDOSE_LABELS: Readonly<Record<MultidoseMode, string>> = {
  none: 'Ikke multidose',
  paper: 'Papirmultidose',
  electronic: 'Elektronisk multidose (eMD)',
  both: 'Både papirmultidose og eMD',
  unknown: 'Vet ikke',
};

/** The directory's names of the roles, but "Fagsystem" for the one that is no person. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = { ...DIRECTORY_ROLE_LABELS, system: 'Fagsystem' };

/** The directory's names of the integrations, with the own build spelled out. */
export const INTEGRATION_LABELS: Readonly<Record<Integration, string>> = {
  ...DIRECTORY_INTEGRATION_LABELS,
  own: 'Egen løsning',
};

export const EVENT_LABELS: Readonly<Record<CaseEventType, string>> = {
  'case.reported': 'Meldt',
  'case.routed': 'Sendt til',
  'case.acknowledged': 'Tatt til behandling',
  'case.comment-added': 'Kommentar',
  'case.information-requested': 'Ba om mer informasjon',
  'case.information-provided': 'Svarte med informasjon',
  'case.forwarded': 'Videresendt',
  'case.resolved': 'Løst',
  'case.reopened': 'Gjenåpnet',
  'case.closed': 'Lukket',
  'case.linked': 'Koblet til annen sak',
  'case.concerned-organisation-set': 'Endret hvilken virksomhet saken gjelder',
  'case.identity-shared': 'Delte fødselsnummer med virksomheten saken gjelder',
  'case.identity-sharing-withdrawn': 'Trakk tilbake delingen av fødselsnummer',
  'case.sla-breached': 'Fristbrudd',
};

export const LINK_LABELS: Readonly<Record<string, string>> = {
  'duplicate-of': 'duplikat av',
  related: 'relatert til',
  'part-of-incident': 'del av hendelse',
};

export const TECHNICAL_LABELS: Readonly<Record<string, string>> = {
  traceId: 'TraceID / Feil-ID',
  messageId: 'MessageID',
  reseptId: 'ReseptID',
};

export const label = (labels: Readonly<Record<string, string>>, code: string): string => labels[code] ?? code;

/** The report form's answers to «Er hendelsen meldt?». */
export const DEVIATION_ANSWER_LABELS: Readonly<Record<DeviationNoticeStatus, string>> = {
  notified: 'Ja, meldt',
  'will-notify': 'Skal meldes',
  'not-notified': 'Nei',
};
