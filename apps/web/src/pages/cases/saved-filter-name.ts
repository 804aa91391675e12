import { containsIdentityNumber } from '@lagspill/domain';
import type { Problem } from '../../api/api-error';

/** As long as the server takes (SaveFilterRequestDto). */
export const MAX_FILTER_NAME_LENGTH = 80;

/** Why a name cannot be saved, said before it is sent; undefined when it can. */
export function filterNameProblem(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return 'Skriv et navn på filteret.';
  if (trimmed.length > MAX_FILTER_NAME_LENGTH) return `Navnet kan ha høyst ${MAX_FILTER_NAME_LENGTH} tegn.`;
  if (containsIdentityNumber(trimmed)) return 'Navnet kan ikke inneholde fødselsnummer eller D-nummer.';
  return undefined;
}

/** The server's refusal of a save in Norwegian, for the name field; undefined for a failure of another kind. */
export function filterSaveProblem(problem: Problem): string | undefined {
  if (problem.code === 'SAVED_FILTER_NAME_TAKEN') return 'Du har allerede et filter med dette navnet.';
  if (problem.code === 'SAVED_FILTER_LIMIT_REACHED')
    return 'Du har så mange lagrede filtre som mulig. Slett ett først.';
  const fields = new Set(problem.errors?.map((error) => error.field));
  if (fields.has('filters.q')) return 'Søket inneholder fødselsnummer eller D-nummer og kan ikke lagres.';
  if (fields.has('name')) return 'Navnet kan ikke brukes: bruk vanlige bokstaver og tall, uten fødselsnummer.';
  return undefined;
}
