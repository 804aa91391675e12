import { StreamVersionConflictError } from '../errors/stream-version-conflict.error';
import type { EventMetadata } from '../event';
import type { EventStore, EventStoreTransaction } from '../event-store';
import type { Decider } from './decider';

export interface Decided<Event, State> {
  readonly events: Event[];
  readonly state: State;
  /** The stream's version after the append: what a client sends back as If-Match. */
  readonly version: number;
}

/**
 * Runs commands against event-sourced aggregates: reads the stream, folds it into state, decides, and
 * appends the new events at the version it read, so a concurrent change is a conflict, never lost.
 */
export class DeciderRepository<Command, Event extends { type: string; data: unknown }, State> {
  constructor(
    private readonly store: EventStore,
    private readonly decider: Decider<Command, Event, State>,
  ) {}

  async load(streamId: string): Promise<{ state: State; version: number; events: Event[] }> {
    const recorded = await this.store.readStream(streamId);
    const events = recorded.map((e) => ({ type: e.type, data: e.data }) as Event);
    const state = events.reduce((s, e) => this.decider.evolve(s, e), this.decider.initialState);
    return { state, version: recorded.at(-1)?.streamVersion ?? 0, events };
  }

  /**
   * Decides `command` on a stream that must not exist yet, without reading it first: one round trip.
   * If the stream exists after all, the append is a StreamVersionConflictError.
   */
  async create(
    streamId: string,
    command: Command,
    options: { metadata?: EventMetadata; tx?: EventStoreTransaction } = {},
  ): Promise<Decided<Event, State>> {
    return this.decideAndAppend(streamId, command, this.decider.initialState, 0, options);
  }

  /**
   * Decides `command` on the stream and appends the outcome. With `expectedVersion` (the client's
   * If-Match) a stream that moved on since the client read it is a conflict even if the command would
   * still apply.
   */
  async handle(
    streamId: string,
    command: Command,
    options: { expectedVersion?: number; metadata?: EventMetadata; tx?: EventStoreTransaction } = {},
  ): Promise<Decided<Event, State>> {
    const { state, version } = await this.load(streamId);
    if (options.expectedVersion !== undefined && options.expectedVersion !== version) {
      throw new StreamVersionConflictError(streamId, options.expectedVersion, version);
    }
    return this.decideAndAppend(streamId, command, state, version, options);
  }

  /**
   * Decides `command` on a state the caller already folded (e.g. from the events it was handed) at
   * `version`, without reading the stream. If the stream moved on since, that append writes nothing and
   * the command is decided on the stream as it is (`handle`).
   */
  async handleFrom(
    streamId: string,
    command: Command,
    known: { readonly state: State; readonly version: number },
    options: { metadata?: EventMetadata; tx?: EventStoreTransaction } = {},
  ): Promise<Decided<Event, State>> {
    try {
      return await this.decideAndAppend(streamId, command, known.state, known.version, options);
    } catch (error) {
      if (!(error instanceof StreamVersionConflictError)) throw error;
      return this.handle(streamId, command, options);
    }
  }

  private async decideAndAppend(
    streamId: string,
    command: Command,
    state: State,
    version: number,
    options: { metadata?: EventMetadata; tx?: EventStoreTransaction },
  ): Promise<Decided<Event, State>> {
    const events = this.decider.decide(command, state);
    const writer = options.tx ?? this.store;
    const result = await writer.append(
      streamId,
      version,
      events.map((e) => ({
        type: e.type,
        schemaVersion: this.decider.schemaVersions[e.type] ?? 1,
        data: e.data,
        metadata: options.metadata,
      })),
    );
    return {
      events,
      state: events.reduce((s, e) => this.decider.evolve(s, e), state),
      version: result.nextExpectedVersion,
    };
  }
}
