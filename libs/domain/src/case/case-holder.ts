import type { Party, PartyKind, ServiceLevel } from '../directory/directory.types';

/**
 * Who a case is with: a party of the directory (a vendor, NHN, a pharmacy chain, a working group), or an
 * organisation of the medication chain itself, such as the GP office that wrote a prescription a multidose
 * pharmacy cannot use. An organisation has no party of its own; as a holder it is `organisation:<id>`,
 * which no party id can be (party ids have no colon), so every place a case names its party still works.
 */
export const ORGANISATION_HOLDER_PREFIX = 'organisation:';

/** A holder id as requests may name one: a party id, or `organisation:` and an organisation id. */
export const CASE_HOLDER_ID = /^(?:organisation:)?[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
export const CASE_HOLDER_ID_MESSAGE = 'must be a party id, or organisation:<organisation id>';

export const organisationHolder = (organisationId: string): string => `${ORGANISATION_HOLDER_PREFIX}${organisationId}`;

/** The organisation a holder id stands for, or undefined for a party. */
export function organisationOfHolder(holder: string): string | undefined {
  return holder.startsWith(ORGANISATION_HOLDER_PREFIX) ? holder.slice(ORGANISATION_HOLDER_PREFIX.length) : undefined;
}

/**
 * The clock an organisation runs on when a case is with it: two days to a first answer, ten to a
 * resolution, like a vendor's. Organisations have no agreement with the working group to say otherwise.
 */
export const ORGANISATION_SERVICE_LEVEL: ServiceLevel = { firstResponseHours: 48, resolutionHours: 240 };

export type CaseHolderKind = PartyKind | 'organisation';

/** A case holder as a party is: its name, clock, shared mailboxes and region. */
export interface CaseHolder extends Omit<Party, 'kind'> {
  readonly kind: CaseHolderKind;
}
