import { DomainError } from '@lagspill/domain';

/** Raised when an append's expected version is not the stream's current version; nothing was written. */
export class StreamVersionConflictError extends DomainError {
  readonly code = 'STREAM_VERSION_CONFLICT';
  readonly kind = 'conflict';

  constructor(
    readonly streamId: string,
    readonly expectedVersion: number,
    readonly actualVersion: number | undefined,
  ) {
    super(
      actualVersion === undefined
        ? `Stream ${streamId} was changed concurrently; expected version ${expectedVersion}`
        : `Stream ${streamId} is at version ${actualVersion}, not the expected ${expectedVersion}`,
    );
  }
}
