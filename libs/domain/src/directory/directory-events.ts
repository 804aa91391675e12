import type { ActorRef } from '../case/case-events';
import { singleEventStream } from '../events/event-stream';
import { eventTypesOf } from '../events/event-types';
import type {
  Helsefellesskap,
  MultidoseMode,
  Municipality,
  Organisation,
  OrganisationSystem,
  OrganisationType,
  Party,
  Person,
  Role,
  ServiceLevel,
} from './directory.types';

/**
 * The whole directory is one stream (decision 0019): its rules span entries (an orgnr, an HPR number or a
 * username is taken once), an import is one unit, and changes are rare, so one expected version orders
 * every change and every process folds the same stream into the same directory.
 */
export const DIRECTORY_STREAM = singleEventStream('directory');

/** Who changed the directory and when; every directory event carries it, and `…/history` shows it. */
export interface DirectoryChange {
  readonly by: ActorRef;
  readonly at: string;
}

/** The registration of an entry, without what only later events set. */
export type NewOrganisation = Omit<Organisation, 'deactivatedAt'>;
export type NewParty = Omit<Party, 'deactivatedAt'>;
export type NewPerson = Omit<Person, 'deactivatedAt'>;

/** What `organisation-details-changed` may set: the organisation's facts that have no event of their own. */
export interface OrganisationDetails {
  readonly type?: OrganisationType;
  readonly orgnr?: string;
  readonly herId?: number;
  readonly multidoseMode?: MultidoseMode;
  /** null: none any more. */
  readonly multidosePharmacy?: string | null;
  readonly pharmacyChain?: string | null;
}

export interface PersonDetails {
  readonly name?: string;
  /** null: none any more. */
  readonly email?: string | null;
  readonly hprNumber?: string | null;
}

export interface PersonAffiliation {
  readonly role: Role;
  readonly organisation?: string;
  readonly party?: string;
}

/** What someone who is not in the directory asks for; a coordinator of the organisation's region decides. */
export interface EnrolmentRequest {
  readonly requestId: string;
  /** The token's subject: the username the person gets when approved. */
  readonly username: string;
  readonly hprNumber?: string;
  readonly name: string;
  readonly email: string;
  readonly organisation: string;
  readonly message?: string;
}

export type DirectoryEvent =
  | {
      readonly type: 'directory.helsefellesskap-registered';
      readonly data: DirectoryChange & { readonly helsefellesskap: Helsefellesskap };
    }
  | {
      readonly type: 'directory.municipality-registered';
      readonly data: DirectoryChange & { readonly municipality: Municipality };
    }
  | {
      readonly type: 'directory.municipality-moved';
      readonly data: DirectoryChange & { readonly number: string; readonly helsefellesskap: string };
    }
  | {
      readonly type: 'directory.organisation-registered';
      readonly data: DirectoryChange & { readonly organisation: NewOrganisation };
    }
  | {
      readonly type: 'directory.organisation-renamed';
      readonly data: DirectoryChange & { readonly organisationId: string; readonly name: string };
    }
  | {
      readonly type: 'directory.organisation-system-changed';
      readonly data: DirectoryChange & {
        readonly organisationId: string;
        readonly system: OrganisationSystem;
        /** The first day it is in use (YYYY-MM-DD); cases reported before it keep the old system. */
        readonly from: string;
      };
    }
  | {
      readonly type: 'directory.organisation-moved';
      readonly data: DirectoryChange & { readonly organisationId: string; readonly municipality: string };
    }
  | {
      readonly type: 'directory.organisation-contacts-changed';
      readonly data: DirectoryChange & { readonly organisationId: string; readonly contactEmails: readonly string[] };
    }
  | {
      readonly type: 'directory.organisation-details-changed';
      readonly data: DirectoryChange & { readonly organisationId: string; readonly details: OrganisationDetails };
    }
  | {
      readonly type: 'directory.organisation-deactivated';
      readonly data: DirectoryChange & { readonly organisationId: string };
    }
  | {
      readonly type: 'directory.organisation-reactivated';
      readonly data: DirectoryChange & { readonly organisationId: string };
    }
  | { readonly type: 'directory.party-registered'; readonly data: DirectoryChange & { readonly party: NewParty } }
  | {
      readonly type: 'directory.party-renamed';
      readonly data: DirectoryChange & { readonly partyId: string; readonly name: string };
    }
  | {
      readonly type: 'directory.party-contacts-changed';
      readonly data: DirectoryChange & { readonly partyId: string; readonly contactEmails: readonly string[] };
    }
  | {
      readonly type: 'directory.party-service-level-changed';
      readonly data: DirectoryChange & { readonly partyId: string; readonly serviceLevel: ServiceLevel };
    }
  | {
      readonly type: 'directory.party-products-changed';
      readonly data: DirectoryChange & { readonly partyId: string; readonly products: readonly string[] };
    }
  | {
      readonly type: 'directory.party-region-changed';
      /** null: the party is national. */
      readonly data: DirectoryChange & { readonly partyId: string; readonly region: string | null };
    }
  | { readonly type: 'directory.party-deactivated'; readonly data: DirectoryChange & { readonly partyId: string } }
  | { readonly type: 'directory.party-reactivated'; readonly data: DirectoryChange & { readonly partyId: string } }
  | { readonly type: 'directory.person-enrolled'; readonly data: DirectoryChange & { readonly person: NewPerson } }
  | {
      readonly type: 'directory.person-details-changed';
      readonly data: DirectoryChange & { readonly username: string; readonly details: PersonDetails };
    }
  | {
      readonly type: 'directory.person-affiliation-changed';
      readonly data: DirectoryChange & { readonly username: string; readonly affiliation: PersonAffiliation };
    }
  | { readonly type: 'directory.person-deactivated'; readonly data: DirectoryChange & { readonly username: string } }
  | { readonly type: 'directory.person-reactivated'; readonly data: DirectoryChange & { readonly username: string } }
  | {
      readonly type: 'directory.enrolment-requested';
      readonly data: DirectoryChange & { readonly request: EnrolmentRequest };
    }
  | {
      readonly type: 'directory.enrolment-approved';
      readonly data: DirectoryChange & { readonly requestId: string; readonly role: Role };
    }
  | {
      readonly type: 'directory.enrolment-refused';
      readonly data: DirectoryChange & { readonly requestId: string; readonly reason: string };
    };

