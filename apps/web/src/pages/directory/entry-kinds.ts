import type { OrganisationEntry, PartyEntry, PersonEntry } from '../../api/types';

/** Where the entries of one kind live: in the API, and among the web pages. */
export interface EntryKind<E> {
  /** The API's collection: GET lists and POST registers; `/{key}` is one entry (GET, PATCH, `/history`). */
  readonly api: string;
  /** The list page; `/ny` registers one, `/{key}` is one entry's page. */
  readonly pages: string;
  /** The plural noun, for "Alle virksomheter" and "Viser 50 av 312 virksomheter". */
  readonly plural: string;
  /** What the addresses name an entry by. */
  readonly keyOf: (entry: E) => string;
}

export const ORGANISATIONS: EntryKind<OrganisationEntry> = {
  api: '/api/directory/organisations',
  pages: '/katalog/virksomheter',
  plural: 'virksomheter',
  keyOf: (organisation) => organisation.id,
};

export const PARTIES: EntryKind<PartyEntry> = {
  api: '/api/directory/parties',
  pages: '/katalog/parter',
  plural: 'parter',
  keyOf: (party) => party.id,
};

export const PEOPLE: EntryKind<PersonEntry> = {
  api: '/api/directory/people',
  pages: '/katalog/personer',
  plural: 'personer',
  keyOf: (person) => person.username,
};

/** One entry in the API. */
export const entryApi = <E>(kind: EntryKind<E>, key: string): string => `${kind.api}/${encodeURIComponent(key)}`;

/** One entry's page. */
export const entryPage = <E>(kind: EntryKind<E>, key: string): string => `${kind.pages}/${encodeURIComponent(key)}`;
