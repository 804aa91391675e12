/** An RFC 9457 problem as the API sends it. */
export interface Problem {
  readonly type?: string;
  readonly title?: string;
  readonly status?: number;
  readonly detail?: string;
  readonly code?: string;
  readonly errors?: readonly FieldError[];
}

/** One broken rule: the field (a path such as `system.vendor`), and for a file its row and column. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
  readonly row?: number;
  readonly column?: string;
}

/** A failed API call: the HTTP status and the problem the server described. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }

  /** Someone else changed the case since it was read (stale If-Match). */
  get isConflict(): boolean {
    return this.status === 409 && this.problem.type === '/problems/stream-version-conflict';
  }

  /** The message for one field, for showing beside it. */
  fieldError(field: string): string | undefined {
    return this.problem.errors?.find((error) => error.field === field)?.message;
  }
}

export const isConflict = (error: unknown): boolean => error instanceof ApiError && error.isConflict;

/** A sentence in Norwegian for a failed call, for an alert. */
export function describeError(error: unknown): string {
  if (error instanceof Error && error.name === 'LoginError') return error.message;
  if (!(error instanceof ApiError)) return 'Noe gikk galt. Sjekk nettforbindelsen og prøv igjen.';
  if (error.isConflict)
    return 'Noen andre endret saken før deg. Vi har hentet den nyeste versjonen: se over og prøv igjen.';
  switch (error.status) {
    case 400:
    case 422:
      return `Noe i skjemaet må rettes: ${error.message}`;
    case 401:
      return 'Innloggingen har gått ut. Logg inn på nytt.';
    case 403:
      return 'Du har ikke tilgang til dette.';
    case 404:
      return 'Fant ikke det du ba om, eller du har ikke tilgang til det.';
    case 409:
      return `Det lot seg ikke gjøre nå: ${error.message}`;
    default:
      return `Tjenesten svarte med en feil (${error.status}). Prøv igjen om litt.`;
  }
}
