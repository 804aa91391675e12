import type { Caller } from '@lagspill/auth';
import type { SubmitReportRequest } from './submit-report.request.dto';

export class SubmitReportCommand {
  constructor(
    readonly caller: Caller,
    readonly report: SubmitReportRequest,
    /** The client's Idempotency-Key: a retry with the same key gets the same case. */
    readonly idempotencyKey: string | undefined,
    readonly correlationId: string,
  ) {}
}
