import type { PartyKind } from '@lagspill/domain';
import type { NewParty, PartyChanges, PartyEntry } from '../../../api/types';
import { fieldsOf, linesOf, sameJson } from '../draft-values';

export interface PartyDraft {
  id: string;
  kind: string;
  name: string;
  /** One product a line. */
  products: string;
  /** '' for a national party. */
  region: string;
  contactEmails: string;
  firstResponseHours: string;
  resolutionHours: string;
  active: boolean;
}

export type PartyField = keyof PartyDraft;

export const PARTY_FIELDS: readonly PartyField[] = fieldsOf(emptyPartyDraft());

export const PARTY_FIELD_ALIASES: Readonly<Record<string, PartyField>> = {
  serviceLevel: 'firstResponseHours',
  'serviceLevel.firstResponseHours': 'firstResponseHours',
  'serviceLevel.resolutionHours': 'resolutionHours',
};

export function emptyPartyDraft(): PartyDraft {
  return {
    id: '',
    kind: '',
    name: '',
    products: '',
    region: '',
    contactEmails: '',
    firstResponseHours: '24',
    resolutionHours: '240',
    active: true,
  };
}

export function partyDraftOf(party: PartyEntry): PartyDraft {
  return {
    id: party.id,
    kind: party.kind,
    name: party.name,
    products: party.products.join('\n'),
    region: party.region ?? '',
    contactEmails: party.contactEmails.join('\n'),
    firstResponseHours: String(party.serviceLevel.firstResponseHours),
    resolutionHours: String(party.serviceLevel.resolutionHours),
    active: party.deactivatedAt === undefined,
  };
}

/** Product names, one a line (a name may hold a comma). */
const productsOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

export function partyDraftProblems(draft: PartyDraft): Partial<Record<PartyField, string>> {
  const problems: Partial<Record<PartyField, string>> = {};
  if (!/^\d+$/.test(draft.firstResponseHours.trim())) problems.firstResponseHours = 'Skriv svarfristen i hele timer.';
  if (!/^\d+$/.test(draft.resolutionHours.trim())) problems.resolutionHours = 'Skriv løsningsfristen i hele timer.';
  return problems;
}

const serviceLevelOf = (draft: PartyDraft) => ({
  firstResponseHours: Number(draft.firstResponseHours.trim()),
  resolutionHours: Number(draft.resolutionHours.trim()),
});

export function newPartyBody(draft: PartyDraft): NewParty {
  return {
    id: draft.id.trim(),
    kind: draft.kind as PartyKind,
    name: draft.name.trim(),
    products: productsOf(draft.products),
    ...(draft.region ? { region: draft.region } : {}),
    contactEmails: linesOf(draft.contactEmails),
    serviceLevel: serviceLevelOf(draft),
  };
}

/** The body of PATCH /api/directory/parties/{id}: what changed; region null makes the party national. */
export function partyChanges(party: PartyEntry, draft: PartyDraft): PartyChanges & { active?: boolean } {
  const changes: Record<string, unknown> = {};
  const name = draft.name.trim();
  if (name !== party.name) changes.name = name;
  const products = productsOf(draft.products);
  if (!sameJson(products, party.products)) changes.products = products;
  if (draft.region !== (party.region ?? '')) changes.region = draft.region || null;
  const contactEmails = linesOf(draft.contactEmails);
  if (!sameJson(contactEmails, party.contactEmails)) changes.contactEmails = contactEmails;
  const serviceLevel = serviceLevelOf(draft);
  if (
    serviceLevel.firstResponseHours !== party.serviceLevel.firstResponseHours ||
    serviceLevel.resolutionHours !== party.serviceLevel.resolutionHours
  ) {
    changes.serviceLevel = serviceLevel;
  }
  if (draft.active !== (party.deactivatedAt === undefined)) changes.active = draft.active;
  return changes;
}
