import type { Directory } from '../directory/directory';
import type { Person } from '../directory/directory.types';
import type { ActorRef, CaseEvent } from '../case/case-events';
import { canSeeCase } from '../case/case-access';
import { pastHolders } from '../case/case-following';
import type { NotificationKind } from './notification-kinds';
import { PARTY_MAILBOX_KINDS } from './notification-kinds';

/** What notifications need to know of a case, folded from its events. Text is the redacted title only. */
export interface NotifiedCase {
  readonly caseId: string;
  readonly reference: string;
  readonly title: string;
  readonly category: string;
  readonly reporter: { readonly username: string; readonly organisation: string };
  readonly region: string;
  readonly party: string | undefined;
  readonly routedParties: readonly string[];
  /** The people following the case (case-following.ts); absent in what was stored before there were any. */
  readonly followers?: readonly string[];
}

/** Who a notification is for: a person of the directory, or a party's shared mailbox. */
export type NotificationRecipient =
  | { readonly kind: 'person'; readonly person: Person }
  | { readonly kind: 'party-mailbox'; readonly party: string; readonly address: string };

export interface PlannedNotification {
  readonly kind: NotificationKind;
  readonly recipient: NotificationRecipient;
  /** The party whose view of the case the message is written for; undefined for the reporter. */
  readonly forParty: string | undefined;
}

/** Folds a case event into what notifications know of the case (the region from the directory). */
export function foldNotifiedCase(
  known: NotifiedCase | undefined,
  caseId: string,
  event: CaseEvent,
  directory: Directory,
): NotifiedCase | undefined {
  if (event.type === 'case.reported') {
    const { data } = event;
    return {
      caseId,
      reference: data.reference,
      title: data.title.text,
      category: data.category,
      reporter: { username: data.reporter.username, organisation: data.reporter.organisation },
      region: directory.locate(data.reporter.organisation).helsefellesskap.region,
      party: undefined,
      routedParties: [],
    };
  }
  if (!known) return undefined;
  const assigned = assignedParty(event);
  if (!assigned) return known;
  const routedParties = known.routedParties.includes(assigned)
    ? known.routedParties
    : [...known.routedParties, assigned];
  return { ...known, party: assigned, routedParties };
}

/** The party a routing or forward gives the case to. */
export function assignedParty(event: CaseEvent): string | undefined {
  if (event.type === 'case.routed') return event.data.party;
  if (event.type === 'case.forwarded') return event.data.to;
  return undefined;
}

/**
 * Who should hear of a case event, before anyone's choices are applied: the party a case is routed or
 * forwarded to, the party when the reporter answers, comments or reopens, the reporter when the party
 * acts, the region's coordinators when a deadline passes. Nobody hears of their own doing.
 */
export function planCaseNotifications(
  notified: NotifiedCase,
  event: CaseEvent,
  directory: Directory,
): PlannedNotification[] {
  const actor = actorOf(event);
  const toParty = (kind: NotificationKind, party: string | undefined) =>
    party ? forParty(kind, party, directory) : [];
  const toReporter = (kind: NotificationKind) => {
    const person = directory.findPerson(notified.reporter.username);
    return person ? [{ kind, recipient: { kind: 'person', person }, forParty: undefined } as const] : [];
  };
  const planned = ((): PlannedNotification[] => {
    switch (event.type) {
      case 'case.routed':
        return toParty('case-assigned', event.data.party);
      case 'case.forwarded':
        return toParty('case-assigned', event.data.to);
      case 'case.acknowledged':
        return toReporter('case-acknowledged');
      case 'case.information-requested':
        return toReporter('information-requested');
      case 'case.resolved':
        return toReporter('case-resolved');
      case 'case.information-provided':
      case 'case.reopened':
        return toParty('reporter-replied', notified.party);
      case 'case.comment-added':
        if (event.data.visibility !== 'public') return [];
        return isReporterSide(event.data.author, notified)
          ? toParty('reporter-replied', notified.party)
          : toReporter('public-comment');
      case 'case.sla-breached':
        return toCoordinators('sla-breached', [notified.region], directory);
      default:
        return [];
    }
  })();
  const all = [...planned, ...toFollowers(notified, event, planned, directory)];
  return all.filter((n) => n.recipient.kind !== 'person' || n.recipient.person.username !== actor?.username);
}

