import type { Role } from '../directory/directory.types';

/** What a notification tells its recipient. */
export const NOTIFICATION_KINDS = [
  'case-assigned',
  'reporter-replied',
  'case-acknowledged',
  'information-requested',
  'case-resolved',
  'public-comment',
  'sla-breached',
  'cluster-suggested',
  'webhook-disabled',
  'enrolment-requested',
  'followed-case-updated',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How each kind reads in the UI and in a mail's line (Norwegian bokmål). */
export const NOTIFICATION_KIND_LABELS: Readonly<Record<NotificationKind, string>> = {
  'case-assigned': 'Ny sak til oss',
  'reporter-replied': 'Melderen har svart, kommentert eller gjenåpnet',
  'case-acknowledged': 'Saken min er tatt imot',
  'information-requested': 'Det er bedt om mer informasjon i saken min',
  'case-resolved': 'Saken min er løst',
  'public-comment': 'Ny kommentar i saken min',
  'sla-breached': 'Fristbrudd i regionen',
  'cluster-suggested': 'Samme feil er meldt fra flere virksomheter',
  'webhook-disabled': 'En webhook er slått av etter gjentatte feil',
  'enrolment-requested': 'Noen ber om tilgang for en virksomhet i regionen',
  'followed-case-updated': 'Nytt i en sak du følger, eller som dere har hatt',
};

/**
 * The kinds each role may choose for their own address, and whether each is on until the person says
 * otherwise. A party's shared mailbox (its contact addresses in the directory) always hears of cases
 * routed to the party and of the reporter's replies, so a responder's own copy starts off.
 */
export const NOTIFICATION_CHOICES: Readonly<Record<Role, Readonly<Partial<Record<NotificationKind, boolean>>>>> = {
  reporter: {
    'case-acknowledged': true,
    'information-requested': true,
    'case-resolved': true,
    'public-comment': true,
    'followed-case-updated': true,
  },
  responder: { 'case-assigned': false, 'reporter-replied': false, 'followed-case-updated': true },
  coordinator: {
    'sla-breached': true,
    'cluster-suggested': true,
    'enrolment-requested': true,
    'case-assigned': false,
    'reporter-replied': false,
    'followed-case-updated': true,
  },
  admin: { 'followed-case-updated': true },
  system: {},
};

/** The kinds that reach a party's shared mailbox whatever anyone chose. */
export const PARTY_MAILBOX_KINDS: readonly NotificationKind[] = [
  'case-assigned',
  'reporter-replied',
  'webhook-disabled',
];

/** Whether a person with this role gets this kind, given what they chose (absent: the default). */
export function wantsNotification(
  role: Role,
  kind: NotificationKind,
  chosen: Readonly<Partial<Record<NotificationKind, boolean>>>,
): boolean {
  const byDefault = NOTIFICATION_CHOICES[role][kind];
  if (byDefault === undefined) return false;
  return chosen[kind] ?? byDefault;
}
