import {
  INDICATORS_PUBLISHED,
  isCatalogEvent,
  toHistory,
  type HistoryReader,
  type IndicatorsPublishedEvent,
} from '@lagspill/contracts';
import { CASE_EVENT_TYPES, caseIdOf, caseIdOfStream, type CaseEvent, type Viewer } from '@lagspill/domain';
import type { RecordedEvent } from '@lagspill/event-store';
import { envelope, type IntegrationEnvelope } from './integration-envelope';
import { TOPICS, type Topic } from './topics';

/** An integration event bound for a topic, with the key that keeps its subject's events in order. */
export interface IntegrationMessage {
  readonly topic: Topic;
  readonly key: string;
  readonly envelope: IntegrationEnvelope;
}

/** The log's events that become integration events: every case event, and the weekly indicators. */
export type LogTopicEvent = CaseEvent | IndicatorsPublishedEvent;

/** The log's event types that become integration events, by topic. */
export const LOG_TOPIC_EVENT_TYPES: Readonly<Record<string, readonly LogTopicEvent['type'][]>> = {
  [TOPICS.caseEvents]: CASE_EVENT_TYPES,
  [TOPICS.indicators]: [INDICATORS_PUBLISHED],
};

/**
 * Every consumer of lagspill.case-events reads every case, so the topic carries what any responder may
 * see: a responder of no particular party reads no internal comment and no original text.
 */
const ANY_RESPONDER: Viewer = { role: 'responder' };
const NO_ORIGINALS = () => undefined;

/**
 * The integration event a stored event becomes, or undefined when it has none (another stream's event,
 * an internal comment, a type this version does not know). Case events go through the same `toHistory`
 * as GET /api/cases/{id}/history, so identity numbers stay redacted and sealed originals never leave.
 */
export function integrationMessageFor(event: RecordedEvent): IntegrationMessage | undefined {
  if (isCatalogEvent(event, INDICATORS_PUBLISHED)) {
    const { week } = event.data;
    return {
      topic: TOPICS.indicators,
      key: week,
      envelope: envelope({
        id: event.eventId,
        type: event.type,
        source: '/lagspill/insights',
        time: event.recordedAt.toISOString(),
        subject: week,
        data: event.data,
        lagspillschemaversion: event.schemaVersion,
      }),
    };
  }
  if (caseIdOfStream(event.streamId) === undefined) return undefined;
  const caseEnvelope = caseEventEnvelope(event, {
    viewer: ANY_RESPONDER,
    original: false,
    unseal: NO_ORIGINALS,
    // Every case is on the topic, so a link names nothing its readers cannot already see.
    visibleLinks: linkTargets(event),
  });
  return caseEnvelope && { topic: TOPICS.caseEvents, key: caseEnvelope.subject as string, envelope: caseEnvelope };
}

/**
 * A case event as one reader may see it, in the envelope of lagspill.case-events: the topic's readers
 * are any responder; a party's webhook gets the party's own view. Undefined when the reader sees nothing.
 */
export function caseEventEnvelope(event: RecordedEvent, reader: HistoryReader): IntegrationEnvelope | undefined {
  const caseId = caseIdOf(event);
  const [entry] = toHistory([event], reader);
  if (!entry) return undefined;
  return envelope({
    id: event.eventId,
    type: event.type,
    source: '/lagspill/cases',
    time: event.recordedAt.toISOString(),
    subject: caseId,
    data: { caseId, ...entry },
    lagspillschemaversion: event.schemaVersion,
  });
}

function linkTargets(event: RecordedEvent): ReadonlySet<string> {
  return new Set(isCatalogEvent(event, 'case.linked') ? [event.data.case] : []);
}
