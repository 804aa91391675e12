import type { MultidoseMode } from '../directory/directory.types';
import type { ActorRef, CaseEvent, CaseReportedData } from './case-events';
import type { ScreenedText } from '../privacy/screened-text';
import type { CaseStatus, CommentVisibility, Harm, LinkRelation } from './case-status';
import type { DeviationNotice } from './deviation-notice';

/** A comment, or the text that came with a request, answer, forward, resolution or reopening. */
export interface CaseEntry {
  readonly id: string;
  readonly kind: 'comment' | 'question' | 'answer' | 'forward' | 'resolution' | 'reopening';
  readonly author: ActorRef;
  readonly visibility: CommentVisibility;
  readonly body: ScreenedText;
  readonly at: string;
}

/**
 * Everything known of a case, folded from its events: the read model stores it, and each caller gets
 * a view of it (`viewCase`). Free text stays screened: `text` redacted, `sealed` the encrypted original.
 */
export interface CaseDocument {
  readonly id: string;
  readonly reference: string;
  readonly version: number;
  readonly status: CaseStatus;
  readonly category: string;
  readonly subcategory: string;
  readonly title: ScreenedText;
  readonly description: ScreenedText;
  readonly occurredAt: string;
  readonly reportedAt: string;
  readonly updatedAt: string;
  readonly reporter: CaseReportedData['reporter'];
  readonly system: CaseReportedData['system'];
  readonly multidoseMode: MultidoseMode;
  readonly harm: Harm;
  readonly scope: CaseReportedData['scope'];
  readonly technical: Readonly<Record<string, string>>;
  /*
   * Optional: documents stored before these fields existed lack them (absent: no organisation, no flag,
   * no notice stated), and the read model is not rebuilt for an additive field.
   */
  /** The other organisation the case concerns (a directory organisation id). */
  readonly concerns?: string;
  readonly fragmentedList?: boolean;
  readonly deviationNotice?: DeviationNotice;
  /** The organisation the reporting one shares its identity numbers with, if any. */
  readonly identitySharedWith?: string;
  /** The party the case is with now, since when, and its clock. */
  readonly routedTo:
    | {
        readonly party: string;
        readonly since: string;
        readonly firstResponseDueAt: string;
        readonly resolutionDueAt: string;
        readonly responded: boolean;
      }
    | undefined;
  /** Every party the case has been with: they may all still see it. */
  readonly routedParties: readonly string[];
  /** Where an answer to a request for information returns the case. */
  readonly resumeStatus: CaseStatus | undefined;
  readonly entries: readonly CaseEntry[];
  readonly links: readonly { readonly case: string; readonly relation: LinkRelation }[];
  readonly slaBreaches: readonly { readonly party: string; readonly kind: string; readonly at: string }[];
}

