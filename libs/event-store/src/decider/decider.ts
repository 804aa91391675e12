/** An aggregate as pure functions (see the style guide): the store only needs these to run it. */
export interface Decider<Command, Event extends { type: string; data: unknown }, State> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  readonly initialState: State;
  /** The schema version each event type is written with. */
  readonly schemaVersions: Readonly<Record<string, number>>;
}
