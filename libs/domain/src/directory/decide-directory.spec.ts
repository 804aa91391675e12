import { DEMO_DIRECTORY } from '@lagspill/directory';
import type { ActorRef } from '../case/case-events';
import { computeOrganisationNumberCheckDigit } from '../identifiers/organisation-number';
import {
  decideDirectory,
  DirectoryEntryNotFoundError,
  type DirectoryCommand,
  type DirectoryEntryRef,
  type OrganisationChanges,
  type PartyChanges,
  type PersonChanges,
} from './decide-directory';
import { Directory } from './directory';
import type {
  DirectoryEvent,
  DirectoryEventOf,
  DirectoryEventType,
  EnrolmentRequest,
  NewOrganisation,
  NewParty,
  NewPerson,
} from './directory-events';
import { DirectoryChangeRejectedError } from './directory-rules';
import {
  INTEGRATIONS,
  MULTIDOSE_MODES,
  ORGANISATION_TYPES,
  pendingSystem,
  REGION_NAMES,
  systemOn,
  type Helsefellesskap,
  type Municipality,
  type OrganisationSystem,
  type Role,
  type ScheduledSystem,
} from './directory.types';

// The decider's clock: every command is decided on this day unless a test says otherwise.
const AT = '2026-05-04T10:00:00.000Z';
const TODAY = '2026-05-04';
const YESTERDAY = '2026-05-03';
const TOMORROW = '2026-05-05';
const BY: ActorRef = { username: 'admin', name: 'Lagspill drift', role: 'admin' };

/** A directory event as the decider makes it, by BY at AT unless told. */
function event<T extends DirectoryEventType>(
  type: T,
  data: Omit<DirectoryEventOf<T>['data'], 'by' | 'at'>,
  at = AT,
): DirectoryEventOf<T> {
  return { type, data: { by: BY, at, ...data } } as unknown as DirectoryEventOf<T>;
}

/** The demo directory with these events folded in. */
function replay(history: readonly DirectoryEvent[]): Directory {
  const directory = new Directory(DEMO_DIRECTORY);
  for (const past of history) directory.apply(past, directory.version + 1);
  return directory;
}

function refusalOf(act: () => unknown): DirectoryChangeRejectedError {
  try {
    act();
  } catch (error) {
    if (error instanceof DirectoryChangeRejectedError) return error;
    throw error;
  }
  throw new Error('the change was not refused');
}

// Given these events, when this command, then these events (or this refusal).
const given = (...history: DirectoryEvent[]) => ({
  when: (command: DirectoryCommand, at = AT) => {
    const decide = () => decideDirectory(replay(history), command, BY, at);
    return {
      then: (...expected: DirectoryEvent[]) => expect(decide()).toEqual(expected),
      /** Refused as `kind`, naming exactly these fields in this order. */
      refused: (kind: string, ...fields: string[]): void => {
        const refusal = refusalOf(decide);
        expect({ kind: refusal.kind, fields: refusal.errors.map((e) => e.field) }).toEqual({ kind, fields });
      },
      /** As `refused`, for a test that looks further into the refusal. */
      refusal: (kind: string, ...fields: string[]): DirectoryChangeRejectedError => {
        const refusal = refusalOf(decide);
        expect({ kind: refusal.kind, fields: refusal.errors.map((e) => e.field) }).toEqual({ kind, fields });
        return refusal;
      },
    };
  },
});

/** What the decider's events do: the directory after the command, given the history. */
function after(history: readonly DirectoryEvent[], command: DirectoryCommand, at = AT): Directory {
  const directory = replay(history);
  for (const decided of decideDirectory(directory, command, BY, at)) directory.apply(decided, directory.version + 1);
  return directory;
}

/** A valid organisation number with this 8-digit prefix (which must have a check digit). */
function orgnrOf(prefix: string): string {
  const digit = computeOrganisationNumberCheckDigit(prefix);
  if (digit === undefined) throw new Error(`${prefix} has no check digit`);
  return `${prefix}${digit}`;
}

/** An 8-digit prefix for which no check digit exists (remainder 1): every organisation number on it is invalid. */
const PREFIX_WITHOUT_CHECK_DIGIT = ['91234567', '12345678', '98765432', '11111111', '22222222']
  .concat(Array.from({ length: 200 }, (_, i) => String(97_500_000 + i)))
  .find((prefix) => computeOrganisationNumberCheckDigit(prefix) === undefined) as string;

const NEW_ORGNR = orgnrOf('97500000');
const OTHER_NEW_ORGNR = orgnrOf('97500002');
const WRONG_CHECK_DIGIT = `${NEW_ORGNR.slice(0, 8)}${(Number(NEW_ORGNR[8]) + 1) % 10}`;

/** The entry with some fields replaced, whatever their types: how bad input reaches the decider. */
function withFields<T extends object>(entry: T, fields: Readonly<Record<string, unknown>>): T {
  return { ...entry, ...fields };
}

// Fixtures: one valid new entry of each kind, in Helse Nord.
const CGM: OrganisationSystem = { vendor: 'cgm', product: 'CGM Journal', version: '8.4.2', integration: 'sfm-full' };
const PRIDOK: OrganisationSystem = { vendor: 'pridok', product: 'Pridok', version: '2026.3', integration: 'sfm-full' };
const EG: OrganisationSystem = { vendor: 'eg', product: 'EG Infodoc', integration: 'sfm-basis' };

const NEW_ORGANISATION: NewOrganisation = {
  id: 'nytt-legesenter',
  name: 'Nytt legesenter',
  type: 'gp-office',
  orgnr: NEW_ORGNR,
  herId: 81239999,
  municipality: '1804',
  system: CGM,
  multidoseMode: 'electronic',
  multidosePharmacy: 'apotek1-multidose-bodo',
  contactEmails: ['post@nytt-legesenter.example.no'],
};
const NEW_PHARMACY: NewOrganisation = {
  id: 'apotek1-ny',
  name: 'Apotek 1 Ny',
  type: 'pharmacy',
  orgnr: OTHER_NEW_ORGNR,
  herId: 81239998,
  municipality: '1804',
  system: { vendor: 'apotek1', product: 'Eik', integration: 'own' },
  multidoseMode: 'none',
  pharmacyChain: 'apotek1',
};
const NEW_PARTY: NewParty = {
  id: 'ny-leverandor',
  kind: 'vendor',
  name: 'Ny leverandør',
  products: ['Nytt journalsystem'],
  contactEmails: ['saker@ny-leverandor.example.no'],
  serviceLevel: { firstResponseHours: 24, resolutionHours: 240 },
};
const NEW_PERSON: NewPerson = {
  username: 'ny.lege',
  hprNumber: '7654321',
  name: 'Ny Lege',
  role: 'reporter',
  organisation: 'morkved-legesenter',
  email: 'ny.lege@morkved-legesenter.example.no',
};
const NEW_HELSEFELLESSKAP: Helsefellesskap = {
  id: 'nordmore',
  name: 'Helsefellesskap Nordmøre',
  hf: 'Helse Møre og Romsdal',
  region: 'helse-midt-norge',
};
const NEW_MUNICIPALITY: Municipality = { number: '1841', name: 'Fauske', helsefellesskap: 'lovesa' };
const REQUEST: EnrolmentRequest = {
  requestId: 'request-1',
  username: 'ny.lege',
  hprNumber: '7654321',
  name: 'Ny Lege',
  email: 'ny.lege@morkved-legesenter.example.no',
  organisation: 'morkved-legesenter',
  message: 'Jeg er ny fastlege på Mørkved.',
};

const MORKVED = DEMO_DIRECTORY.organisations.find((o) => o.id === 'morkved-legesenter')!;
const CGM_PARTY = DEMO_DIRECTORY.parties.find((p) => p.id === 'cgm')!;
const LEGE_CGM = DEMO_DIRECTORY.people.find((p) => p.username === 'lege.cgm')!;

const registerOrganisation = (organisation: NewOrganisation): DirectoryCommand => ({
  type: 'register-organisation',
  organisation,
});
const changeOrganisation = (changes: OrganisationChanges, id = MORKVED.id): DirectoryCommand => ({
  type: 'change-organisation',
  id,
  changes,
});
const registerParty = (party: NewParty): DirectoryCommand => ({ type: 'register-party', party });
const changeParty = (changes: PartyChanges, id = 'cgm'): DirectoryCommand => ({ type: 'change-party', id, changes });
const enrol = (person: NewPerson): DirectoryCommand => ({ type: 'enrol-person', person });
const changePerson = (changes: PersonChanges, username = 'lege.cgm'): DirectoryCommand => ({
  type: 'change-person',
  username,
  changes,
});
const requestEnrolment = (request: EnrolmentRequest): DirectoryCommand => ({ type: 'request-enrolment', request });

/** A person with an HPR number in the directory, whose number others then cannot take. */
const hprHolder = (hprNumber: string) =>
  event('directory.person-enrolled', {
    person: { ...NEW_PERSON, username: 'hpr.holder', name: 'Hanne Holder', hprNumber },
  });
const hprHolderEnrolled = hprHolder('1234567');

// --- Classes of bad input, shared by every field of their kind ------------------------------------------------------

/** Every way a required text field can be wrong, for a field of at most `max` characters. */
function badTexts(max: number, { required = true } = {}): [string, unknown][] {
  return [
    ['empty', ''],
    ['only spaces', '   '],
    ['with a leading space', ' Tekst'],
    ['with a trailing space', 'Tekst '],
    ['with a tab', 'Tekst\tmed tab'],
    ['with a line break', 'Tekst\nmed linjeskift'],
    ['with a DEL character', 'Tekst\u007f'],
    [`of ${max + 1} characters`, 'x'.repeat(max + 1)],
    ['a number', 42],
    ...(required ? ([['absent', undefined]] as [string, unknown][]) : []),
  ];
}

const BAD_EMAILS: [string, unknown][] = [
  ['empty', ''],
  ['without @', 'post.example.no'],
  ['without a local part', '@example.no'],
  ['without a domain', 'post@'],
  ['with two @', 'post@@example.no'],
  ['with a space', 'post mottak@example.no'],
  ['without a dot in the domain', 'post@localhost'],
  ['with angle brackets', '<post@example.no>'],
  ['with a comma', 'post,mottak@example.no'],
  ['of 255 characters', `${'a'.repeat(244)}@example.no`],
  ['a number', 42],
];
const GOOD_EMAILS = ['a@b.no', 'fornavn.etternavn+pll@sub.domene.example.no', `${'a'.repeat(243)}@example.no`];

