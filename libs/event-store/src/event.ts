/** What the actor who caused an event was, and why it happened (correlation/causation). */
export interface EventMetadata {
  readonly actor?: { readonly id: string; readonly role?: string; readonly organisation?: string };
  readonly correlationId?: string;
  readonly causationId?: string;
  readonly [key: string]: unknown;
}

/**
 * What code is typed by: an event's `type` and the `data` that type carries. A union of these (the event
 * catalog's, in `@lagspill/contracts`) is discriminated by `type`, so narrowing on it types `data`.
 */
export interface EventShape {
  readonly type: string;
  readonly data: unknown;
}

/** An event about to be appended. `type` is a stable string, never a class name. */
export interface NewEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata?: EventMetadata;
  /** Supplied by the caller when it must be known in advance (idempotent retries); UUIDv7 otherwise. */
  readonly eventId?: string;
}

/** Where a subscriber stands in the global order: (transaction id, global position). */
export interface Checkpoint {
  readonly transactionId: bigint;
  readonly position: bigint;
}

export const START_OF_LOG: Checkpoint = Object.freeze({ transactionId: 0n, position: 0n });

export function isAfter(a: Checkpoint, b: Checkpoint): boolean {
  return a.transactionId > b.transactionId || (a.transactionId === b.transactionId && a.position > b.position);
}

interface RecordedEventEnvelope {
  readonly eventId: string;
  /** The schema version after upcasting, i.e. the one the reader's code knows. */
  readonly schemaVersion: number;
  readonly metadata: EventMetadata;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly checkpoint: Checkpoint;
  readonly recordedAt: Date;
}

/**
 * An event as read from the log. Over a union of events it is the union of each one recorded
 * (distributive), so `event.type === 'case.routed'` narrows `event.data` to that type's data.
 */
export type RecordedEvent<E extends EventShape = EventShape> = E extends EventShape
  ? RecordedEventEnvelope & { readonly type: E['type']; readonly data: E['data'] }
  : never;

/**
 * The version a stream must be at for an append to go through: a number (0 = the stream must not
 * exist yet) or `ANY_VERSION` to append wherever the stream is.
 */
export type ExpectedVersion = number | typeof ANY_VERSION;
export const ANY_VERSION = 'any' as const;

export interface AppendResult {
  readonly nextExpectedVersion: number;
  readonly checkpoints: readonly Checkpoint[];
}
