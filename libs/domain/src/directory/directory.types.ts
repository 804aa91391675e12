/**
 * The four regional health authorities (RHF), by the ids the directory uses for them, with their
 * Norwegian names. A region's working group coordinates the cases reported from it (domain brief §6).
 */
export const REGION_NAMES: Readonly<Record<string, string>> = {
  'helse-nord': 'Helse Nord',
  'helse-midt-norge': 'Helse Midt-Norge',
  'helse-vest': 'Helse Vest',
  'helse-sor-ost': 'Helse Sør-Øst',
};

/** Where the parties to a case sit. The regional dimension follows the rollout: per helsefellesskap. */
export interface Helsefellesskap {
  readonly id: string;
  readonly name: string;
  /** The health trust (HF) in it. */
  readonly hf: string;
  /** The regional health authority (RHF), e.g. `helse-nord`. */
  readonly region: string;
}

export interface Municipality {
  /** Kommunenummer. */
  readonly number: string;
  readonly name: string;
  readonly helsefellesskap: string;
}

export const ORGANISATION_TYPES = [
  'gp-office',
  'out-of-hours',
  'hospital-unit',
  'nursing-home',
  'home-care',
  'contract-specialist',
  'pharmacy',
  'multidose-pharmacy',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** Norwegian names of the organisation types, for the UI and exports. */
export const ORGANISATION_TYPE_LABELS: Readonly<Record<OrganisationType, string>> = {
  'gp-office': 'Fastlegekontor',
  'out-of-hours': 'Legevakt',
  'hospital-unit': 'Sykehusavdeling',
  'nursing-home': 'Sykehjem',
  'home-care': 'Hjemmetjeneste',
  'contract-specialist': 'Avtalespesialist',
  pharmacy: 'Apotek',
  'multidose-pharmacy': 'Multidoseapotek',
};

/** `both`: paper and electronic multidose at once, the mix the rollout flags as a patient risk. */
export const MULTIDOSE_MODES = ['none', 'paper', 'electronic', 'both', 'unknown'] as const;
export type MultidoseMode = (typeof MULTIDOSE_MODES)[number];

/** Norwegian names of the multidose modes, as the directory sheet writes them. */
export const MULTIDOSE_MODE_LABELS: Readonly<Record<MultidoseMode, string>> = {
  none: 'Ingen',
  paper: 'Papir',
  electronic: 'Elektronisk',
  both: 'Papir og elektronisk',
  unknown: 'Ukjent',
};

/** How a record system does PLL: SFM in an iframe, the SFM Basis API, or its own build. */
export const INTEGRATIONS = ['sfm-full', 'sfm-basis', 'own'] as const;
export type Integration = (typeof INTEGRATIONS)[number];

/** Norwegian names of the integrations, for the UI and exports. */
export const INTEGRATION_LABELS: Readonly<Record<Integration, string>> = {
  'sfm-full': 'SFM Full',
  'sfm-basis': 'SFM Basis',
  own: 'Egen',
};

export interface OrganisationSystem {
  /** The vendor party that answers for the system. */
  readonly vendor: string;
  readonly product: string;
  readonly version?: string;
  readonly integration: Integration;
}

export interface Organisation {
  readonly id: string;
  readonly name: string;
  readonly type: OrganisationType;
  readonly orgnr: string;
  readonly herId: number;
  /** Kommunenummer. */
  readonly municipality: string;
  readonly system: OrganisationSystem;
  readonly multidoseMode: MultidoseMode;
  /** For a pharmacy: the chain party that answers for it. */
  readonly pharmacyChain?: string;
  /** For those who order multidose: the multidose pharmacy they use. */
  readonly multidosePharmacy?: string;
  /** Where the organisation itself is reached (its own mailbox, not a person's). */
  readonly contactEmails?: readonly string[];
  /** A switch of record system recorded ahead of its date: `system` until `from`, this from then on. */
  readonly scheduledSystem?: ScheduledSystem;
  /** Set when the organisation was deactivated: its people are refused, and nothing new is routed from it. */
  readonly deactivatedAt?: string;
}

export interface ScheduledSystem {
  readonly system: OrganisationSystem;
  /** The first day (YYYY-MM-DD, Norwegian time) the organisation runs it. */
  readonly from: string;
}

export const PARTY_KINDS = ['vendor', 'nhn', 'pharmacy-chain', 'working-group'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

/** Norwegian names of the party kinds, for the UI and exports. */
export const PARTY_KIND_LABELS: Readonly<Record<PartyKind, string>> = {
  vendor: 'Leverandør',
  nhn: 'Norsk helsenett',
  'pharmacy-chain': 'Apotekkjede',
  'working-group': 'Arbeidsgruppe',
};

/** Hours a party has to answer and to resolve a case; the clock stops while information is awaited. */
export interface ServiceLevel {
  readonly firstResponseHours: number;
  readonly resolutionHours: number;
}

/** Someone who acts on cases: a vendor, NHN, a pharmacy chain or a regional working group. */
export interface Party {
  readonly id: string;
  readonly kind: PartyKind;
  readonly name: string;
  readonly products: readonly string[];
  /**
   * The one region the party serves: a working group (and any other regional party) has one. Absent for
   * a national party (NHN, the vendors, the pharmacy chains), which serves every region. A region's
   * routing rules and incidents may name only parties that serve it.
   */
  readonly region?: string;
  readonly contactEmails: readonly string[];
  readonly serviceLevel: ServiceLevel;
  /** Set when the party was deactivated: its people are refused. */
  readonly deactivatedAt?: string;
}

export const ROLES = ['reporter', 'responder', 'coordinator', 'admin', 'system'] as const;
export type Role = (typeof ROLES)[number];

/** Norwegian names of the roles, as the directory sheet writes them. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  reporter: 'Melder',
  responder: 'Saksbehandler',
  coordinator: 'Koordinator',
  admin: 'Administrator',
  system: 'System',
};

export interface Person {
  /**
   * The identity provider's subject (`sub`), or for a system client its client id: the person's key in the
   * directory and in the events that name them.
   */
  readonly username: string;
  /** Helsepersonellregisteret's number, which HelseID sends as a claim: how a clinician is found first. */
  readonly hprNumber?: string;
  readonly name: string;
  readonly role: Role;
  /** Reporters and systems: the organisation they act for. */
  readonly organisation?: string;
  /** Responders (and coordinators: their working group): the party they act for. */
  readonly party?: string;
  /** Where this person's notifications go; none for system clients. */
  readonly email?: string;
  /** Set when the person was deactivated: refused at their next request. */
  readonly deactivatedAt?: string;
}

export interface DirectoryData {
  readonly helsefellesskap: readonly Helsefellesskap[];
  readonly municipalities: readonly Municipality[];
  readonly organisations: readonly Organisation[];
  readonly parties: readonly Party[];
  readonly people: readonly Person[];
}

/**
 * The system the organisation runs on `date` (YYYY-MM-DD or an ISO time): its scheduled one from the
 * scheduled day on. A case records it when reported, so a switch routes only the cases reported after it.
 */
export function systemOn(organisation: Organisation, date: string): OrganisationSystem {
  const scheduled = organisation.scheduledSystem;
  return scheduled !== undefined && scheduled.from <= date.slice(0, 10) ? scheduled.system : organisation.system;
}

/** The switch still ahead of `date`, if any. */
export function pendingSystem(organisation: Organisation, date: string): ScheduledSystem | undefined {
  const scheduled = organisation.scheduledSystem;
  return scheduled !== undefined && scheduled.from > date.slice(0, 10) ? scheduled : undefined;
}