/** Folds one event into the document; `version` is the event's stream version. */
export function applyToDocument(document: CaseDocument | undefined, event: CaseEvent, version: number): CaseDocument {
  if (event.type === 'case.reported') return reportedDocument(event.data, version);
  if (!document) throw new Error(`${event.type} before case.reported`);
  const base: CaseDocument = { ...document, version, updatedAt: event.data.at };
  const withEntry = (
    id: string,
    kind: CaseEntry['kind'],
    author: ActorRef,
    body: ScreenedText,
    visibility: CommentVisibility = 'public',
  ) => [...document.entries, { id, kind, author, visibility, body, at: event.data.at }];
  const routedTo = document.routedTo;
  switch (event.type) {
    case 'case.routed':
    case 'case.forwarded': {
      const party = event.type === 'case.routed' ? event.data.party : event.data.to;
      return {
        ...base,
        status: 'routed',
        routedTo: {
          party,
          since: event.data.at,
          firstResponseDueAt: event.data.firstResponseDueAt,
          resolutionDueAt: event.data.resolutionDueAt,
          responded: false,
        },
        routedParties: document.routedParties.includes(party)
          ? document.routedParties
          : [...document.routedParties, party],
        resumeStatus: undefined,
        entries:
          event.type === 'case.forwarded'
            ? withEntry(`forward-${version}`, 'forward', event.data.by, event.data.reason)
            : document.entries,
      };
    }
    case 'case.acknowledged':
      return { ...base, status: 'acknowledged', routedTo: routedTo && { ...routedTo, responded: true } };
    case 'case.comment-added':
      return {
        ...base,
        entries: withEntry(event.data.commentId, 'comment', event.data.author, event.data.body, event.data.visibility),
      };
    case 'case.information-requested':
      return {
        ...base,
        status: 'awaiting-information',
        resumeStatus: document.status,
        routedTo: routedTo && { ...routedTo, responded: true },
        entries: withEntry(`question-${version}`, 'question', event.data.by, event.data.question),
      };
    case 'case.information-provided':
      return {
        ...base,
        status: document.resumeStatus ?? 'routed',
        resumeStatus: undefined,
        routedTo: routedTo && {
          ...routedTo,
          firstResponseDueAt: event.data.firstResponseDueAt,
          resolutionDueAt: event.data.resolutionDueAt,
        },
        entries: withEntry(`answer-${version}`, 'answer', event.data.by, event.data.answer),
      };
    case 'case.resolved':
      return {
        ...base,
        status: 'resolved',
        // Resolving answers the case too (as the decider's state has it), so a reopening runs on resolution time.
        routedTo: routedTo && { ...routedTo, responded: true },
        entries: withEntry(`resolution-${version}`, 'resolution', event.data.by, event.data.resolution),
      };
    case 'case.reopened':
      return {
        ...base,
        status: 'routed',
        routedTo: routedTo && { ...routedTo, resolutionDueAt: event.data.resolutionDueAt },
        entries: withEntry(`reopening-${version}`, 'reopening', event.data.by, event.data.reason),
      };
    case 'case.closed':
      return { ...base, status: 'closed' };
    case 'case.linked':
      return { ...base, links: [...document.links, { case: event.data.case, relation: event.data.relation }] };
    case 'case.sla-breached':
      return {
        ...base,
        slaBreaches: [...document.slaBreaches, { party: event.data.party, kind: event.data.kind, at: event.data.at }],
      };
    case 'case.concerned-organisation-set': {
      // Sharing ends with the organisation it was agreed with (as CaseState has it).
      const { concerns: _previous, identitySharedWith: _shared, ...rest } = base;
      return event.data.organisation === null ? rest : { ...rest, concerns: event.data.organisation };
    }
    case 'case.identity-shared':
      return { ...base, identitySharedWith: event.data.organisation };
    case 'case.identity-sharing-withdrawn': {
      const { identitySharedWith: _withdrawn, ...rest } = base;
      return rest;
    }
  }
}

function reportedDocument(r: CaseReportedData, version: number): CaseDocument {
  return {
    id: r.caseId,
    reference: r.reference,
    version,
    status: 'reported',
    category: r.category,
    subcategory: r.subcategory,
    title: r.title,
    description: r.description,
    occurredAt: r.occurredAt,
    reportedAt: r.reportedAt,
    updatedAt: r.reportedAt,
    reporter: r.reporter,
    system: r.system,
    multidoseMode: r.multidoseMode,
    harm: r.harm,
    scope: r.scope,
    technical: r.technical,
    ...(r.concerns === undefined ? {} : { concerns: r.concerns }),
    ...(r.fragmentedList ? { fragmentedList: true } : {}),
    ...(r.deviationNotice === undefined ? {} : { deviationNotice: r.deviationNotice }),
    routedTo: undefined,
    routedParties: [],
    resumeStatus: undefined,
    entries: [],
    links: [],
    slaBreaches: [],
  };
}

/** Folds recorded case events (each with its stream version) onto `document`, or from nothing. */
export function foldCaseDocument(
  document: CaseDocument | undefined,
  events: readonly { readonly type: string; readonly data: unknown; readonly streamVersion: number }[],
): CaseDocument {
  const folded = events.reduce<CaseDocument | undefined>(
    (current, e) => applyToDocument(current, { type: e.type, data: e.data } as CaseEvent, e.streamVersion),
    document,
  );
  if (!folded) throw new Error('A case document needs at least its case.reported event');
  return folded;
}
