import type { Integration, MultidoseMode, OrganisationSystem, OrganisationType } from '@lagspill/domain';
import type { NewOrganisation, OrganisationChanges, OrganisationEntry } from '../../../api/types';
import { fieldsOf, linesOf, sameJson } from '../draft-values';

/** The organisation form as typed: every field a string (or a yes/no), as the inputs hold them. */
export interface OrganisationDraft {
  id: string;
  name: string;
  type: string;
  municipality: string;
  orgnr: string;
  herId: string;
  vendor: string;
  product: string;
  version: string;
  integration: string;
  /** A switch of system from a later day is planned. */
  switchPlanned: boolean;
  newVendor: string;
  newProduct: string;
  newVersion: string;
  newIntegration: string;
  switchFrom: string;
  multidoseMode: string;
  multidosePharmacy: string;
  pharmacyChain: string;
  /** One address a line. */
  contactEmails: string;
  active: boolean;
}

export type OrganisationField = Exclude<keyof OrganisationDraft, 'switchPlanned'>;

export const ORGANISATION_FIELDS: readonly OrganisationField[] = fieldsOf(emptyOrganisationDraft()).filter(
  (field): field is OrganisationField => field !== 'switchPlanned',
);

/** The server's field paths (OrganisationEntry's) that the form names otherwise. */
export const ORGANISATION_FIELD_ALIASES: Readonly<Record<string, OrganisationField>> = {
  system: 'vendor',
  'system.vendor': 'vendor',
  'system.product': 'product',
  'system.version': 'version',
  'system.integration': 'integration',
  scheduledSystem: 'switchFrom',
  'scheduledSystem.system': 'newVendor',
  'scheduledSystem.system.vendor': 'newVendor',
  'scheduledSystem.system.product': 'newProduct',
  'scheduledSystem.system.version': 'newVersion',
  'scheduledSystem.system.integration': 'newIntegration',
  'scheduledSystem.from': 'switchFrom',
};

export function emptyOrganisationDraft(): OrganisationDraft {
  return {
    id: '',
    name: '',
    type: '',
    municipality: '',
    orgnr: '',
    herId: '',
    vendor: '',
    product: '',
    version: '',
    integration: '',
    switchPlanned: false,
    newVendor: '',
    newProduct: '',
    newVersion: '',
    newIntegration: '',
    switchFrom: '',
    multidoseMode: 'none',
    multidosePharmacy: '',
    pharmacyChain: '',
    contactEmails: '',
    active: true,
  };
}

export function organisationDraftOf(entry: OrganisationEntry): OrganisationDraft {
  const scheduled = entry.scheduledSystem;
  return {
    id: entry.id,
    name: entry.name,
    type: entry.type,
    municipality: entry.municipality,
    orgnr: entry.orgnr,
    herId: String(entry.herId),
    vendor: entry.system.vendor,
    product: entry.system.product,
    version: entry.system.version ?? '',
    integration: entry.system.integration,
    switchPlanned: scheduled !== undefined,
    newVendor: scheduled?.system.vendor ?? '',
    newProduct: scheduled?.system.product ?? '',
    newVersion: scheduled?.system.version ?? '',
    newIntegration: scheduled?.system.integration ?? '',
    switchFrom: scheduled?.from ?? '',
    multidoseMode: entry.multidoseMode,
    multidosePharmacy: entry.multidosePharmacy ?? '',
    pharmacyChain: entry.pharmacyChain ?? '',
    contactEmails: (entry.contactEmails ?? []).join('\n'),
    active: entry.deactivatedAt === undefined,
  };
}

/** Only a pharmacy (or a multidose pharmacy) belongs to a chain. */
export const hasChain = (type: string): boolean => type === 'pharmacy' || type === 'multidose-pharmacy';

