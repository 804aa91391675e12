/**
 * What kind of failure a domain error is. The HTTP layer maps each kind to one status in one place;
 * domain code never speaks HTTP.
 */
export type DomainErrorKind =
  'validation' | 'not-found' | 'forbidden' | 'conflict' | 'precondition-required' | 'unprocessable';

/** Base of every error the domain raises on purpose: a stable machine-readable code and a kind. */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly kind: DomainErrorKind;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
