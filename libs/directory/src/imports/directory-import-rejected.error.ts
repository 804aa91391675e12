import { DomainError } from '@lagspill/domain';

/** Where in a file a problem is: its row and column for a sheet, its field path for JSON. */
export interface ImportFileProblem {
  readonly row?: number;
  readonly column?: string;
  readonly field: string;
  readonly message: string;
}

/** An import file with problems: every one is listed, and nothing is imported. */
export class DirectoryImportRejectedError extends DomainError {
  readonly code = 'DIRECTORY_IMPORT_REJECTED';
  readonly kind = 'validation';

  constructor(readonly errors: readonly ImportFileProblem[]) {
    super(`The file has ${errors.length} problem${errors.length === 1 ? '' : 's'}; nothing was imported`);
  }
}