const BAD_ENTRY_IDS: [string, unknown][] = [
  ['empty', ''],
  ['with upper case', 'Nytt-legesenter'],
  ['starting with a hyphen', '-nytt'],
  ['ending with a hyphen', 'nytt-'],
  ['with a space', 'nytt legesenter'],
  ['with an underscore', 'nytt_legesenter'],
  ['with æøå', 'mørkved'],
  ['of 65 characters', 'a'.repeat(65)],
  ['a number', 42],
  ['absent', undefined],
];
const GOOD_ENTRY_IDS = ['a', '7', 'a-b', 'a--b', 'a'.repeat(64), 'apotek1-multidose-bodo-2'];

describe('decideDirectory', () => {
  describe('each command and the events it adds', () => {
    it('registers a helsefellesskap', () =>
      given()
        .when({ type: 'register-helsefellesskap', helsefellesskap: NEW_HELSEFELLESSKAP })
        .then(event('directory.helsefellesskap-registered', { helsefellesskap: NEW_HELSEFELLESSKAP })));

    it('registers a kommune', () =>
      given()
        .when({ type: 'register-municipality', municipality: NEW_MUNICIPALITY })
        .then(event('directory.municipality-registered', { municipality: NEW_MUNICIPALITY })));

    it('moves a kommune to another helsefellesskap', () =>
      given()
        .when({ type: 'move-municipality', number: '1804', helsefellesskap: 'helgeland' })
        .then(event('directory.municipality-moved', { number: '1804', helsefellesskap: 'helgeland' })));

    it('moves a kommune to a helsefellesskap of another region', () =>
      given()
        .when({ type: 'move-municipality', number: '1804', helsefellesskap: 'bergensomradet' })
        .then(event('directory.municipality-moved', { number: '1804', helsefellesskap: 'bergensomradet' })));

    it('adds no event moving a kommune to the helsefellesskap it is in', () =>
      given().when({ type: 'move-municipality', number: '1804', helsefellesskap: 'lovesa' }).then());

    it('refuses to move a kommune to a helsefellesskap not in the directory', () =>
      given()
        .when({ type: 'move-municipality', number: '1804', helsefellesskap: 'ukjent' })
        .refused('validation', 'helsefellesskap'));

    it('registers an organisation', () =>
      given()
        .when(registerOrganisation(NEW_ORGANISATION))
        .then(event('directory.organisation-registered', { organisation: NEW_ORGANISATION })));

    it('registers a pharmacy of a chain', () =>
      given()
        .when(registerOrganisation(NEW_PHARMACY))
        .then(event('directory.organisation-registered', { organisation: NEW_PHARMACY })));

    it('registers a party', () =>
      given()
        .when(registerParty(NEW_PARTY))
        .then(event('directory.party-registered', { party: NEW_PARTY })));

    it('enrols a person', () =>
      given()
        .when(enrol(NEW_PERSON))
        .then(event('directory.person-enrolled', { person: NEW_PERSON })));

    it('records an enrolment request', () =>
      given()
        .when(requestEnrolment(REQUEST))
        .then(event('directory.enrolment-requested', { request: REQUEST })));

    it('records who decided and when in every event', () => {
      const other: ActorRef = { username: 'koordinator.nord', name: 'Hanne Bakken', role: 'coordinator' };
      const [registered] = decideDirectory(replay([]), enrol(NEW_PERSON), other, '2026-06-01T08:00:00.000Z');
      expect(registered?.data).toMatchObject({ by: other, at: '2026-06-01T08:00:00.000Z' });
    });

    describe('change-organisation', () => {
      const organisationId = MORKVED.id;
      const cases: [string, OrganisationChanges, DirectoryEvent[]][] = [
        [
          'a new name',
          { name: 'Mørkved legesenter AS' },
          [event('directory.organisation-renamed', { organisationId, name: 'Mørkved legesenter AS' })],
        ],
        [
          'a new system, in use from today',
          { system: PRIDOK },
          [event('directory.organisation-system-changed', { organisationId, system: PRIDOK, from: TODAY })],
        ],
        [
          'a new version of the same system',
          { system: { ...CGM, version: '8.5.0' } },
          [
            event('directory.organisation-system-changed', {
              organisationId,
              system: { ...CGM, version: '8.5.0' },
              from: TODAY,
            }),
          ],
        ],
        [
          'a system without its version',
          { system: { vendor: 'cgm', product: 'CGM Journal', integration: 'sfm-full' } },
          [
            event('directory.organisation-system-changed', {
              organisationId,
              system: { vendor: 'cgm', product: 'CGM Journal', integration: 'sfm-full' },
              from: TODAY,
            }),
          ],
        ],
        [
          'another kommune',
          { municipality: '1840' },
          [event('directory.organisation-moved', { organisationId, municipality: '1840' })],
        ],
        [
          'a kommune of another region',
          { municipality: '4601' },
          [event('directory.organisation-moved', { organisationId, municipality: '4601' })],
        ],
        [
          'contact addresses where there were none',
          { contactEmails: ['post@morkved.example.no'] },
          [
            event('directory.organisation-contacts-changed', {
              organisationId,
              contactEmails: ['post@morkved.example.no'],
            }),
          ],
        ],
        [
          'another type',
          { type: 'out-of-hours' },
          [event('directory.organisation-details-changed', { organisationId, details: { type: 'out-of-hours' } })],
        ],
        [
          'another orgnr',
          { orgnr: NEW_ORGNR },
          [event('directory.organisation-details-changed', { organisationId, details: { orgnr: NEW_ORGNR } })],
        ],
        [
          'another HER-id',
          { herId: 99 },
          [event('directory.organisation-details-changed', { organisationId, details: { herId: 99 } })],
        ],
        [
          'another multidose mode',
          { multidoseMode: 'paper' },
          [event('directory.organisation-details-changed', { organisationId, details: { multidoseMode: 'paper' } })],
        ],
        [
          'another multidose pharmacy',
          { multidosePharmacy: 'apotek1-multidose-tromso' },
          [
            event('directory.organisation-details-changed', {
              organisationId,
              details: { multidosePharmacy: 'apotek1-multidose-tromso' },
            }),
          ],
        ],
        [
          'no multidose pharmacy any more',
          { multidosePharmacy: null },
          [event('directory.organisation-details-changed', { organisationId, details: { multidosePharmacy: null } })],
        ],
        [
          'a pharmacy chain',
          { pharmacyChain: 'apotek1' },
          [event('directory.organisation-details-changed', { organisationId, details: { pharmacyChain: 'apotek1' } })],
        ],
        [
          'every detail at once, in one event',
          {
            type: 'nursing-home',
            orgnr: NEW_ORGNR,
            herId: 7,
            multidoseMode: 'unknown',
            multidosePharmacy: 'apotek1-multidose-bergen',
            pharmacyChain: 'apotek1',
          },
          [
            event('directory.organisation-details-changed', {
              organisationId,
              details: {
                type: 'nursing-home',
                orgnr: NEW_ORGNR,
                herId: 7,
                multidoseMode: 'unknown',
                multidosePharmacy: 'apotek1-multidose-bergen',
                pharmacyChain: 'apotek1',
              },
            }),
          ],
        ],
        [
          'everything at once: one event of each, in order',
          { name: 'Nytt navn', system: EG, municipality: '1840', contactEmails: ['a@b.no'], herId: 8 },
          [
            event('directory.organisation-renamed', { organisationId, name: 'Nytt navn' }),
            event('directory.organisation-system-changed', { organisationId, system: EG, from: TODAY }),
            event('directory.organisation-moved', { organisationId, municipality: '1840' }),
            event('directory.organisation-contacts-changed', { organisationId, contactEmails: ['a@b.no'] }),
            event('directory.organisation-details-changed', { organisationId, details: { herId: 8 } }),
          ],
        ],
      ];
      it.each(cases)('changes %s', (_, changes, expected) =>
        given()
          .when(changeOrganisation(changes))
          .then(...expected),
      );

      it.each(cases)('folds %s into the organisation it asked for', (_, changes) => {
        const { system, ...fields } = changes;
        const expected = { ...MORKVED, ...fields, ...(system ? { system } : {}) };
        for (const [key, value] of Object.entries(fields))
          if (value === null) delete (expected as Record<string, unknown>)[key];
        expect(after([], changeOrganisation(changes)).organisation(MORKVED.id)).toEqual(expected);
      });

      it('changes contact addresses, and removes them all with null', () => {
        const contacts = event('directory.organisation-contacts-changed', {
          organisationId,
          contactEmails: ['a@b.no'],
        });
        given(contacts)
          .when(changeOrganisation({ contactEmails: ['a@b.no', 'c@d.no'] }))
          .then(
            event('directory.organisation-contacts-changed', { organisationId, contactEmails: ['a@b.no', 'c@d.no'] }),
          );
        given(contacts)
          .when(changeOrganisation({ contactEmails: null }))
          .then(event('directory.organisation-contacts-changed', { organisationId, contactEmails: [] }));
        given(contacts)
          .when(changeOrganisation({ contactEmails: [] }))
          .then(event('directory.organisation-contacts-changed', { organisationId, contactEmails: [] }));
      });

      const unchanged: [string, OrganisationChanges][] = [
        ['no changes', {}],
        ['every field restated', (({ id: _id, ...rest }) => rest)(MORKVED)],
        [
          'the system restated with its keys in another order',
          { system: { integration: 'sfm-full', version: '8.4.2', product: 'CGM Journal', vendor: 'cgm' } },
        ],
        ['the orgnr it has', { orgnr: MORKVED.orgnr }],
        ['no contact addresses where there are none', { contactEmails: null }],
        ['an empty list of contact addresses where there are none', { contactEmails: [] }],
        ['no pharmacy chain where there is none', { pharmacyChain: null }],
        ['fields given as undefined', { name: undefined, system: undefined, municipality: undefined }],
      ];
      it.each(unchanged)('adds no event for %s', (_, changes) => given().when(changeOrganisation(changes)).then());

      it('adds no event removing a multidose pharmacy the organisation does not have', () =>
        given()
          .when(changeOrganisation({ multidosePharmacy: null }, 'alta-legekontor'))
          .then());
    });

    describe('change-party', () => {
      const partyId = 'cgm';
      const cases: [string, PartyChanges, DirectoryEvent[]][] = [
        ['a new name', { name: 'CGM Norge' }, [event('directory.party-renamed', { partyId, name: 'CGM Norge' })]],
        [
          'other products',
          { products: ['CGM Journal', 'CGM Vision'] },
          [event('directory.party-products-changed', { partyId, products: ['CGM Journal', 'CGM Vision'] })],
        ],
        ['no products', { products: [] }, [event('directory.party-products-changed', { partyId, products: [] })]],
        [
          'a region, for a national party',
          { region: 'helse-nord' },
          [event('directory.party-region-changed', { partyId, region: 'helse-nord' })],
        ],
        [
          'other contact addresses',
          { contactEmails: ['support@cgm.example.no'] },
          [event('directory.party-contacts-changed', { partyId, contactEmails: ['support@cgm.example.no'] })],
        ],
        [
          'no contact addresses',
          { contactEmails: [] },
          [event('directory.party-contacts-changed', { partyId, contactEmails: [] })],
        ],
        [
          'another service level',
          { serviceLevel: { firstResponseHours: 8, resolutionHours: 80 } },
          [
            event('directory.party-service-level-changed', {
              partyId,
              serviceLevel: { firstResponseHours: 8, resolutionHours: 80 },
            }),
          ],
        ],
        [
          'everything at once: one event of each, in order',
          {
            name: 'CGM',
            products: [],
            region: 'helse-vest',
            contactEmails: ['a@b.no'],
            serviceLevel: { firstResponseHours: 1, resolutionHours: 1 },
          },
          [
            event('directory.party-renamed', { partyId, name: 'CGM' }),
            event('directory.party-products-changed', { partyId, products: [] }),
            event('directory.party-region-changed', { partyId, region: 'helse-vest' }),
            event('directory.party-contacts-changed', { partyId, contactEmails: ['a@b.no'] }),
            event('directory.party-service-level-changed', {
              partyId,
              serviceLevel: { firstResponseHours: 1, resolutionHours: 1 },
            }),
          ],
        ],
      ];
      it.each(cases)('changes %s', (_, changes, expected) =>
        given()
          .when(changeParty(changes))
          .then(...expected),
      );

      it('makes a regional party national again with a null region', () =>
        given(event('directory.party-region-changed', { partyId, region: 'helse-nord' }))
          .when(changeParty({ region: null }))
          .then(event('directory.party-region-changed', { partyId, region: null })));

      it('moves a working group to another region, and refuses to make it national', () => {
        given()
          .when(changeParty({ region: 'helse-midt-norge' }, 'arbeidsgruppe-nord'))
          .then(event('directory.party-region-changed', { partyId: 'arbeidsgruppe-nord', region: 'helse-midt-norge' }));
        given()
          .when(changeParty({ region: null }, 'arbeidsgruppe-nord'))
          .refused('validation', 'region');
      });

      it.each(['nhn', 'pharmacy-chain', 'working-group', 'unknown'] as const)(
        'refuses to change a vendor into kind %s: a new party is registered instead',
        (kind) => {
          const refusal = given()
            .when(changeParty({ kind: kind as NewParty['kind'], region: 'helse-nord' }))
            .refusal('validation', ...(kind === 'unknown' ? ['kind', 'kind'] : ['kind']));
          expect(refusal.errors.at(-1)?.message).toMatch(/cannot change/);
        },
      );

      it.each<[string, PartyChanges]>([
        ['no changes', {}],
        ['every field restated', (({ id: _id, ...rest }) => rest)(CGM_PARTY)],
        [
          'the service level with its keys in another order',
          { serviceLevel: { resolutionHours: 240, firstResponseHours: 24 } },
        ],
        ['no region where there is none', { region: null }],
        ['the kind it has', { kind: 'vendor' }],
      ])('adds no event for %s', (_, changes) => given().when(changeParty(changes)).then());
    });

    describe('change-person', () => {
      const username = 'lege.cgm';
      const cases: [string, PersonChanges, DirectoryEvent[]][] = [
        [
          'a new name',
          { name: 'Kari Nordmann-Li' },
          [event('directory.person-details-changed', { username, details: { name: 'Kari Nordmann-Li' } })],
        ],
        [
          'a new e-mail address',
          { email: 'kari@example.no' },
          [event('directory.person-details-changed', { username, details: { email: 'kari@example.no' } })],
        ],
        [
          'an HPR number',
          { hprNumber: '1234' },
          [event('directory.person-details-changed', { username, details: { hprNumber: '1234' } })],
        ],
        [
          'every detail at once, in one event',
          { name: 'K', email: 'k@example.no', hprNumber: '123456789' },
          [
            event('directory.person-details-changed', {
              username,
              details: { name: 'K', email: 'k@example.no', hprNumber: '123456789' },
            }),
          ],
        ],
        [
          'another organisation',
          { organisation: 'ronvik-legesenter' },
          [
            event('directory.person-affiliation-changed', {
              username,
              affiliation: { role: 'reporter', organisation: 'ronvik-legesenter' },
            }),
          ],
        ],
        [
          'an organisation of another region',
          { organisation: 'bergen-sentrum-legesenter' },
          [
            event('directory.person-affiliation-changed', {
              username,
              affiliation: { role: 'reporter', organisation: 'bergen-sentrum-legesenter' },
            }),
          ],
        ],
        [
          'the role of responder for a party',
          { role: 'responder', organisation: null, party: 'cgm' },
          [
            event('directory.person-affiliation-changed', {
              username,
              affiliation: { role: 'responder', party: 'cgm' },
            }),
          ],
        ],
        [
          'the role of coordinator of a working group',
          { role: 'coordinator', organisation: null, party: 'arbeidsgruppe-nord' },
          [
            event('directory.person-affiliation-changed', {
              username,
              affiliation: { role: 'coordinator', party: 'arbeidsgruppe-nord' },
            }),
          ],
        ],
        [
          'the role of admin',
          { role: 'admin', organisation: null },
          [event('directory.person-affiliation-changed', { username, affiliation: { role: 'admin' } })],
        ],
        [
          'the role of system client, without e-mail',
          { role: 'system', email: null },
          [
            event('directory.person-details-changed', { username, details: { email: null } }),
            event('directory.person-affiliation-changed', {
              username,
              affiliation: { role: 'system', organisation: 'morkved-legesenter' },
            }),
          ],
        ],
      ];
      it.each(cases)('changes %s', (_, changes, expected) =>
        given()
          .when(changePerson(changes))
          .then(...expected),
      );

      it('removes an HPR number with null', () =>
        given(event('directory.person-details-changed', { username, details: { hprNumber: '1234' } }))
          .when(changePerson({ hprNumber: null }))
          .then(event('directory.person-details-changed', { username, details: { hprNumber: null } })));

      it('moves a responder to another party', () =>
        given()
          .when(changePerson({ party: 'nhn' }, 'support.cgm'))
          .then(
            event('directory.person-affiliation-changed', {
              username: 'support.cgm',
              affiliation: { role: 'responder', party: 'nhn' },
            }),
          ));

      it.each<[string, PersonChanges, string?]>([
        ['no changes', {}],
        ['every field restated', (({ username: _u, ...rest }) => rest)(LEGE_CGM)],
        ['no HPR number where there is none', { hprNumber: null }],
        ['no party where there is none', { party: null }],
        ['no e-mail for a system client that has none', { email: null }, 'epj.morkved'],
        ['the role it has', { role: 'reporter' }],
      ])('adds no event for %s', (_, changes, who = username) => given().when(changePerson(changes, who)).then());
    });

    describe('deactivate and reactivate', () => {
      const targets: [DirectoryEntryRef, DirectoryEvent, DirectoryEvent][] = [
        [
          { entry: 'organisation', id: 'morkved-legesenter' },
          event('directory.organisation-deactivated', { organisationId: 'morkved-legesenter' }),
          event('directory.organisation-reactivated', { organisationId: 'morkved-legesenter' }),
        ],
        [
          { entry: 'party', id: 'cgm' },
          event('directory.party-deactivated', { partyId: 'cgm' }),
          event('directory.party-reactivated', { partyId: 'cgm' }),
        ],
        [
          { entry: 'person', id: 'lege.cgm' },
          event('directory.person-deactivated', { username: 'lege.cgm' }),
          event('directory.person-reactivated', { username: 'lege.cgm' }),
        ],
      ];
      it.each(targets)('deactivates an active %j', (target, deactivated) =>
        given().when({ type: 'deactivate', target }).then(deactivated),
      );
      it.each(targets)('adds no event deactivating a deactivated %j', (target, deactivated) =>
        given(deactivated).when({ type: 'deactivate', target }).then(),
      );
      it.each(targets)('reactivates a deactivated %j', (target, deactivated, reactivated) =>
        given(deactivated).when({ type: 'reactivate', target }).then(reactivated),
      );
      it.each(targets)('adds no event reactivating an active %j', (target) =>
        given().when({ type: 'reactivate', target }).then(),
      );
      it.each(targets)('adds no event reactivating a reactivated %j', (target, deactivated, reactivated) =>
        given(deactivated, reactivated).when({ type: 'reactivate', target }).then(),
      );
    });
  });

  describe('the field rules of an organisation', () => {
    const bad: [string, Record<string, unknown>, string][] = [
      ...BAD_ENTRY_IDS.map(([what, id]): [string, Record<string, unknown>, string] => [`an id ${what}`, { id }, 'id']),
      ...badTexts(200).map(([what, name]): [string, Record<string, unknown>, string] => [
        `a name ${what}`,
        { name },
        'name',
      ]),
      ['an unknown type', { type: 'legekontor' }, 'type'],
      ['a type in Norwegian', { type: 'Fastlegekontor' }, 'type'],
      ['no type', { type: undefined }, 'type'],
      ['an orgnr with the wrong check digit', { orgnr: WRONG_CHECK_DIGIT }, 'orgnr'],
      ...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((digit): [string, Record<string, unknown>, string] => [
        `an orgnr on a prefix with no check digit, ending in ${digit}`,
        { orgnr: `${PREFIX_WITHOUT_CHECK_DIGIT}${digit}` },
        'orgnr',
      ]),
      ['an orgnr of 8 digits', { orgnr: NEW_ORGNR.slice(0, 8) }, 'orgnr'],
      ['an orgnr of 10 digits', { orgnr: `${NEW_ORGNR}0` }, 'orgnr'],
      [
        'an orgnr with spaces',
        { orgnr: `${NEW_ORGNR.slice(0, 3)} ${NEW_ORGNR.slice(3, 6)} ${NEW_ORGNR.slice(6)}` },
        'orgnr',
      ],
      ['an orgnr with a leading MVA prefix', { orgnr: `NO${NEW_ORGNR}` }, 'orgnr'],
      ['an orgnr as a number', { orgnr: Number(NEW_ORGNR) }, 'orgnr'],
      ['no orgnr', { orgnr: undefined }, 'orgnr'],
      ['a HER-id of 0', { herId: 0 }, 'herId'],
      ['a negative HER-id', { herId: -81230001 }, 'herId'],
      ['a fractional HER-id', { herId: 1.5 }, 'herId'],
      ['a HER-id above 2147483647', { herId: 2_147_483_648 }, 'herId'],
      ['a HER-id that is NaN', { herId: Number.NaN }, 'herId'],
      ['a HER-id as text', { herId: '81239999' }, 'herId'],
      ['no HER-id', { herId: undefined }, 'herId'],
      ['a kommune not in the directory', { municipality: '9999' }, 'municipality'],
      ['a kommune as a number', { municipality: 1804 }, 'municipality'],
      ['no kommune', { municipality: undefined }, 'municipality'],
      ['no system', { system: undefined }, 'system'],
      ['a null system', { system: null }, 'system'],
      ['a system as text', { system: 'CGM Journal' }, 'system'],
      ['a vendor not in the directory', { system: { ...CGM, vendor: 'ukjent' } }, 'system.vendor'],
      ['a vendor that is an organisation', { system: { ...CGM, vendor: 'morkved-legesenter' } }, 'system.vendor'],
      ['no vendor', { system: { ...CGM, vendor: undefined } }, 'system.vendor'],
      ...badTexts(100).map(([what, product]): [string, Record<string, unknown>, string] => [
        `a product ${what}`,
        { system: { ...CGM, product } },
        'system.product',
      ]),
      ...badTexts(50, { required: false }).map(([what, version]): [string, Record<string, unknown>, string] => [
        `a version ${what}`,
        { system: { ...CGM, version } },
        'system.version',
      ]),
      ['an unknown integration', { system: { ...CGM, integration: 'sfm' } }, 'system.integration'],
      ['no integration', { system: { ...CGM, integration: undefined } }, 'system.integration'],
      ['an unknown multidose mode', { multidoseMode: 'digital' }, 'multidoseMode'],
      ['no multidose mode', { multidoseMode: undefined }, 'multidoseMode'],
      ['a multidose pharmacy not in the directory', { multidosePharmacy: 'ukjent' }, 'multidosePharmacy'],
      ['a multidose pharmacy that is an ordinary pharmacy', { multidosePharmacy: 'apotek1-bodo' }, 'multidosePharmacy'],
      ['a multidose pharmacy that is a GP office', { multidosePharmacy: 'ronvik-legesenter' }, 'multidosePharmacy'],
      ['a multidose pharmacy that is the chain party', { multidosePharmacy: 'apotek1' }, 'multidosePharmacy'],
      ['a pharmacy chain not in the directory', { pharmacyChain: 'ukjent' }, 'pharmacyChain'],
      ['a pharmacy chain that is a vendor', { pharmacyChain: 'cgm' }, 'pharmacyChain'],
      ['a pharmacy chain that is NHN', { pharmacyChain: 'nhn' }, 'pharmacyChain'],
      ['a pharmacy chain that is a working group', { pharmacyChain: 'arbeidsgruppe-nord' }, 'pharmacyChain'],
      ['a pharmacy chain that is an organisation', { pharmacyChain: 'apotek1-bodo' }, 'pharmacyChain'],
      ['contact addresses as one text', { contactEmails: 'post@example.no' }, 'contactEmails'],
      ['the same contact address twice', { contactEmails: ['post@example.no', 'post@example.no'] }, 'contactEmails'],
      ['a bad second contact address', { contactEmails: ['post@example.no', 'ikke-epost'] }, 'contactEmails[1]'],
      ...BAD_EMAILS.map(([what, email]): [string, Record<string, unknown>, string] => [
        `a contact address ${what}`,
        { contactEmails: [email] },
        'contactEmails[0]',
      ]),
    ];

    it.each(bad)('refuses to register one with %s, naming the field', (_, fields, field) =>
      given()
        .when(registerOrganisation(withFields(NEW_ORGANISATION, fields)))
        .refused('validation', field),
    );

    // A change is checked by the same rules, on the organisation as it would be; absent fields stay as they are.
    it.each(bad.filter(([, fields]) => !('id' in fields) && Object.values(fields).every((v) => v !== undefined)))(
      'refuses to change one to %s, naming the field',
      (_, fields, field) => given().when(changeOrganisation(fields)).refused('validation', field),
    );

    it.each(['name', 'type', 'orgnr', 'herId', 'municipality', 'system', 'multidoseMode'])(
      'refuses to remove its %s with null',
      (field) =>
        given()
          .when(changeOrganisation({ [field]: null }))
          .refused('validation', field),
    );

    const good: [string, Record<string, unknown>][] = [
      ...GOOD_ENTRY_IDS.map((id): [string, Record<string, unknown>] => [`the id ${id}`, { id }]),
      ['a name of 200 characters', { name: 'x'.repeat(200) }],
      ['a name with inner spaces, æøå and punctuation', { name: 'Ås & Ørsta legekontor – avd. 2' }],
      ...ORGANISATION_TYPES.map((type): [string, Record<string, unknown>] => [`the type ${type}`, { type }]),
      ['the HER-id 1', { herId: 1 }],
      ['the HER-id 2147483647', { herId: 2_147_483_647 }],
      ['an orgnr whose check digit is 0', { orgnr: orgnrOf('99887766') }],
      ['a system without a version', { system: { vendor: 'cgm', product: 'CGM Journal', integration: 'sfm-full' } }],
      ['a product of 100 characters', { system: { ...CGM, product: 'x'.repeat(100) } }],
      ['a version of 50 characters', { system: { ...CGM, version: 'x'.repeat(50) } }],
      ['a system of the pharmacy chain', { system: { vendor: 'apotek1', product: 'Eik', integration: 'own' } }],
      ...INTEGRATIONS.map((integration): [string, Record<string, unknown>] => [
        `the integration ${integration}`,
        { system: { ...CGM, integration } },
      ]),
      ...MULTIDOSE_MODES.map((multidoseMode): [string, Record<string, unknown>] => [
        `the multidose mode ${multidoseMode}`,
        { multidoseMode },
      ]),
      ['no multidose pharmacy', { multidosePharmacy: undefined }],
      ['a multidose pharmacy of another region', { multidosePharmacy: 'apotek1-multidose-bergen' }],
      ['the pharmacy chain apotek1', { pharmacyChain: 'apotek1' }],
      ['no contact addresses', { contactEmails: undefined }],
      ['an empty list of contact addresses', { contactEmails: [] }],
      ...GOOD_EMAILS.map((email): [string, Record<string, unknown>] => [
        `the contact address ${email}`,
        { contactEmails: [email] },
      ]),
      ['a kommune of another region', { municipality: '4601' }],
    ];
    it.each(good)('registers one with %s', (_, fields) => {
      const organisation = withFields(NEW_ORGANISATION, fields);
      expect(decideDirectory(replay([]), registerOrganisation(organisation), BY, AT)).toEqual([
        event('directory.organisation-registered', { organisation }),
      ]);
    });

    it('reports every problem of the organisation at once, in the order of its fields', () =>
      given()
        .when(
          registerOrganisation(
            withFields(NEW_ORGANISATION, {
              id: 'Ugyldig id',
              name: '',
              type: 'klinikk',
              orgnr: WRONG_CHECK_DIGIT,
              herId: 0,
              municipality: '0000',
              system: { vendor: 'ukjent', product: '', version: ' ', integration: 'fax' },
              multidoseMode: 'digital',
              multidosePharmacy: 'apotek1-bodo',
              pharmacyChain: 'cgm',
              contactEmails: ['ikke-epost', 'post@example.no', 'post@example.no'],
            }),
          ),
        )
        .refused(
          'validation',
          'id',
          'name',
          'type',
          'orgnr',
          'herId',
          'municipality',
          'system.vendor',
          'system.product',
          'system.version',
          'system.integration',
          'multidoseMode',
          'multidosePharmacy',
          'pharmacyChain',
          'contactEmails[0]',
          'contactEmails',
        ));

    it('names the field of every problem with a message that says what is wrong', () => {
      const refusal = refusalOf(() =>
        decideDirectory(
          replay([]),
          registerOrganisation(withFields(NEW_ORGANISATION, { orgnr: WRONG_CHECK_DIGIT, herId: -1 })),
          BY,
          AT,
        ),
      );
      expect(refusal.errors).toEqual([
        { field: 'orgnr', message: expect.stringMatching(/mod-11/) },
        { field: 'herId', message: expect.stringMatching(/2147483647/) },
      ]);
      expect(refusal.message).toBe(refusal.errors.map((e) => `${e.field}: ${e.message}`).join('; '));
    });
  });

  describe('the field rules of a party', () => {
    const bad: [string, Record<string, unknown>, string][] = [
      ...BAD_ENTRY_IDS.map(([what, id]): [string, Record<string, unknown>, string] => [`an id ${what}`, { id }, 'id']),
      ...badTexts(200).map(([what, name]): [string, Record<string, unknown>, string] => [
        `a name ${what}`,
        { name },
        'name',
      ]),
      ['an unknown kind', { kind: 'hospital' }, 'kind'],
      ['no kind', { kind: undefined }, 'kind'],
      ['products as one text', { products: 'Nytt journalsystem' }, 'products'],
      ['no products', { products: undefined }, 'products'],
      ...badTexts(100, { required: false }).map(([what, product]): [string, Record<string, unknown>, string] => [
        `a second product ${what}`,
        { products: ['Nytt journalsystem', product] },
        'products[1]',
      ]),
      ['an unknown region', { region: 'helse-ost' }, 'region'],
      ['a region by its name', { region: 'Helse Nord' }, 'region'],
      ['an empty region', { region: '' }, 'region'],
      ['a working group without a region', { kind: 'working-group', region: undefined }, 'region'],
      ['contact addresses as one text', { contactEmails: 'saker@example.no' }, 'contactEmails'],
      ['no contact addresses', { contactEmails: undefined }, 'contactEmails'],
      ['the same contact address twice', { contactEmails: ['saker@example.no', 'saker@example.no'] }, 'contactEmails'],
      ...BAD_EMAILS.map(([what, email]): [string, Record<string, unknown>, string] => [
        `a contact address ${what}`,
        { contactEmails: [email] },
        'contactEmails[0]',
      ]),
      ['no service level', { serviceLevel: undefined }, 'serviceLevel'],
      ['a null service level', { serviceLevel: null }, 'serviceLevel'],
      ...[0, -4, 1.5, 8785, '4', undefined, Number.NaN].map((hours): [string, Record<string, unknown>, string] => [
        `a first response of ${String(hours)} hours`,
        { serviceLevel: { firstResponseHours: hours, resolutionHours: 240 } },
        'serviceLevel.firstResponseHours',
      ]),
      ...[0, -240, 240.5, 8785, '240', undefined, Number.NaN].map(
        (hours): [string, Record<string, unknown>, string] => [
          `a resolution of ${String(hours)} hours`,
          { serviceLevel: { firstResponseHours: 24, resolutionHours: hours } },
          'serviceLevel.resolutionHours',
        ],
      ),
      [
        'a resolution sooner than the first response',
        { serviceLevel: { firstResponseHours: 24, resolutionHours: 23 } },
        'serviceLevel.resolutionHours',
      ],
    ];

    it.each(bad)('refuses to register one with %s, naming the field', (_, fields, field) =>
      given()
        .when(registerParty(withFields(NEW_PARTY, fields)))
        .refused('validation', field),
    );

    it.each(
      bad.filter(
        ([, fields]) => !('id' in fields) && !('kind' in fields) && Object.values(fields).every((v) => v !== undefined),
      ),
    )('refuses to change one to %s, naming the field', (_, fields, field) =>
      given().when(changeParty(fields)).refused('validation', field),
    );

    it.each(['name', 'products', 'contactEmails', 'serviceLevel'])('refuses to remove its %s with null', (field) =>
      given()
        .when(changeParty({ [field]: null }))
        .refused('validation', field),
    );

    const good: [string, Record<string, unknown>][] = [
      ...GOOD_ENTRY_IDS.map((id): [string, Record<string, unknown>] => [`the id ${id}`, { id }]),
      ...(['vendor', 'nhn', 'pharmacy-chain'] as const).map((kind): [string, Record<string, unknown>] => [
        `the kind ${kind}, national`,
        { kind },
      ]),
      ...Object.keys(REGION_NAMES).flatMap((region): [string, Record<string, unknown>][] => [
        [`a working group of ${region}`, { kind: 'working-group', region }],
        [`a vendor serving only ${region}`, { region }],
      ]),
      ['no products', { products: [] }],
      ['a product of 100 characters', { products: ['x'.repeat(100)] }],
      ['no contact addresses', { contactEmails: [] }],
      ...GOOD_EMAILS.map((email): [string, Record<string, unknown>] => [
        `the contact address ${email}`,
        { contactEmails: [email] },
      ]),
      ['a service level of one hour for both', { serviceLevel: { firstResponseHours: 1, resolutionHours: 1 } }],
      ['a service level of a leap year', { serviceLevel: { firstResponseHours: 8784, resolutionHours: 8784 } }],
    ];
    it.each(good)('registers one with %s', (_, fields) => {
      const party = withFields(NEW_PARTY, fields);
      expect(decideDirectory(replay([]), registerParty(party), BY, AT)).toEqual([
        event('directory.party-registered', { party }),
      ]);
    });

    it('reports every problem of the party at once', () =>
      given()
        .when(
          registerParty(
            withFields(NEW_PARTY, {
              id: '',
              name: ' ',
              kind: 'sykehus',
              products: [''],
              region: 'helse-ost',
              contactEmails: ['x'],
              serviceLevel: { firstResponseHours: 0, resolutionHours: 0 },
            }),
          ),
        )
        .refused(
          'validation',
          'id',
          'name',
          'kind',
          'products[0]',
          'region',
          'contactEmails[0]',
          'serviceLevel.firstResponseHours',
          'serviceLevel.resolutionHours',
        ));
  });

  describe('the field rules of a person', () => {
    const bad: [string, Record<string, unknown>, string][] = [
      ['an empty username', { username: '' }, 'username'],
      ['a username with a space', { username: 'ny lege' }, 'username'],
      ['a username with æøå', { username: 'ny.lærer' }, 'username'],
      ['a username with a comma', { username: 'ny,lege' }, 'username'],
      ['a username of 201 characters', { username: 'x'.repeat(201) }, 'username'],
      ['a username as a number', { username: 42 }, 'username'],
      ['no username', { username: undefined }, 'username'],
      ...badTexts(200).map(([what, name]): [string, Record<string, unknown>, string] => [
        `a name ${what}`,
        { name },
        'name',
      ]),
      ['an unknown role', { role: 'superuser', organisation: undefined }, 'role'],
      ['no role', { role: undefined, organisation: undefined }, 'role'],
      ['an HPR number of 3 digits', { hprNumber: '123' }, 'hprNumber'],
      ['an HPR number of 10 digits', { hprNumber: '1234567890' }, 'hprNumber'],
      ['an HPR number with a letter', { hprNumber: '12a4567' }, 'hprNumber'],
      ['an HPR number with a space', { hprNumber: '123 4567' }, 'hprNumber'],
      ['an empty HPR number', { hprNumber: '' }, 'hprNumber'],
      ['an HPR number as a number', { hprNumber: 1234567 }, 'hprNumber'],
      ['no e-mail address', { email: undefined }, 'email'],
      ...BAD_EMAILS.map(([what, email]): [string, Record<string, unknown>, string] => [
        `an e-mail address ${what}`,
        { email },
        'email',
      ]),
    ];

    it.each(bad)('refuses to enrol one with %s, naming the field', (_, fields, field) =>
      given()
        .when(enrol(withFields(NEW_PERSON, fields)))
        .refused('validation', field),
    );

    it.each(bad.filter(([, fields]) => !('username' in fields) && Object.values(fields).every((v) => v !== undefined)))(
      'refuses to change one to %s, naming the field',
      (_, fields, field) => given().when(changePerson(fields)).refused('validation', field),
    );

    it.each(['name', 'role', 'email'])('refuses to remove the %s of a reporter with null', (field) =>
      given()
        .when(changePerson({ [field]: null }))
        .refused('validation', ...(field === 'role' ? ['role', 'organisation'] : [field])),
    );

    // Reporters and systems act for an organisation, responders and coordinators for a party (a coordinator
    // for a working group), admins for neither.
    const affiliations: [Role, Record<string, unknown>, string[]][] = [
      ['reporter', { organisation: 'morkved-legesenter' }, []],
      ['reporter', { organisation: 'bergen-sentrum-legesenter' }, []],
      ['reporter', { organisation: 'apotek1-multidose-bodo' }, []],
      ['reporter', {}, ['organisation']],
      ['reporter', { organisation: 'ukjent' }, ['organisation']],
      ['reporter', { organisation: 'cgm' }, ['organisation']],
      ['reporter', { organisation: 'morkved-legesenter', party: 'cgm' }, ['party']],
      ['reporter', { party: 'cgm' }, ['organisation', 'party']],
      ['system', { organisation: 'morkved-legesenter', email: undefined }, []],
      ['system', { email: undefined }, ['organisation']],
      ['system', { organisation: 'ukjent', email: undefined }, ['organisation']],
      ['system', { organisation: 'morkved-legesenter', party: 'cgm', email: undefined }, ['party']],
      ['system', { organisation: 'morkved-legesenter' }, ['email']],
      ['responder', { party: 'cgm' }, []],
      ['responder', { party: 'nhn' }, []],
      ['responder', { party: 'apotek1' }, []],
      ['responder', { party: 'arbeidsgruppe-nord' }, []],
      ['responder', {}, ['party']],
      ['responder', { party: 'ukjent' }, ['party']],
      ['responder', { party: 'morkved-legesenter' }, ['party']],
      ['responder', { party: 'cgm', organisation: 'morkved-legesenter' }, ['organisation']],
      ['coordinator', { party: 'arbeidsgruppe-nord' }, []],
      ['coordinator', { party: 'arbeidsgruppe-vest' }, []],
      ['coordinator', { party: 'cgm' }, ['party']],
      ['coordinator', { party: 'nhn' }, ['party']],
      ['coordinator', { party: 'apotek1' }, ['party']],
      ['coordinator', {}, ['party']],
      ['coordinator', { party: 'ukjent' }, ['party']],
      ['coordinator', { party: 'arbeidsgruppe-nord', organisation: 'morkved-legesenter' }, ['organisation']],
      ['admin', {}, []],
      ['admin', { organisation: 'morkved-legesenter' }, ['organisation']],
      ['admin', { party: 'cgm' }, ['party']],
      ['admin', { organisation: 'morkved-legesenter', party: 'arbeidsgruppe-nord' }, ['organisation', 'party']],
    ];
    const person = (role: Role, fields: Record<string, unknown>): NewPerson =>
      withFields({ ...NEW_PERSON, role, organisation: undefined }, fields);

    it.each(affiliations)('enrols a %s with %j, refused on %j', (role, fields, problems) => {
      const command = enrol(person(role, fields));
      if (problems.length === 0)
        given()
          .when(command)
          .then(event('directory.person-enrolled', { person: person(role, fields) }));
      else
        given()
          .when(command)
          .refused('validation', ...problems);
    });

    it.each(affiliations.filter(([role]) => role !== 'system'))(
      'changes lege.cgm into a %s with %j, refused on %j',
      (role, fields, problems) => {
        const changes = { role, organisation: null, party: null, ...fields } as PersonChanges;
        const unchanged =
          role === LEGE_CGM.role && fields.organisation === LEGE_CGM.organisation && !('party' in fields);
        if (problems.length === 0) {
          expect(decideDirectory(replay([]), changePerson(changes), BY, AT).map((e) => e.type)).toEqual(
            unchanged ? [] : ['directory.person-affiliation-changed'],
          );
        } else
          given()
            .when(changePerson(changes))
            .refused('validation', ...problems);
      },
    );

    const good: [string, Record<string, unknown>][] = [
      ['a HelseID subject in base64', { username: 'aGVsc2VpZC1zdWJqZWN0+/Zz=' }],
      ['a client id with : @ and .', { username: 'client:epj@morkved.no' }],
      ['a username of 200 characters', { username: 'x'.repeat(200) }],
      ['an HPR number of 4 digits', { hprNumber: '1234' }],
      ['an HPR number of 9 digits', { hprNumber: '123456789' }],
      ['no HPR number', { hprNumber: undefined }],
      ...GOOD_EMAILS.map((email): [string, Record<string, unknown>] => [`the e-mail address ${email}`, { email }]),
    ];
    it.each(good)('enrols one with %s', (_, fields) => {
      const enrolled = withFields(NEW_PERSON, fields);
      expect(decideDirectory(replay([]), enrol(enrolled), BY, AT)).toEqual([
        event('directory.person-enrolled', { person: enrolled }),
      ]);
    });

    it('reports every problem of the person at once', () =>
      given()
        .when(
          enrol(
            withFields(NEW_PERSON, {
              username: 'ny lege',
              name: '',
              role: 'reporter',
              hprNumber: '12',
              email: 'x',
              organisation: 'ukjent',
              party: 'cgm',
            }),
          ),
        )
        .refused('validation', 'username', 'name', 'hprNumber', 'email', 'organisation', 'party'));
  });

  describe('the field rules of a helsefellesskap and a kommune', () => {
    it.each<[string, Record<string, unknown>, string]>([
      ...BAD_ENTRY_IDS.map(([what, id]): [string, Record<string, unknown>, string] => [`an id ${what}`, { id }, 'id']),
      ...badTexts(200).map(([what, name]): [string, Record<string, unknown>, string] => [
        `a name ${what}`,
        { name },
        'name',
      ]),
      ...badTexts(200).map(([what, hf]): [string, Record<string, unknown>, string] => [`an HF ${what}`, { hf }, 'hf']),
      ['an unknown region', { region: 'helse-ost' }, 'region'],
      ['a region by its name', { region: 'Helse Midt-Norge' }, 'region'],
      ['no region', { region: undefined }, 'region'],
    ])('refuses a helsefellesskap with %s, naming the field', (_, fields, field) =>
      given()
        .when({ type: 'register-helsefellesskap', helsefellesskap: withFields(NEW_HELSEFELLESSKAP, fields) })
        .refused('validation', field),
    );

    it.each(Object.keys(REGION_NAMES))('registers a helsefellesskap of %s', (region) => {
      const helsefellesskap = { ...NEW_HELSEFELLESSKAP, region };
      given()
        .when({ type: 'register-helsefellesskap', helsefellesskap })
        .then(event('directory.helsefellesskap-registered', { helsefellesskap }));
    });

    it('reports every problem of a helsefellesskap at once', () =>
      given()
        .when({
          type: 'register-helsefellesskap',
          helsefellesskap: withFields(NEW_HELSEFELLESSKAP, { id: '', name: '', hf: '', region: '' }),
        })
        .refused('validation', 'id', 'name', 'hf', 'region'));

    it.each<[string, Record<string, unknown>, string]>([
      ['a number of 3 digits', { number: '184' }, 'number'],
      ['a number of 5 digits', { number: '18410' }, 'number'],
      ['a number with letters', { number: '18a1' }, 'number'],
      ['a number with a space', { number: '18 41' }, 'number'],
      ['a number as a number', { number: 1841 }, 'number'],
      ['no number', { number: undefined }, 'number'],
      ...badTexts(200).map(([what, name]): [string, Record<string, unknown>, string] => [
        `a name ${what}`,
        { name },
        'name',
      ]),
      ['a helsefellesskap not in the directory', { helsefellesskap: 'ukjent' }, 'helsefellesskap'],
      ['a helsefellesskap by its name', { helsefellesskap: 'Helsefellesskap Finnmark' }, 'helsefellesskap'],
      ['no helsefellesskap', { helsefellesskap: undefined }, 'helsefellesskap'],
    ])('refuses a kommune with %s, naming the field', (_, fields, field) =>
      given()
        .when({ type: 'register-municipality', municipality: withFields(NEW_MUNICIPALITY, fields) })
        .refused('validation', field),
    );

    it.each(['0301', '1841', '9999'])('registers the kommune %s', (number) => {
      const municipality = { ...NEW_MUNICIPALITY, number };
      given()
        .when({ type: 'register-municipality', municipality })
        .then(event('directory.municipality-registered', { municipality }));
    });

    it('reports every problem of a kommune at once', () =>
      given()
        .when({
          type: 'register-municipality',
          municipality: withFields(NEW_MUNICIPALITY, { number: 'x', name: '', helsefellesskap: 'x' }),
        })
        .refused('validation', 'number', 'name', 'helsefellesskap'));
  });

  describe('keys that every JavaScript object has', () => {
    const names = Object.getOwnPropertyNames(Object.prototype);
    const keyLike = names.filter((name) => /^[a-z0-9-]+$/.test(name));

    it('include some that fit the form of an id', () => expect(keyLike).toContain('constructor'));

    it.each(keyLike)('refuses %s as the id of any new entry', (id) => {
      given()
        .when({ type: 'register-helsefellesskap', helsefellesskap: { ...NEW_HELSEFELLESSKAP, id } })
        .refused('validation', 'id');
      given()
        .when(registerOrganisation({ ...NEW_ORGANISATION, id }))
        .refused('validation', 'id');
      given()
        .when(registerParty({ ...NEW_PARTY, id }))
        .refused('validation', 'id');
    });

    it.each(names.filter((name) => /^[A-Za-z0-9._@+/=:-]+$/.test(name)))('refuses %s as a username', (username) =>
      given()
        .when(enrol({ ...NEW_PERSON, username }))
        .refused('validation', 'username'),
    );
  });

  describe('what is taken once', () => {
    it('refuses an organisation id taken, as a conflict naming it', () => {
      const refusal = given()
        .when(registerOrganisation({ ...NEW_ORGANISATION, id: 'morkved-legesenter' }))
        .refusal('conflict', 'id');
      expect(refusal.errors[0]?.message).toBe('organisation morkved-legesenter is already in the directory');
    });

    it('refuses an orgnr another organisation has, as a conflict naming the organisation', () => {
      const refusal = given()
        .when(registerOrganisation({ ...NEW_ORGANISATION, orgnr: MORKVED.orgnr }))
        .refusal('conflict', 'orgnr');
      expect(refusal.errors[0]?.message).toBe('is already registered for Mørkved legesenter (morkved-legesenter)');
    });

    it('refuses both as one conflict when both are taken', () =>
      given()
        .when(registerOrganisation({ ...NEW_ORGANISATION, id: 'ronvik-legesenter', orgnr: MORKVED.orgnr }))
        .refused('conflict', 'orgnr', 'id'));

    it('refuses registering an organisation exactly as it is: registering is not idempotent', () =>
      given().when(registerOrganisation(MORKVED)).refused('conflict', 'id'));

    it('calls it invalid input, not a conflict, when other rules are broken too', () =>
      given()
        .when(registerOrganisation({ ...NEW_ORGANISATION, name: '', orgnr: MORKVED.orgnr }))
        .refused('validation', 'name', 'orgnr'));

    // Whatever the refused value says: a reference that happens to hold the word "already" is still bad input.
    it.each<[string, DirectoryCommand, string]>([
      [
        'a multidose pharmacy',
        registerOrganisation({ ...NEW_ORGANISATION, multidosePharmacy: 'already-there' }),
        'multidosePharmacy',
      ],
      ['a pharmacy chain', registerOrganisation({ ...NEW_PHARMACY, pharmacyChain: 'already' }), 'pharmacyChain'],
      [
        'a vendor',
        registerOrganisation({ ...NEW_ORGANISATION, system: { ...CGM, vendor: 'already' } }),
        'system.vendor',
      ],
      ['a kommune', registerOrganisation({ ...NEW_ORGANISATION, municipality: 'already' }), 'municipality'],
      ['an organisation of a person', enrol({ ...NEW_PERSON, organisation: 'already-enrolled' }), 'organisation'],
      [
        'a party of a person',
        enrol({ ...NEW_PERSON, role: 'responder', organisation: undefined, party: 'already' }),
        'party',
      ],
      [
        'a helsefellesskap',
        { type: 'register-municipality', municipality: { ...NEW_MUNICIPALITY, helsefellesskap: 'already' } },
        'helsefellesskap',
      ],
    ])('calls %s not in the directory invalid input even when its id says "already"', (_, command, field) =>
      given().when(command).refused('validation', field),
    );

    it('refuses changing an orgnr to another organisation’s, as a conflict naming it', () => {
      const refusal = given()
        .when(changeOrganisation({ orgnr: MORKVED.orgnr }, 'ronvik-legesenter'))
        .refusal('conflict', 'orgnr');
      expect(refusal.errors[0]?.message).toMatch(/Mørkved legesenter \(morkved-legesenter\)/);
    });

    it('frees an orgnr once its organisation has another', () => {
      const changed = event('directory.organisation-details-changed', {
        organisationId: MORKVED.id,
        details: { orgnr: NEW_ORGNR },
      });
      const organisation = { ...NEW_ORGANISATION, orgnr: MORKVED.orgnr };
      given(changed)
        .when(registerOrganisation(organisation))
        .then(event('directory.organisation-registered', { organisation }));
      given(changed).when(registerOrganisation(NEW_ORGANISATION)).refused('conflict', 'orgnr');
    });

    it('refuses a party id taken, as a conflict', () => {
      const refusal = given()
        .when(registerParty({ ...NEW_PARTY, id: 'cgm' }))
        .refusal('conflict', 'id');
      expect(refusal.errors[0]?.message).toBe('party cgm is already in the directory');
    });

    it('refuses a helsefellesskap id taken, as a conflict', () =>
      given()
        .when({ type: 'register-helsefellesskap', helsefellesskap: { ...NEW_HELSEFELLESSKAP, id: 'finnmark' } })
        .refused('conflict', 'id'));

    it('refuses a kommune number taken, as a conflict', () => {
      const refusal = given()
        .when({ type: 'register-municipality', municipality: { ...NEW_MUNICIPALITY, number: '1804' } })
        .refusal('conflict', 'number');
      expect(refusal.errors[0]?.message).toBe('kommune 1804 is already in the directory');
    });

    it('refuses a username taken, as a conflict naming it', () => {
      const refusal = given()
        .when(enrol({ ...NEW_PERSON, username: 'lege.cgm' }))
        .refusal('conflict', 'username');
      expect(refusal.errors[0]?.message).toBe('person lege.cgm is already in the directory');
    });

    it('refuses an HPR number another person has, as a conflict naming them', () => {
      const refusal = given(hprHolderEnrolled)
        .when(enrol({ ...NEW_PERSON, hprNumber: '1234567' }))
        .refusal('conflict', 'hprNumber');
      expect(refusal.errors[0]?.message).toBe('is already registered for Hanne Holder (hpr.holder)');
    });

    it('refuses changing an HPR number to another person’s, as a conflict', () =>
      given(hprHolderEnrolled)
        .when(changePerson({ hprNumber: '1234567' }))
        .refused('conflict', 'hprNumber'));

    it('lets a person keep their own HPR number', () =>
      given(hprHolderEnrolled)
        .when(changePerson({ hprNumber: '1234567', name: 'Hanne H' }, 'hpr.holder'))
        .then(event('directory.person-details-changed', { username: 'hpr.holder', details: { name: 'Hanne H' } })));

    it('frees an HPR number once its holder has none', () =>
      given(
        hprHolderEnrolled,
        event('directory.person-details-changed', { username: 'hpr.holder', details: { hprNumber: null } }),
      )
        .when(changePerson({ hprNumber: '1234567' }))
        .then(event('directory.person-details-changed', { username: 'lege.cgm', details: { hprNumber: '1234567' } })));

    it('frees an HPR number once its holder has another', () =>
      given(
        hprHolderEnrolled,
        event('directory.person-details-changed', { username: 'hpr.holder', details: { hprNumber: '7777777' } }),
      )
        .when(enrol({ ...NEW_PERSON, hprNumber: '1234567' }))
        .then(event('directory.person-enrolled', { person: { ...NEW_PERSON, hprNumber: '1234567' } })));
  });

  describe('what is not in the directory', () => {
    it.each<[string, DirectoryCommand, string]>([
      ['a kommune moved', { type: 'move-municipality', number: '9999', helsefellesskap: 'lovesa' }, 'number'],
      ['an organisation changed', changeOrganisation({ name: 'X' }, 'ukjent'), 'id'],
      ['a party changed', changeParty({ name: 'X' }, 'ukjent'), 'id'],
      ['a person changed', changePerson({ name: 'X' }, 'ukjent'), 'username'],
      ['an organisation deactivated', { type: 'deactivate', target: { entry: 'organisation', id: 'ukjent' } }, 'id'],
      ['an organisation reactivated', { type: 'reactivate', target: { entry: 'organisation', id: 'ukjent' } }, 'id'],
      ['a party deactivated', { type: 'deactivate', target: { entry: 'party', id: 'ukjent' } }, 'id'],
      ['a party reactivated', { type: 'reactivate', target: { entry: 'party', id: 'ukjent' } }, 'id'],
      ['a person deactivated', { type: 'deactivate', target: { entry: 'person', id: 'ukjent' } }, 'id'],
      ['a person reactivated', { type: 'reactivate', target: { entry: 'person', id: 'ukjent' } }, 'id'],
      [
        'an organisation id given as a party',
        { type: 'deactivate', target: { entry: 'party', id: 'morkved-legesenter' } },
        'id',
      ],
      ['a party id given as a person', { type: 'deactivate', target: { entry: 'person', id: 'cgm' } }, 'id'],
      ['an enrolment request approved', { type: 'approve-enrolment', requestId: 'ukjent' }, 'requestId'],
      ['an enrolment request refused', { type: 'refuse-enrolment', requestId: 'ukjent', reason: 'Nei' }, 'requestId'],
    ])('refuses %s as not-found', (_, command, field) => {
      const refusal = given().when(command).refusal('not-found', field);
      expect(refusal).toBeInstanceOf(DirectoryEntryNotFoundError);
      expect(refusal.errors[0]?.message).toMatch(/ukjent|9999|morkved-legesenter|cgm/);
    });
  });

  describe('scheduled switches of system', () => {
    const organisationId = MORKVED.id;
    const switchTo = (system: OrganisationSystem, from: string) => ({ system, from });
    const scheduled = (system: OrganisationSystem, from: string) =>
      event('directory.organisation-system-changed', { organisationId, system, from });
    const inUse = (system: OrganisationSystem) =>
      event('directory.organisation-system-changed', { organisationId, system, from: TODAY });
    /** Morkved with a switch to Pridok from a week ahead, recorded yesterday. */
    const PENDING = switchTo(PRIDOK, '2026-05-11');
    const pendingRecorded = event(
      'directory.organisation-system-changed',
      { organisationId, ...PENDING },
      '2026-05-03T09:00:00.000Z',
    );

    it.each([TOMORROW, '2026-05-11', '2027-01-01'])('schedules a switch from %s', (from) =>
      given()
        .when(changeOrganisation({ scheduledSystem: switchTo(PRIDOK, from) }))
        .then(scheduled(PRIDOK, from)),
    );

    it('keeps the system in use until the scheduled day, then runs the new one', () => {
      const organisation = after([], changeOrganisation({ scheduledSystem: PENDING })).organisation(organisationId);
      expect(organisation.system).toEqual(CGM);
      expect(organisation.scheduledSystem).toEqual(PENDING);
      expect(systemOn(organisation, TODAY)).toEqual(CGM);
      expect(systemOn(organisation, '2026-05-10')).toEqual(CGM);
      expect(systemOn(organisation, '2026-05-11')).toEqual(PRIDOK);
      expect(pendingSystem(organisation, TODAY)).toEqual(PENDING);
      expect(pendingSystem(organisation, '2026-05-11')).toBeUndefined();
    });

    it.each<[string, string]>([
      ['today', TODAY],
      ['yesterday', YESTERDAY],
      ['last year', '2025-05-04'],
      ['a date without dashes', '20260511'],
      ['a date and time', '2026-05-11T00:00:00Z'],
      ['a month that does not exist', '2026-13-01'],
      ['a day that does not exist', '2026-05-32'],
      ['February 30th', '2027-02-30'],
      ['an empty date', ''],
    ])('refuses a switch from %s on scheduledSystem.from', (_, from) =>
      given()
        .when(changeOrganisation({ scheduledSystem: switchTo(PRIDOK, from) }))
        .refused('validation', 'scheduledSystem.from'),
    );

    it.each<[string, Record<string, unknown>, string]>([
      ['a vendor not in the directory', { ...PRIDOK, vendor: 'ukjent' }, 'scheduledSystem.system.vendor'],
      ['no product', { ...PRIDOK, product: '' }, 'scheduledSystem.system.product'],
      ['a version with a line break', { ...PRIDOK, version: '1\n2' }, 'scheduledSystem.system.version'],
      ['an unknown integration', { ...PRIDOK, integration: 'fax' }, 'scheduledSystem.system.integration'],
    ])('refuses a switch to a system with %s, naming the field', (_, system, field) =>
      given()
        .when(
          changeOrganisation({ scheduledSystem: { system: system as unknown as OrganisationSystem, from: TOMORROW } }),
        )
        .refused('validation', field),
    );

    it('refuses a switch without a system', () =>
      given()
        .when(changeOrganisation({ scheduledSystem: { from: TOMORROW } as unknown as ScheduledSystem }))
        .refused('validation', 'scheduledSystem.system'));

    it('registers an organisation with a switch ahead, and refuses one with a switch today', () => {
      const organisation = { ...NEW_ORGANISATION, scheduledSystem: switchTo(PRIDOK, TOMORROW) };
      given()
        .when(registerOrganisation(organisation))
        .then(event('directory.organisation-registered', { organisation }));
      given()
        .when(registerOrganisation({ ...NEW_ORGANISATION, scheduledSystem: switchTo(PRIDOK, TODAY) }))
        .refused('validation', 'scheduledSystem.from');
    });

    it('cancels a pending switch when a new system is set today without it', () => {
      given(pendingRecorded)
        .when(changeOrganisation({ system: EG }))
        .then(inUse(EG));
      const organisation = after([pendingRecorded], changeOrganisation({ system: EG })).organisation(organisationId);
      expect(organisation.system).toEqual(EG);
      expect(organisation.scheduledSystem).toBeUndefined();
    });

    it('keeps a pending switch restated with a new system today', () => {
      given(pendingRecorded)
        .when(changeOrganisation({ system: EG, scheduledSystem: { from: PENDING.from, system: { ...PRIDOK } } }))
        .then(inUse(EG), scheduled(PRIDOK, PENDING.from));
      const organisation = after(
        [pendingRecorded],
        changeOrganisation({ system: EG, scheduledSystem: PENDING }),
      ).organisation(organisationId);
      expect(organisation.system).toEqual(EG);
      expect(organisation.scheduledSystem).toEqual(PENDING);
    });

    it('adds no event restating the pending switch, whatever the order of its keys', () => {
      given(pendingRecorded)
        .when(changeOrganisation({ scheduledSystem: PENDING }))
        .then();
      given(pendingRecorded)
        .when(
          changeOrganisation({
            scheduledSystem: {
              from: PENDING.from,
              system: { integration: 'sfm-full', version: '2026.3', product: 'Pridok', vendor: 'pridok' },
            },
          }),
        )
        .then();
      given(pendingRecorded)
        .when(changeOrganisation({ system: CGM, scheduledSystem: PENDING }))
        .then();
    });

    it('cancels a pending switch with scheduledSystem null', () => {
      given(pendingRecorded)
        .when(changeOrganisation({ scheduledSystem: null }))
        .then(inUse(CGM));
      const organisation = after([pendingRecorded], changeOrganisation({ scheduledSystem: null })).organisation(
        organisationId,
      );
      expect(organisation.system).toEqual(CGM);
      expect(organisation.scheduledSystem).toBeUndefined();
      expect(systemOn(organisation, '2026-05-11')).toEqual(CGM);
    });

    it('adds no event cancelling a switch when there is none', () =>
      given()
        .when(changeOrganisation({ scheduledSystem: null }))
        .then());

    it.each<[string, { system: OrganisationSystem; from: string }]>([
      ['another day', switchTo(PRIDOK, '2026-06-01')],
      ['another system', switchTo(EG, PENDING.from)],
      ['another version', switchTo({ ...PRIDOK, version: '2026.4' }, PENDING.from)],
    ])('replaces a pending switch with one on %s', (_, replacement) => {
      given(pendingRecorded)
        .when(changeOrganisation({ scheduledSystem: replacement }))
        .then(inUse(CGM), scheduled(replacement.system, replacement.from));
      const organisation = after([pendingRecorded], changeOrganisation({ scheduledSystem: replacement })).organisation(
        organisationId,
      );
      expect(organisation.system).toEqual(CGM);
      expect(organisation.scheduledSystem).toEqual(replacement);
    });

    it('keeps a pending switch through changes of other fields', () => {
      given(pendingRecorded)
        .when(changeOrganisation({ name: 'Nytt navn' }))
        .then(event('directory.organisation-renamed', { organisationId, name: 'Nytt navn' }));
      expect(
        after([pendingRecorded], changeOrganisation({ name: 'Nytt navn', municipality: '1840' })).organisation(
          organisationId,
        ).scheduledSystem,
      ).toEqual(PENDING);
    });

    it('adds no event restating a switch recorded days ago that is still ahead', () =>
      given(
        event(
          'directory.organisation-system-changed',
          { organisationId, ...switchTo(PRIDOK, TOMORROW) },
          '2026-05-01T00:00:00.000Z',
        ),
      )
        .when(changeOrganisation({ scheduledSystem: switchTo(PRIDOK, TOMORROW) }))
        .then());

    describe('once the scheduled day has come', () => {
      /** A switch to Pridok from May 1st, recorded in April: on May 4th Pridok is in use. */
      const passed = event(
        'directory.organisation-system-changed',
        { organisationId, ...switchTo(PRIDOK, '2026-05-01') },
        '2026-04-20T09:00:00.000Z',
      );

      it('runs the new system, with no switch pending', () => {
        const organisation = replay([passed]).organisation(organisationId);
        expect(systemOn(organisation, TODAY)).toEqual(PRIDOK);
        expect(pendingSystem(organisation, TODAY)).toBeUndefined();
      });

      it('adds no event restating the system in use', () =>
        given(passed)
          .when(changeOrganisation({ system: PRIDOK }))
          .then());

      it('adds no event for a change of another field that leaves the system alone', () =>
        given(passed)
          .when(changeOrganisation({ name: 'Nytt navn' }))
          .then(event('directory.organisation-renamed', { organisationId, name: 'Nytt navn' })));

      it('goes back to the old system only when told to, from today', () => {
        given(passed)
          .when(changeOrganisation({ system: CGM }))
          .then(inUse(CGM));
        expect(
          systemOn(after([passed], changeOrganisation({ system: CGM })).organisation(organisationId), TODAY),
        ).toEqual(CGM);
      });

      it('keeps the system in use when a further switch is scheduled', () => {
        const further = switchTo(EG, '2026-06-01');
        const organisation = after([passed], changeOrganisation({ scheduledSystem: further })).organisation(
          organisationId,
        );
        expect(systemOn(organisation, TODAY)).toEqual(PRIDOK);
        expect(systemOn(organisation, '2026-05-31')).toEqual(PRIDOK);
        expect(systemOn(organisation, '2026-06-01')).toEqual(EG);
        expect(pendingSystem(organisation, TODAY)).toEqual(further);
      });
    });
  });

  describe('enrolment', () => {
    const requested = event('directory.enrolment-requested', { request: REQUEST });
    const approved = event('directory.enrolment-approved', { requestId: REQUEST.requestId, role: 'reporter' });
    const refused = event('directory.enrolment-refused', { requestId: REQUEST.requestId, reason: 'Ukjent for oss' });
    const enrolled = event('directory.person-enrolled', {
      person: {
        username: REQUEST.username,
        name: REQUEST.name,
        role: 'reporter',
        organisation: REQUEST.organisation,
        email: REQUEST.email,
        hprNumber: REQUEST.hprNumber,
      },
    });

    it.each<[string, Partial<EnrolmentRequest>]>([
      ['without an HPR number', { hprNumber: undefined }],
      ['without a message', { message: undefined }],
      ['for an organisation of another region', { organisation: 'bergen-sentrum-legesenter' }],
      ['with a message of 1000 characters', { message: 'x'.repeat(1000) }],
    ])('records a request %s', (_, fields) => {
      const request = { ...REQUEST, ...fields };
      given().when(requestEnrolment(request)).then(event('directory.enrolment-requested', { request }));
    });

    it.each<[string, Record<string, unknown>, string]>([
      ...badTexts(200).map(([what, name]): [string, Record<string, unknown>, string] => [
        `a name ${what}`,
        { name },
        'name',
      ]),
      ['no e-mail address', { email: undefined }, 'email'],
      ...BAD_EMAILS.map(([what, email]): [string, Record<string, unknown>, string] => [
        `an e-mail address ${what}`,
        { email },
        'email',
      ]),
      ...badTexts(1000, { required: false }).map(([what, message]): [string, Record<string, unknown>, string] => [
        `a message ${what}`,
        { message },
        'message',
      ]),
      ['an organisation not in the directory', { organisation: 'ukjent' }, 'organisation'],
      ['a party for an organisation', { organisation: 'cgm' }, 'organisation'],
      ['an HPR number of 3 digits', { hprNumber: '123' }, 'hprNumber'],
      ['an HPR number of 10 digits', { hprNumber: '1234567890' }, 'hprNumber'],
      ['an HPR number with a letter', { hprNumber: '123456a' }, 'hprNumber'],
    ])('refuses a request with %s, naming the field', (_, fields, field) =>
      given()
        .when(requestEnrolment(withFields(REQUEST, fields)))
        .refused('validation', field),
    );

    it('refuses a request for a deactivated organisation', () =>
      given(event('directory.organisation-deactivated', { organisationId: 'morkved-legesenter' }))
        .when(requestEnrolment(REQUEST))
        .refused('validation', 'organisation'));

    it('reports every problem of a request at once', () =>
      given()
        .when(
          requestEnrolment(
            withFields(REQUEST, { name: '', email: 'x', message: '', organisation: 'ukjent', hprNumber: '1' }),
          ),
        )
        .refused('validation', 'name', 'email', 'message', 'organisation', 'hprNumber'));

    it('refuses a request from someone already in the directory, as a conflict', () => {
      const refusal = given()
        .when(requestEnrolment({ ...REQUEST, username: 'lege.cgm' }))
        .refusal('conflict', 'username');
      expect(refusal.errors[0]?.message).toBe('is already in the directory');
    });

    it('refuses a second request while the first is pending, as a conflict naming the first', () => {
      const refusal = given(requested)
        .when(requestEnrolment({ ...REQUEST, requestId: 'request-2', organisation: 'ronvik-legesenter' }))
        .refusal('conflict', 'username');
      expect(refusal.errors[0]?.message).toBe('already asked (request request-1)');
    });

    it('takes a new request once the first was refused', () => {
      const again = { ...REQUEST, requestId: 'request-2' };
      given(requested, refused)
        .when(requestEnrolment(again))
        .then(event('directory.enrolment-requested', { request: again }));
    });

    it('refuses a new request once the first was approved: the person is in the directory', () =>
      given(requested, approved, enrolled)
        .when(requestEnrolment({ ...REQUEST, requestId: 'request-2' }))
        .refused('conflict', 'username'));

    it('takes requests from two people for the same organisation', () => {
      const other = { ...REQUEST, requestId: 'request-2', username: 'annen.lege', hprNumber: '7654322' };
      given(requested)
        .when(requestEnrolment(other))
        .then(event('directory.enrolment-requested', { request: other }));
    });

    it('approves a request: the person is enrolled as a reporter of the organisation, with its HPR number and e-mail', () =>
      given(requested).when({ type: 'approve-enrolment', requestId: REQUEST.requestId }).then(approved, enrolled));

    it('approves a request without an HPR number: the person has none', () => {
      const { hprNumber: _hpr, ...request } = REQUEST;
      const { hprNumber: _enrolledHpr, ...person } = enrolled.data.person;
      given(event('directory.enrolment-requested', { request }))
        .when({ type: 'approve-enrolment', requestId: REQUEST.requestId })
        .then(approved, event('directory.person-enrolled', { person }));
    });

    it('leaves the message out of the person enrolled', () => {
      const [, person] = decideDirectory(
        replay([requested]),
        { type: 'approve-enrolment', requestId: REQUEST.requestId },
        BY,
        AT,
      );
      expect(person?.type === 'directory.person-enrolled' && Object.keys(person.data.person).sort()).toEqual([
        'email',
        'hprNumber',
        'name',
        'organisation',
        'role',
        'username',
      ]);
    });

    it('refuses to approve a request whose HPR number someone else has since been given, as a conflict', () =>
      given(requested, hprHolder(REQUEST.hprNumber as string))
        .when({ type: 'approve-enrolment', requestId: REQUEST.requestId })
        .refused('conflict', 'hprNumber'));

    it('refuses a request with a reason', () =>
      given(requested)
        .when({ type: 'refuse-enrolment', requestId: REQUEST.requestId, reason: 'Ukjent for oss' })
        .then(refused));

    it.each(badTexts(1000))('refuses to refuse without a proper reason: one %s', (_, reason) =>
      given(requested)
        .when({ type: 'refuse-enrolment', requestId: REQUEST.requestId, reason: reason as string })
        .refused('validation', 'reason'),
    );

    const decisions: [string, DirectoryEvent[]][] = [
      ['approved', [approved, enrolled]],
      ['refused', [refused]],
    ];
    const commands: DirectoryCommand[] = [
      { type: 'approve-enrolment', requestId: REQUEST.requestId },
      { type: 'refuse-enrolment', requestId: REQUEST.requestId, reason: 'Nei' },
    ];
    it.each(
      decisions.flatMap(([status, history]) =>
        commands.map((command) => [status, command.type, history, command] as const),
      ),
    )('refuses a request already %s to be decided again (%s), as a conflict', (status, _, history, command) => {
      const refusal = given(requested, ...history)
        .when(command)
        .refusal('conflict', 'requestId');
      expect(refusal.errors[0]?.message).toBe(`was already ${status}`);
    });
  });
});
