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

const CASE_STREAM_PREFIX = 'case-';

/** Cases are streams named by their id. */
export const caseStreamId = (caseId: string) => `${CASE_STREAM_PREFIX}${caseId}`;

/** The case a stream is, or undefined for any other stream (rules, incidents, retention records). */
export function caseIdOfStream(streamId: string): string | undefined {
  return streamId.startsWith(CASE_STREAM_PREFIX) ? streamId.slice(CASE_STREAM_PREFIX.length) : undefined;
}