/** What must be fixed before sending, that the server cannot be asked about (a HER-id that is no number). */
export function organisationDraftProblems(draft: OrganisationDraft): Partial<Record<OrganisationField, string>> {
  const problems: Partial<Record<OrganisationField, string>> = {};
  if (!/^\d+$/.test(draft.herId.trim())) problems.herId = 'Skriv HER-id-en som et helt tall.';
  if (draft.switchPlanned && draft.switchFrom === '') problems.switchFrom = 'Velg dagen virksomheten bytter system.';
  return problems;
}

function systemOf(vendor: string, product: string, version: string, integration: string): OrganisationSystem {
  return {
    vendor,
    product: product.trim(),
    ...(version.trim() ? { version: version.trim() } : {}),
    integration: integration as Integration,
  };
}

const currentSystem = (draft: OrganisationDraft) =>
  systemOf(draft.vendor, draft.product, draft.version, draft.integration);

const plannedSystem = (draft: OrganisationDraft) =>
  draft.switchPlanned
    ? {
        system: systemOf(draft.newVendor, draft.newProduct, draft.newVersion, draft.newIntegration),
        from: draft.switchFrom,
      }
    : undefined;

/** The body of POST /api/directory/organisations. */
export function newOrganisationBody(draft: OrganisationDraft): NewOrganisation {
  const contactEmails = linesOf(draft.contactEmails);
  const scheduledSystem = plannedSystem(draft);
  return {
    id: draft.id.trim(),
    name: draft.name.trim(),
    type: draft.type as OrganisationType,
    orgnr: draft.orgnr.replace(/\s/g, ''),
    herId: Number(draft.herId.trim()),
    municipality: draft.municipality,
    system: currentSystem(draft),
    multidoseMode: draft.multidoseMode as MultidoseMode,
    ...(draft.multidosePharmacy ? { multidosePharmacy: draft.multidosePharmacy } : {}),
    ...(hasChain(draft.type) && draft.pharmacyChain ? { pharmacyChain: draft.pharmacyChain } : {}),
    ...(contactEmails.length > 0 ? { contactEmails } : {}),
    ...(scheduledSystem ? { scheduledSystem } : {}),
  };
}

/**
 * The body of PATCH /api/directory/organisations/{id}: only what the form changed, null for what it
 * removed (the server keeps every field that is left out).
 */
export function organisationChanges(
  entry: OrganisationEntry,
  draft: OrganisationDraft,
): OrganisationChanges & { active?: boolean } {
  const before = organisationDraftOf(entry);
  const changes: Record<string, unknown> = {};
  const name = draft.name.trim();
  if (name !== entry.name) changes.name = name;
  if (draft.type !== entry.type) changes.type = draft.type;
  if (draft.municipality !== entry.municipality) changes.municipality = draft.municipality;
  const orgnr = draft.orgnr.replace(/\s/g, '');
  if (orgnr !== entry.orgnr) changes.orgnr = orgnr;
  const herId = Number(draft.herId.trim());
  if (herId !== entry.herId) changes.herId = herId;
  const system = currentSystem(draft);
  if (!sameJson(system, currentSystem(before))) changes.system = system;
  // A new system today cancels a switch ahead on the server, unless the change names the switch again.
  const scheduled = plannedSystem(draft);
  if (!scheduled && entry.scheduledSystem) changes.scheduledSystem = null;
  else if (scheduled && (changes.system !== undefined || !sameJson(scheduled, plannedSystem(before)))) {
    changes.scheduledSystem = scheduled;
  }
  if (draft.multidoseMode !== entry.multidoseMode) changes.multidoseMode = draft.multidoseMode;
  if (draft.multidosePharmacy !== before.multidosePharmacy) changes.multidosePharmacy = draft.multidosePharmacy || null;
  const chain = hasChain(draft.type) ? draft.pharmacyChain : '';
  if (chain !== before.pharmacyChain) changes.pharmacyChain = chain || null;
  const contactEmails = linesOf(draft.contactEmails);
  if (!sameJson(contactEmails, entry.contactEmails ?? [])) {
    changes.contactEmails = contactEmails.length > 0 ? contactEmails : null;
  }
  if (draft.active !== before.active) changes.active = draft.active;
  return changes;
}
