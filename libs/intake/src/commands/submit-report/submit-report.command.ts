import type { Caller } from '@lagspill/auth';
import type { EventStoreTransaction } from '@lagspill/event-store';
import type { SubmitReportRequest } from './submit-report.request.dto';

export class SubmitReportCommand {
  constructor(
    readonly caller: Caller,
    readonly report: SubmitReportRequest,
    /** The client's Idempotency-Key: a retry with the same key gets the same case. */
    readonly idempotencyKey: string | undefined,
    /**
     * Append the case in this transaction: the inbound-reports consumer's, whose inbox row then commits
     * with the case. Without it the append is a transaction of its own.
     */
    readonly tx?: EventStoreTransaction,
    /** The message this report came in, when not in an HTTP request (whose id is the default). */
    readonly correlationId?: string,
  ) {}
}
