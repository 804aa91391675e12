import type { DirectoryHistoryEntry } from '../../api/types';
import { INTEGRATION_LABELS, MULTIDOSE_LABELS, ROLE_LABELS } from '../../labels';
import { ORGANISATION_TYPE_LABELS, PARTY_KIND_LABELS, regionName } from './directory-labels';

/** How the history names what an event points at; ids where it knows no name. */
export interface HistoryNames {
  readonly party: (id: string) => string;
  readonly municipality: (number: string) => string;
}

export const NO_NAMES: HistoryNames = { party: (id) => id, municipality: (number) => number };

/** One change, said in Norwegian: what happened, and the new values. */
export interface HistoryWording {
  readonly title: string;
  readonly detail?: string;
}

const list = (values: readonly string[]) => (values.length === 0 ? 'ingen' : values.join(', '));

function systemText(
  system: { vendor: string; product: string; version?: string; integration: keyof typeof INTEGRATION_LABELS },
  names: HistoryNames,
): string {
  return `${system.product}${system.version ? ` ${system.version}` : ''} fra ${names.party(system.vendor)} (${INTEGRATION_LABELS[system.integration]})`;
}

const DETAIL_LABELS: Readonly<Record<string, string>> = {
  type: 'type',
  orgnr: 'organisasjonsnummer',
  herId: 'HER-id',
  multidoseMode: 'multidose',
  multidosePharmacy: 'multidoseapotek',
  pharmacyChain: 'apotekkjede',
  name: 'navn',
  email: 'e-post',
  hprNumber: 'HPR-nummer',
};

function detailValue(key: string, value: unknown, names: HistoryNames): string {
  if (typeof value !== 'string' && typeof value !== 'number') return 'ingen';
  const text = String(value);
  if (key === 'type') return ORGANISATION_TYPE_LABELS[text as keyof typeof ORGANISATION_TYPE_LABELS] ?? text;
  if (key === 'multidoseMode') return MULTIDOSE_LABELS[text as keyof typeof MULTIDOSE_LABELS] ?? text;
  if (key === 'pharmacyChain') return names.party(text);
  return text;
}

function details(values: object, names: HistoryNames): string {
  return Object.entries(values)
    .map(([key, value]) => `${DETAIL_LABELS[key] ?? key}: ${detailValue(key, value, names)}`)
    .join(' · ');
}

/** What a change of a directory entry did, in words; every event type of the directory has its own. */
export function historyWording(event: DirectoryHistoryEntry, names: HistoryNames = NO_NAMES): HistoryWording {
  switch (event.type) {
    case 'directory.helsefellesskap-registered':
      return { title: 'Helsefellesskapet ble lagt til', detail: event.data.helsefellesskap.name };
    case 'directory.municipality-registered':
      return { title: 'Kommunen ble lagt til', detail: event.data.municipality.name };
    case 'directory.municipality-moved':
      return { title: 'Kommunen ble flyttet', detail: `Til helsefellesskap ${event.data.helsefellesskap}` };
    case 'directory.organisation-registered':
      return { title: 'Virksomheten ble registrert', detail: event.data.organisation.name };
    case 'directory.organisation-renamed':
      return { title: 'Nytt navn', detail: event.data.name };
    case 'directory.organisation-system-changed':
      return {
        title: 'Nytt system',
        detail: `${systemText(event.data.system, names)}, fra ${event.data.from}`,
      };
    case 'directory.organisation-moved':
      return { title: 'Flyttet til en annen kommune', detail: names.municipality(event.data.municipality) };
    case 'directory.organisation-contacts-changed':
      return { title: 'Nye kontaktadresser', detail: list(event.data.contactEmails) };
    case 'directory.organisation-details-changed':
      return { title: 'Opplysninger endret', detail: details(event.data.details, names) };
    case 'directory.organisation-deactivated':
      return { title: 'Virksomheten ble deaktivert' };
    case 'directory.organisation-reactivated':
      return { title: 'Virksomheten ble aktivert igjen' };
    case 'directory.party-registered':
      return {
        title: 'Parten ble registrert',
        detail: `${event.data.party.name} (${PARTY_KIND_LABELS[event.data.party.kind]})`,
      };
    case 'directory.party-renamed':
      return { title: 'Nytt navn', detail: event.data.name };
    case 'directory.party-contacts-changed':
      return { title: 'Nye kontaktadresser', detail: list(event.data.contactEmails) };
    case 'directory.party-service-level-changed':
      return {
        title: 'Nye frister',
        detail: `Svar innen ${event.data.serviceLevel.firstResponseHours} timer, løst innen ${event.data.serviceLevel.resolutionHours} timer`,
      };
    case 'directory.party-products-changed':
      return { title: 'Nye produkter', detail: list(event.data.products) };
    case 'directory.party-region-changed':
      return {
        title: 'Ny region',
        detail: event.data.region === null ? 'Nasjonal' : regionName(event.data.region),
      };
    case 'directory.party-deactivated':
      return { title: 'Parten ble deaktivert' };
    case 'directory.party-reactivated':
      return { title: 'Parten ble aktivert igjen' };
    case 'directory.person-enrolled': {
      const person = event.data.person;
      return {
        title: 'Personen ble lagt inn i katalogen',
        detail: `${ROLE_LABELS[person.role]}${person.organisation ? `, ${person.organisation}` : ''}${person.party ? `, ${names.party(person.party)}` : ''}`,
      };
    }
    case 'directory.person-details-changed':
      return { title: 'Opplysninger endret', detail: details(event.data.details, names) };
    case 'directory.person-affiliation-changed': {
      const { role, organisation, party } = event.data.affiliation;
      return {
        title: 'Ny rolle eller tilhørighet',
        detail: `${ROLE_LABELS[role]}${organisation ? `, ${organisation}` : ''}${party ? `, ${names.party(party)}` : ''}`,
      };
    }
    case 'directory.person-deactivated':
      return { title: 'Personen ble deaktivert' };
    case 'directory.person-reactivated':
      return { title: 'Personen ble aktivert igjen' };
    case 'directory.enrolment-requested':
      return { title: 'Ba om tilgang', detail: event.data.request.name };
    case 'directory.enrolment-approved':
      return { title: 'Tilgangen ble godkjent', detail: `Som ${ROLE_LABELS[event.data.role].toLowerCase()}` };
    case 'directory.enrolment-refused':
      return { title: 'Tilgangen ble avslått', detail: event.data.reason };
  }
}
