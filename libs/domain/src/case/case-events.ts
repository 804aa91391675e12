import type { MultidoseMode, Role } from '../directory/directory.types';
import { keyedEventStream, streamKeyOf } from '../events/event-stream';
import { eventTypesOf } from '../events/event-types';
import type { RedactedText, ScreenedText } from '../privacy/screened-text';
import type { CommentVisibility, Harm, LinkRelation, SlaKind } from './case-status';
import type { DeviationNotice } from './deviation-notice';

/** Who did something, as recorded in the event (names are kept: the history must read without lookups). */
export interface ActorRef {
  readonly username: string;
  readonly name: string;
  readonly role: Role;
  readonly organisation?: string;
  readonly party?: string;
}

export interface CaseReportedData {
  readonly caseId: string;
  readonly reference: string;
  readonly category: string;
  readonly subcategory: string;
  readonly title: ScreenedText;
  readonly description: ScreenedText;
  readonly occurredAt: string;
  readonly reportedAt: string;
  readonly reporter: ActorRef & { readonly organisation: string };
  /** Product and version come from the request (or the directory): shown to the vendor, so screened. */
  readonly system: { readonly vendor: string; readonly product: RedactedText; readonly version?: RedactedText };
  readonly multidoseMode: MultidoseMode;
  readonly harm: Harm;
  readonly scope: { readonly multiplePatients: boolean; readonly multipleOrganisations: boolean };
  /** TraceID, MessageID, ReseptID: kept redacted only (no sealed original). */
  readonly technical: Readonly<Record<string, RedactedText>>;
  /*
   * Added to version 1 as optional fields (docs/events.md): a case reported before them reads as
   * concerning no other organisation, without the flag, and with no notice stated.
   */
  /** The other organisation the report concerns (a directory organisation id): the prescribing GP office, say. */
  readonly concerns?: string;
  /** Double registration or a fragmented medication list, whatever the category: counted on its own. */
  readonly fragmentedList?: boolean;
  /** For harm above a near miss: whether the statutory notice was given. */
  readonly deviationNotice?: DeviationNotice;
}

/**
 * The reporting organisation shares the identity numbers in its text with the organisation the case
 * concerns (which treats the patient), or withdraws that. Sharing follows the organisation named: it
 * ends when the working group names another.
 */
export interface CaseIdentitySharingData {
  readonly organisation: string;
  readonly by: ActorRef;
  readonly at: string;
}

export interface CaseConcernedOrganisationSetData {
  /** The organisation the case now concerns; null: none. */
  readonly organisation: string | null;
  readonly by: ActorRef;
  readonly at: string;
}

export interface ServiceClock {
  readonly firstResponseDueAt: string;
  readonly resolutionDueAt: string;
}

export interface CaseRoutedData extends ServiceClock {
  readonly party: string;
  /** The routing rule that matched. */
  readonly rule: string;
  readonly at: string;
}

export interface CaseAcknowledgedData {
  readonly party: string;
  readonly by: ActorRef;
  readonly at: string;
}

export interface CaseCommentAddedData {
  readonly commentId: string;
  readonly author: ActorRef;
  readonly visibility: CommentVisibility;
  readonly body: ScreenedText;
  readonly at: string;
}

export interface CaseInformationRequestedData {
  readonly question: ScreenedText;
  readonly by: ActorRef;
  readonly at: string;
}

export interface CaseInformationProvidedData extends ServiceClock {
  readonly answer: ScreenedText;
  readonly by: ActorRef;
  /** How long the clock stood still; the due times above are moved by it. */
  readonly pausedMs: number;
  readonly at: string;
}

export interface CaseForwardedData extends ServiceClock {
  readonly from: string;
  readonly to: string;
  readonly reason: ScreenedText;
  readonly by: ActorRef;
  readonly at: string;
}

export interface CaseResolvedData {
  readonly party: string;
  readonly resolution: ScreenedText;
  readonly by: ActorRef;
  readonly at: string;
}

export interface CaseReopenedData {
  readonly reason: ScreenedText;
  readonly by: ActorRef;
  /** The current party gets a new resolution clock. */
  readonly resolutionDueAt: string;
  readonly at: string;
}

export interface CaseClosedData {
  readonly by: ActorRef;
  readonly at: string;
}

export interface CaseLinkedData {
  readonly case: string;
  readonly relation: LinkRelation;
  readonly by: ActorRef;
  readonly at: string;
}

export interface CaseSlaBreachedData {
  readonly party: string;
  readonly kind: SlaKind;
  readonly dueAt: string;
  readonly at: string;
}

/** Every case event: a stable `type` string (never a class name) and its data. */
export type CaseEvent =
  | { readonly type: 'case.reported'; readonly data: CaseReportedData }
  | { readonly type: 'case.routed'; readonly data: CaseRoutedData }
  | { readonly type: 'case.acknowledged'; readonly data: CaseAcknowledgedData }
  | { readonly type: 'case.comment-added'; readonly data: CaseCommentAddedData }
  | { readonly type: 'case.information-requested'; readonly data: CaseInformationRequestedData }
  | { readonly type: 'case.information-provided'; readonly data: CaseInformationProvidedData }
  | { readonly type: 'case.forwarded'; readonly data: CaseForwardedData }
  | { readonly type: 'case.resolved'; readonly data: CaseResolvedData }
  | { readonly type: 'case.reopened'; readonly data: CaseReopenedData }
  | { readonly type: 'case.closed'; readonly data: CaseClosedData }
  | { readonly type: 'case.linked'; readonly data: CaseLinkedData }
  | { readonly type: 'case.sla-breached'; readonly data: CaseSlaBreachedData }
  | { readonly type: 'case.concerned-organisation-set'; readonly data: CaseConcernedOrganisationSetData }
  | { readonly type: 'case.identity-shared'; readonly data: CaseIdentitySharingData }
  | { readonly type: 'case.identity-sharing-withdrawn'; readonly data: CaseIdentitySharingData };

export type CaseEventType = CaseEvent['type'];

/** Schema version every case event type is written with today. */
export const CASE_EVENT_SCHEMA_VERSIONS: Readonly<Record<CaseEventType, number>> = {
  'case.reported': 1,
  'case.routed': 1,
  'case.acknowledged': 1,
  'case.comment-added': 1,
  'case.information-requested': 1,
  'case.information-provided': 1,
  'case.forwarded': 1,
  'case.resolved': 1,
  'case.reopened': 1,
  'case.closed': 1,
  'case.linked': 1,
  'case.sla-breached': 1,
  'case.concerned-organisation-set': 1,
  'case.identity-shared': 1,
  'case.identity-sharing-withdrawn': 1,
};

/** When the event happened in the case's life (not when it was recorded). */
export const caseEventTime = (event: CaseEvent): string =>
  event.type === 'case.reported' ? event.data.reportedAt : event.data.at;

export const CASE_EVENT_TYPES = eventTypesOf(CASE_EVENT_SCHEMA_VERSIONS);

/** Cases are streams named by their id. */
export const CASE_STREAM = keyedEventStream('case', 'id');
export const caseStreamId = CASE_STREAM.id;

/** The case a stream is, or undefined for any other stream (rules, incidents, retention records). */
export const caseIdOfStream = CASE_STREAM.keyOf;

/** The case of an event known to be a case's (a case event type). */
export const caseIdOf = (event: { readonly streamId: string }): string => streamKeyOf(CASE_STREAM, event);
