import {
  CASE_EVENT_TYPES,
  canSeeEntry,
  textFor,
  type ActorRef,
  type CaseEvent,
  type Role,
  type ScreenedText,
  type Viewer,
} from '@lagspill/domain';
import { isCatalogEvent } from './events/event-catalog';

/** GET /api/cases/{id}/history: one event of a case as a caller may see it. */
export interface HistoryEntry {
  readonly type: string;
  readonly version: number;
  readonly at: string;
  readonly actor: { readonly name: string; readonly role: Role; readonly party: string | null };
  /** How many identity numbers were held back from this entry's text. */
  readonly piiRedacted?: number;
  readonly [field: string]: unknown;
}

/** One stored event of a case, as much of it as a history needs (a RecordedEvent fits). */
export interface HistoryEvent {
  readonly type: string;
  readonly data: unknown;
  readonly streamVersion: number;
  readonly metadata: { readonly actor?: unknown };
}

const SYSTEM = { name: 'Lagspill', role: 'system', party: null } as const;

/** Who reads the history and what they may see beyond the case itself. */
export interface HistoryReader {
  readonly viewer: Viewer;
  /** The viewer is the reporting organisation and reads its own originals. */
  readonly original: boolean;
  readonly unseal: (sealed: string) => string | undefined;
  /** Linked cases the viewer may see; links to others are left out. */
  readonly visibleLinks: ReadonlySet<string>;
}

/**
 * A case's events, oldest first, as one viewer may see them: internal comments only for those who may
 * read them, links only to cases they may see, and every free text through the same redaction as the
 * case view. GET /api/cases/{id}/history and the Kafka topic lagspill.case-events both go through it.
 */
export function toHistory(events: readonly HistoryEvent[], reader: HistoryReader): HistoryEntry[] {
  const { original, unseal } = reader;
  const entries: HistoryEntry[] = [];
  for (const event of events) {
    // An event type this version does not know yet: left out rather than shown with unscreened data.
    if (!isCatalogEvent(event, ...CASE_EVENT_TYPES)) continue;
    let piiRedacted = 0;
    const text = (screened: ScreenedText) => {
      const shown = textFor(screened, original, unseal);
      piiRedacted += shown.piiRedacted;
      return shown.text;
    };
    const fields = safeFields(event, reader, text, event.metadata);
    if (!fields) continue;
    const { actor, at, ...rest } = fields;
    entries.push({
      type: event.type,
      version: event.streamVersion,
      at,
      actor,
      ...rest,
      ...(piiRedacted > 0 ? { piiRedacted } : {}),
    });
  }
  return entries;
}

type Fields = { actor: HistoryEntry['actor']; at: string } & Record<string, unknown>;

function safeFields(
  event: CaseEvent,
  { viewer, visibleLinks }: HistoryReader,
  text: (screened: ScreenedText) => string,
  metadata: HistoryEvent['metadata'],
): Fields | undefined {
  switch (event.type) {
    case 'case.reported': {
      const d = event.data;
      return {
        actor: actorOf(d.reporter),
        at: d.reportedAt,
        reference: d.reference,
        category: d.category,
        subcategory: d.subcategory,
        title: text(d.title),
        description: text(d.description),
        ...(d.concerns === undefined ? {} : { concerns: d.concerns }),
      };
    }
    case 'case.routed':
      return {
        actor: metadataActor(metadata),
        at: event.data.at,
        party: event.data.party,
        rule: event.data.rule,
        firstResponseDueAt: event.data.firstResponseDueAt,
        resolutionDueAt: event.data.resolutionDueAt,
      };
    case 'case.acknowledged':
      return { actor: actorOf(event.data.by), at: event.data.at, party: event.data.party };
    case 'case.comment-added':
      if (!canSeeEntry({ visibility: event.data.visibility, author: event.data.author }, viewer)) return undefined;
      return {
        actor: actorOf(event.data.author),
        at: event.data.at,
        commentId: event.data.commentId,
        visibility: event.data.visibility,
        body: text(event.data.body),
      };
    case 'case.information-requested':
      return { actor: actorOf(event.data.by), at: event.data.at, question: text(event.data.question) };
    case 'case.information-provided':
      return {
        actor: actorOf(event.data.by),
        at: event.data.at,
        answer: text(event.data.answer),
        pausedMs: event.data.pausedMs,
        firstResponseDueAt: event.data.firstResponseDueAt,
        resolutionDueAt: event.data.resolutionDueAt,
      };
    case 'case.forwarded':
      return {
        actor: actorOf(event.data.by),
        at: event.data.at,
        from: event.data.from,
        to: event.data.to,
        reason: text(event.data.reason),
        firstResponseDueAt: event.data.firstResponseDueAt,
        resolutionDueAt: event.data.resolutionDueAt,
      };
    case 'case.resolved':
      return {
        actor: actorOf(event.data.by),
        at: event.data.at,
        party: event.data.party,
        resolution: text(event.data.resolution),
      };
    case 'case.reopened':
      return {
        actor: actorOf(event.data.by),
        at: event.data.at,
        reason: text(event.data.reason),
        resolutionDueAt: event.data.resolutionDueAt,
      };
    case 'case.closed':
      return { actor: actorOf(event.data.by), at: event.data.at };
    case 'case.linked':
      if (!visibleLinks.has(event.data.case)) return undefined;
      return { actor: actorOf(event.data.by), at: event.data.at, case: event.data.case, relation: event.data.relation };
    case 'case.sla-breached':
      return {
        actor: SYSTEM,
        at: event.data.at,
        party: event.data.party,
        kind: event.data.kind,
        dueAt: event.data.dueAt,
      };
    case 'case.concerned-organisation-set':
    case 'case.identity-shared':
    case 'case.identity-sharing-withdrawn':
      return { actor: actorOf(event.data.by), at: event.data.at, organisation: event.data.organisation };
  }
}

function actorOf(actor: ActorRef): HistoryEntry['actor'] {
  return { name: actor.name, role: actor.role, party: actor.party ?? null };
}

/** Routing is done by the system; its metadata may name the actor. */
function metadataActor(metadata: HistoryEvent['metadata']): HistoryEntry['actor'] {
  const actor = metadata.actor as Partial<ActorRef> | undefined;
  if (actor && typeof actor.name === 'string' && typeof actor.role === 'string') {
    return { name: actor.name, role: actor.role, party: actor.party ?? null };
  }
  return SYSTEM;
}
