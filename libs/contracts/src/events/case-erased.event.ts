import { keyedEventStream } from '@lagspill/domain';

/**
 * `retention.case-erased`: a case's key was destroyed because it had been closed longer than the
 * retention period. It lives in a stream of its own, `retention-<case id>`, not in the case's: the case
 * decider and every case projection stay as they are, and the stream being new is what makes an erasure
 * recorded once however often the sweeper runs.
 */
export const CASE_ERASED = 'retention.case-erased' as const;
export const CASE_ERASED_SCHEMA_VERSION = 1;

export interface CaseErasedData {
  readonly caseId: string;
  /** When the case was closed, and the retention period (days) that had passed since. */
  readonly closedAt: string;
  readonly retentionDays: number;
  readonly at: string;
}

export interface CaseErasedEvent {
  readonly type: typeof CASE_ERASED;
  readonly data: CaseErasedData;
}

export const RETENTION_STREAM = keyedEventStream('retention', 'case id');
export const retentionStreamId = RETENTION_STREAM.id;
