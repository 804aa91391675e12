import type { Role } from '@lagspill/domain';
import type { NewPerson, PersonChanges, PersonEntry } from '../../../api/types';
import { fieldsOf } from '../draft-values';

export interface PersonDraft {
  username: string;
  name: string;
  email: string;
  hprNumber: string;
  role: string;
  /** The organisation's id (reporters and systems). */
  organisation: string;
  /** The party's id (responders and coordinators). */
  party: string;
  active: boolean;
}

export type PersonField = keyof PersonDraft;

export const PERSON_FIELDS: readonly PersonField[] = fieldsOf(emptyPersonDraft());

/** Whom a role acts for: reporters and systems an organisation, responders and coordinators a party. */
export function affiliationOf(role: string): 'organisation' | 'party' | null {
  if (role === 'reporter' || role === 'system') return 'organisation';
  if (role === 'responder' || role === 'coordinator') return 'party';
  return null;
}

export function emptyPersonDraft(): PersonDraft {
  return {
    username: '',
    name: '',
    email: '',
    hprNumber: '',
    role: 'reporter',
    organisation: '',
    party: '',
    active: true,
  };
}

export function personDraftOf(person: PersonEntry): PersonDraft {
  return {
    username: person.username,
    name: person.name,
    email: person.email ?? '',
    hprNumber: person.hprNumber ?? '',
    role: person.role,
    organisation: person.organisation ?? '',
    party: person.party ?? '',
    active: person.deactivatedAt === undefined,
  };
}

/** Before sending: whom the person belongs to must be chosen for their role. */
export function personDraftProblems(draft: PersonDraft): Partial<Record<PersonField, string>> {
  const problems: Partial<Record<PersonField, string>> = {};
  const affiliation = affiliationOf(draft.role);
  if (affiliation === 'organisation' && draft.organisation === '') {
    problems.organisation = 'Velg virksomheten personen melder for.';
  }
  if (affiliation === 'party' && draft.party === '') problems.party = 'Velg parten personen svarer for.';
  return problems;
}

/** The organisation and party the role keeps; the other is dropped. */
function affiliationValues(draft: PersonDraft): { organisation: string; party: string } {
  const affiliation = affiliationOf(draft.role);
  return {
    organisation: affiliation === 'organisation' ? draft.organisation : '',
    party: affiliation === 'party' ? draft.party : '',
  };
}

export function newPersonBody(draft: PersonDraft): NewPerson {
  const { organisation, party } = affiliationValues(draft);
  const email = draft.email.trim();
  const hprNumber = draft.hprNumber.trim();
  return {
    username: draft.username.trim(),
    name: draft.name.trim(),
    role: draft.role as Role,
    ...(organisation ? { organisation } : {}),
    ...(party ? { party } : {}),
    ...(email ? { email } : {}),
    ...(hprNumber ? { hprNumber } : {}),
  };
}

/** The body of PATCH /api/directory/people/{username}: what changed, null for what was emptied. */
export function personChanges(person: PersonEntry, draft: PersonDraft): PersonChanges & { active?: boolean } {
  const changes: Record<string, unknown> = {};
  const name = draft.name.trim();
  if (name !== person.name) changes.name = name;
  const email = draft.email.trim();
  if (email !== (person.email ?? '')) changes.email = email || null;
  const hprNumber = draft.hprNumber.trim();
  if (hprNumber !== (person.hprNumber ?? '')) changes.hprNumber = hprNumber || null;
  if (draft.role !== person.role) changes.role = draft.role;
  const { organisation, party } = affiliationValues(draft);
  if (organisation !== (person.organisation ?? '')) changes.organisation = organisation || null;
  if (party !== (person.party ?? '')) changes.party = party || null;
  if (draft.active !== (person.deactivatedAt === undefined)) changes.active = draft.active;
  return changes;
}
