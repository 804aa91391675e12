import { CONSISTENT_WITH_HEADER, ValidationFailedException } from '@lagspill/platform';

/**
 * A client's own last change to a case: its id and the version the change made. Lists are read from a
 * projection that follows the log a moment behind; without this, a reporter who opens "our cases" right
 * after sending might not see the case.
 */
export interface CaseWritten {
  readonly caseId: string;
  readonly version: number;
}

const FORMAT = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12});v=([1-9][0-9]{0,8})$/;

/** The case change a list must include, or undefined when the header is absent; 400 when it is malformed. */
export function parseConsistentWith(header: string | string[] | undefined): CaseWritten | undefined {
  if (header === undefined || header === '') return undefined;
  const match = typeof header === 'string' ? FORMAT.exec(header.trim().toLowerCase()) : null;
  if (!match) {
    throw new ValidationFailedException([
      {
        field: CONSISTENT_WITH_HEADER,
        message: 'must be a case id and the version a change made, as <id>;v=<version>, given once',
      },
    ]);
  }
  return { caseId: match[1], version: Number(match[2]) };
}
