/**
 * Raised when an append inside a transaction comes after another write. The transaction id orders the
 * global log, so it must be taken by the append: an earlier write would give the events an id older than
 * appends that committed before them, and subscribers could see a stream's versions out of order.
 * A programming error, not a domain outcome.
 */
export class AppendNotFirstWriteError extends Error {
  readonly code = 'APPEND_NOT_FIRST_WRITE';

  constructor(readonly streamId: string) {
    super(`Append to ${streamId} must be the first write of its transaction`);
    this.name = 'AppendNotFirstWriteError';
  }
}
