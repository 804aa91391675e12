import type { ServiceLevel } from '../directory/directory.types';
import type { ActorRef, CaseReportedData } from './case-events';
import type { ScreenedText } from '../privacy/screened-text';
import type { CommentVisibility, LinkRelation, SlaKind } from './case-status';

/** Commands carry who acts and when; the application has checked that the actor may see the case. */
interface Command<T extends string> {
  readonly type: T;
  readonly actor: ActorRef;
  readonly at: string;
}

export type ReportCase = Command<'report-case'> & { readonly report: CaseReportedData };
export type RouteCase = Command<'route-case'> & {
  readonly party: string;
  readonly rule: string;
  readonly serviceLevel: ServiceLevel;
};
export type AcknowledgeCase = Command<'acknowledge-case'>;
export type AddComment = Command<'add-comment'> & {
  readonly commentId: string;
  readonly visibility: CommentVisibility;
  readonly body: ScreenedText;
};
export type RequestInformation = Command<'request-information'> & { readonly question: ScreenedText };
export type ProvideInformation = Command<'provide-information'> & { readonly answer: ScreenedText };
export type ForwardCase = Command<'forward-case'> & {
  readonly to: string;
  readonly reason: ScreenedText;
  readonly serviceLevel: ServiceLevel;
};
export type ResolveCase = Command<'resolve-case'> & { readonly resolution: ScreenedText };
export type ReopenCase = Command<'reopen-case'> & {
  readonly reason: ScreenedText;
  readonly serviceLevel: ServiceLevel;
};
export type CloseCase = Command<'close-case'>;
export type LinkCase = Command<'link-case'> & { readonly case: string; readonly relation: LinkRelation };
export type RecordSlaBreach = Command<'record-sla-breach'> & { readonly kind: SlaKind };
/** The working group sets or corrects the organisation a case concerns (null: none). */
export type SetConcernedOrganisation = Command<'set-concerned-organisation'> & { readonly organisation: string | null };
/** The reporting organisation shares its identity numbers with the organisation the case concerns, or stops. */
export type ShareIdentity = Command<'share-identity'>;
export type WithdrawIdentitySharing = Command<'withdraw-identity-sharing'>;

export type CaseCommand =
  | ReportCase
  | RouteCase
  | AcknowledgeCase
  | AddComment
  | RequestInformation
  | ProvideInformation
  | ForwardCase
  | ResolveCase
  | ReopenCase
  | CloseCase
  | LinkCase
  | RecordSlaBreach
  | SetConcernedOrganisation
  | ShareIdentity
  | WithdrawIdentitySharing;
