/**
 * A family of streams in the log: `case-<id>`, `incident-<id>`, `routing-rules`, … Its `name` is how
 * docs/events.md and the event catalog name it; `id` makes a stream's id from its key.
 */
export interface EventStream {
  /** As the docs write it: `case-<id>`, or the one stream's id (`routing-rules`). */
  readonly name: string;
}

/** Streams named `<prefix>-<key>`, one per key (a case, an incident, a week). */
export interface KeyedEventStream extends EventStream {
  readonly id: (key: string) => string;
  /**
   * The key of a stream of this family, or undefined for any other stream. Only for a prefix that no
   * other family extends: `cluster-` also starts every `cluster-suggestion-` stream.
   */
  readonly keyOf: (streamId: string) => string | undefined;
}

export function keyedEventStream(prefix: string, key: string): KeyedEventStream {
  const start = `${prefix}-`;
  return {
    name: `${start}<${key}>`,
    id: (value) => `${start}${value}`,
    keyOf: (streamId) => (streamId.startsWith(start) ? streamId.slice(start.length) : undefined),
  };
}

/** The one stream some events share (every routing rule table). */
export function singleEventStream(id: string): EventStream & { readonly id: string } {
  return { name: id, id };
}

/** The key of an event's stream, for an event known to be of `stream` (delivered for its types). */
export function streamKeyOf(stream: KeyedEventStream, event: { readonly streamId: string }): string {
  const key = stream.keyOf(event.streamId);
  if (key === undefined) throw new Error(`${event.streamId} is not a stream ${stream.name}`);
  return key;
}
