import { STATUS_CODES } from 'node:http';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface FieldError {
  readonly field: string;
  readonly message: string;
  /** For a file's content (an import): the line and the column heading the error is in. */
  readonly row?: number;
  readonly column?: string;
}

/** An RFC 9457 problem document as Lagspill sends it. */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  /** A stable machine-readable code (e.g. `STREAM_VERSION_CONFLICT`). */
  readonly code?: string;
  readonly errors?: readonly FieldError[];
  readonly [extension: string]: unknown;
}

/** Builds a problem whose `type` is documented in docs/api.md under "Problems". */
export function problem(
  status: number,
  slug: string,
  fields: Omit<ProblemDetails, 'type' | 'title' | 'status'> & { title?: string } = {},
): ProblemDetails {
  return {
    type: `/problems/${slug}`,
    title: fields.title ?? STATUS_CODES[status] ?? 'Error',
    status,
    ...fields,
  };
}
