import type { CaseCommand } from './case-commands';
import { CASE_EVENT_SCHEMA_VERSIONS } from './case-events';
import { evolve, INITIAL_CASE_STATE, type CaseState } from './case-state';
import { decide } from './decide-case';

/** The Case aggregate's decider, in the shape the event store's DeciderRepository runs. */
export const CASE_DECIDER = {
  decide: (command: CaseCommand, state: CaseState) => decide(command, state),
  evolve,
  initialState: INITIAL_CASE_STATE,
  schemaVersions: CASE_EVENT_SCHEMA_VERSIONS,
};
