import { isApiDate } from '@lagspill/platform';
import { MessageRejectedError, type RejectionReason } from '../errors/message-rejected.error';

/**
 * An integration event, CloudEvents 1.0 in structured mode (the whole envelope is the Kafka message
 * value). `lagspillschemaversion` is the version of `data`'s shape for its `type` (docs/asyncapi.yaml).
 */
export interface IntegrationEnvelope<TData = unknown> {
  readonly specversion: '1.0';
  /** Unique per event: consumers de-duplicate by it. For events from the log, the event id. */
  readonly id: string;
  readonly type: string;
  /** Which part of Lagspill (or which outside system) produced it, as a URI reference. */
  readonly source: string;
  /** When it happened: an RFC 3339 date-time as the API takes it (docs/api.md, "Dates and times"). */
  readonly time: string;
  /** What it is about: for case events the case id. */
  readonly subject?: string;
  readonly datacontenttype: 'application/json';
  readonly data: TData;
  readonly lagspillschemaversion?: number;
}

/** The content type of a structured-mode CloudEvent on the wire (the Kafka `content-type` header). */
export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json; charset=UTF-8';

export function envelope<TData>(fields: Omit<IntegrationEnvelope<TData>, 'specversion' | 'datacontenttype'>) {
  return { specversion: '1.0', datacontenttype: 'application/json', ...fields } as IntegrationEnvelope<TData>;
}

/**
 * Reads an envelope from a message value. Anything that is not a well-formed envelope is rejected with
 * every reason at once, so a dead-letter entry says all that is wrong with it.
 */
export function parseEnvelope(value: string | null): IntegrationEnvelope {
  if (value === null) throw new MessageRejectedError([{ field: '(message)', message: 'the message has no value' }]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new MessageRejectedError([{ field: '(message)', message: 'the message value is not JSON' }]);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new MessageRejectedError([{ field: '(message)', message: 'the message value is not a JSON object' }]);
  }
  const reasons = envelopeProblems(parsed as Record<string, unknown>);
  if (reasons.length > 0) throw new MessageRejectedError(reasons);
  return parsed as IntegrationEnvelope;
}

function envelopeProblems(value: Record<string, unknown>): RejectionReason[] {
  const reasons: RejectionReason[] = [];
  const check = (field: string, ok: boolean, message: string) => {
    if (!ok) reasons.push({ field, message });
  };
  const text = (field: string) => typeof value[field] === 'string' && value[field].length > 0;
  check('specversion', value.specversion === '1.0', 'specversion must be "1.0"');
  check('id', text('id'), 'id must be a non-empty string');
  check('type', text('type'), 'type must be a non-empty string');
  check('source', text('source'), 'source must be a non-empty string');
  // Date.parse alone takes "1" as 2001 and 2026-02-30 as 2 March: the API's own grammar, as for occurredAt.
  check('time', isApiDate(value.time, ['date-time']), 'time must be a date-time such as 2026-11-20T09:30:00Z');
  check('subject', value.subject === undefined || text('subject'), 'subject must be a non-empty string');
  const contentType = value.datacontenttype === 'application/json';
  check('datacontenttype', contentType, 'datacontenttype must be "application/json"');
  check('data', value.data !== undefined, 'data is required');
  const version = value.lagspillschemaversion;
  const versionOk = version === undefined || (typeof version === 'number' && Number.isInteger(version) && version >= 1);
  check('lagspillschemaversion', versionOk, 'lagspillschemaversion must be a positive integer');
  return reasons;
}
