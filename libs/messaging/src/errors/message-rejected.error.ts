/** One thing wrong with a message: a field (dotted path, as in problem+json `errors`) and why. */
export interface RejectionReason {
  readonly field: string;
  readonly message: string;
}

/**
 * A message that can never be handled, however often it is redelivered (malformed, or invalid like a
 * report that fails validation). A consumer with a dead-letter topic moves it there and goes on; any
 * other error is retried.
 */
export class MessageRejectedError extends Error {
  constructor(readonly reasons: readonly RejectionReason[]) {
    super(`Message rejected: ${reasons.map((r) => `${r.field}: ${r.message}`).join('; ')}`);
    this.name = 'MessageRejectedError';
  }
}
