/**
 * Start-up cannot go on, for a reason the operator must fix (a port in use, an unusable directory): the
 * process writes `<name>: <message>` as one line on stderr and exits with `exitCode`, no stack trace.
 */
export class StartUpError extends Error {
  constructor(
    message: string,
    /** A sysexits code: 69 (EX_UNAVAILABLE) for the port, 73 (EX_CANTCREAT) for the data directory. */
    readonly exitCode: number,
    options?: { cause: unknown },
  ) {
    super(message, options);
    this.name = 'StartUpError';
  }
}

/** An error's message as one line, for a StartUpError that passes it on. */
export function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' | ').trim();
}
