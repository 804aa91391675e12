import { FieldRejectedError } from '../../errors/field-rejected.error';

/** A case command that is well-formed but names something the directory does not know. */
export class CaseCommandRejectedError extends FieldRejectedError {
  readonly code = 'CASE_COMMAND_REJECTED';
}