export type DirectoryEventType = DirectoryEvent['type'];
export type DirectoryEventOf<T extends DirectoryEventType> = Extract<DirectoryEvent, { readonly type: T }>;

export const DIRECTORY_EVENT_SCHEMA_VERSIONS: Readonly<Record<DirectoryEventType, number>> = {
  'directory.helsefellesskap-registered': 1,
  'directory.municipality-registered': 1,
  'directory.municipality-moved': 1,
  'directory.organisation-registered': 1,
  'directory.organisation-renamed': 1,
  'directory.organisation-system-changed': 1,
  'directory.organisation-moved': 1,
  'directory.organisation-contacts-changed': 1,
  'directory.organisation-details-changed': 1,
  'directory.organisation-deactivated': 1,
  'directory.organisation-reactivated': 1,
  'directory.party-registered': 1,
  'directory.party-renamed': 1,
  'directory.party-contacts-changed': 1,
  'directory.party-service-level-changed': 1,
  'directory.party-products-changed': 1,
  'directory.party-region-changed': 1,
  'directory.party-deactivated': 1,
  'directory.party-reactivated': 1,
  'directory.person-enrolled': 1,
  'directory.person-details-changed': 1,
  'directory.person-affiliation-changed': 1,
  'directory.person-deactivated': 1,
  'directory.person-reactivated': 1,
  'directory.enrolment-requested': 1,
  'directory.enrolment-approved': 1,
  'directory.enrolment-refused': 1,
};

export const DIRECTORY_EVENT_TYPES = eventTypesOf(DIRECTORY_EVENT_SCHEMA_VERSIONS);

/** The entry an event is about, for `…/history`: its kind and key. */
export type DirectoryEntryKind = 'helsefellesskap' | 'municipality' | 'organisation' | 'party' | 'person' | 'enrolment';

export function directoryEntryOf(event: DirectoryEvent): { kind: DirectoryEntryKind; id: string } {
  switch (event.type) {
    case 'directory.helsefellesskap-registered':
      return { kind: 'helsefellesskap', id: event.data.helsefellesskap.id };
    case 'directory.municipality-registered':
      return { kind: 'municipality', id: event.data.municipality.number };
    case 'directory.municipality-moved':
      return { kind: 'municipality', id: event.data.number };
    case 'directory.organisation-registered':
      return { kind: 'organisation', id: event.data.organisation.id };
    case 'directory.party-registered':
      return { kind: 'party', id: event.data.party.id };
    case 'directory.person-enrolled':
      return { kind: 'person', id: event.data.person.username };
    case 'directory.enrolment-requested':
      return { kind: 'enrolment', id: event.data.request.requestId };
    default: {
      // Every other event names its entry by one key.
      const { data } = event;
      if ('organisationId' in data) return { kind: 'organisation', id: data.organisationId };
      if ('partyId' in data) return { kind: 'party', id: data.partyId };
      if ('username' in data) return { kind: 'person', id: data.username };
      return { kind: 'enrolment', id: data.requestId };
    }
  }
}