/** What those who follow a case hear of: what the case's parties do and say in the open. */
const FOLLOWED_UPDATES: ReadonlySet<CaseEvent['type']> = new Set<CaseEvent['type']>([
  'case.forwarded',
  'case.acknowledged',
  'case.information-requested',
  'case.information-provided',
  'case.resolved',
  'case.reopened',
  'case.closed',
  'case.comment-added',
]);

/**
 * The people of the holders a case has left and those who follow it, each once, who hear nothing else of
 * this event; a follower only while they may still see the case (a person moved to another party may not).
 */
function toFollowers(
  notified: NotifiedCase,
  event: CaseEvent,
  planned: readonly PlannedNotification[],
  directory: Directory,
): PlannedNotification[] {
  if (!FOLLOWED_UPDATES.has(event.type)) return [];
  if (event.type === 'case.comment-added' && event.data.visibility !== 'public') return [];
  const kind: NotificationKind = 'followed-case-updated';
  const heard = new Set(planned.flatMap((n) => (n.recipient.kind === 'person' ? [n.recipient.person.username] : [])));
  const notices: PlannedNotification[] = [];
  const add = (person: Person, forParty: string | undefined) => {
    if (heard.has(person.username)) return;
    heard.add(person.username);
    notices.push({ kind, recipient: { kind: 'person', person }, forParty });
  };
  for (const holder of pastHolders(notified.routedParties, notified.party)) {
    for (const person of directory.peopleOfHolder(holder)) add(person, holder);
  }
  const audience = {
    reporterOrganisation: notified.reporter.organisation,
    routedParties: notified.routedParties,
    region: notified.region,
  };
  for (const username of notified.followers ?? []) {
    const person = directory.findPerson(username);
    if (person && canSeeCase(audience, viewerOfPerson(person, directory))) add(person, person.party);
  }
  return notices;
}

/** A person of the directory as the visibility rules see them (a coordinator's region is their group's). */
function viewerOfPerson(person: Person, directory: Directory) {
  const region = person.role === 'coordinator' && person.party ? directory.findHolder(person.party)?.region : undefined;
  return { role: person.role, organisation: person.organisation, party: person.party, region: region ?? undefined };
}

/**
 * A holder's shared mailbox and its people: a party's responders (or a working group's coordinators), or
 * an organisation's reporters when the case is with the organisation (case-holder.ts).
 */
export function forParty(kind: NotificationKind, party: string, directory: Directory): PlannedNotification[] {
  const holder = directory.findHolder(party);
  if (!holder) return [];
  const mailbox = PARTY_MAILBOX_KINDS.includes(kind)
    ? holder.contactEmails.map((address) => ({
        kind,
        recipient: { kind: 'party-mailbox', party, address } as const,
        forParty: party,
      }))
    : [];
  const people = directory
    .peopleOfHolder(party)
    .map((person) => ({ kind, recipient: { kind: 'person', person } as const, forParty: party }));
  return [...mailbox, ...people];
}

/** The coordinators of the working groups of these regions. */
export function toCoordinators(
  kind: NotificationKind,
  regions: readonly string[],
  directory: Directory,
): PlannedNotification[] {
  const groups = new Set(regions.map((region) => directory.workingGroupOf(region).id));
  return [...groups]
    .flatMap((group) => directory.peopleOf(group))
    .filter((person) => person.role === 'coordinator')
    .map((person) => ({ kind, recipient: { kind: 'person', person } as const, forParty: person.party }));
}

function isReporterSide(author: ActorRef, notified: NotifiedCase): boolean {
  return (
    (author.role === 'reporter' || author.role === 'system') && author.organisation === notified.reporter.organisation
  );
}

function actorOf(event: CaseEvent): ActorRef | undefined {
  if (event.type === 'case.comment-added') return event.data.author;
  return 'by' in event.data ? event.data.by : undefined;
}
