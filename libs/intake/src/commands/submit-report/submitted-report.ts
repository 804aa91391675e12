import type { CaseView } from '@lagspill/contracts';

export interface ReportWarning {
  readonly code: 'IDENTITY_NUMBER_REMOVED';
  readonly message: string;
}

export interface SubmittedReport {
  readonly case: CaseView;
  /** True when an earlier request with the same Idempotency-Key made the case. */
  readonly replayed: boolean;
  readonly warnings: readonly ReportWarning[];
}
