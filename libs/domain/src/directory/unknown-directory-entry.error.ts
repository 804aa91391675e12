import { DomainError } from '../errors/domain-error';

export class UnknownDirectoryEntryError extends DomainError {
  readonly code = 'UNKNOWN_DIRECTORY_ENTRY';
  readonly kind = 'not-found';

  constructor(
    readonly entry: 'organisation' | 'party' | 'person' | 'municipality' | 'helsefellesskap' | 'region',
    readonly id: string,
  ) {
    super(`No ${entry} ${id} in the directory`);
  }
}
