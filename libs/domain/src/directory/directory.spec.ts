import { DEMO_DIRECTORY } from '@lagspill/directory';
import type { ActorRef } from '../case/case-events';
import { Directory, type DirectorySnapshot } from './directory';
import {
  DIRECTORY_EVENT_TYPES,
  directoryEntryOf,
  type DirectoryEvent,
  type DirectoryEventOf,
  type DirectoryEventType,
  type EnrolmentRequest,
  type NewOrganisation,
  type NewPerson,
} from './directory-events';
import {
  pendingSystem,
  systemOn,
  type DirectoryData,
  type Organisation,
  type OrganisationSystem,
} from './directory.types';
import { UnknownDirectoryEntryError } from './unknown-directory-entry.error';

const AT = '2026-05-04T10:00:00.000Z';
const TODAY = '2026-05-04';
const BY: ActorRef = { username: 'admin', name: 'Lagspill drift', role: 'admin' };

function event<T extends DirectoryEventType>(
  type: T,
  data: Omit<DirectoryEventOf<T>['data'], 'by' | 'at'>,
  at = AT,
): DirectoryEventOf<T> {
  return { type, data: { by: BY, at, ...data } } as unknown as DirectoryEventOf<T>;
}

/** The demo directory with these events applied in order, from version 1. */
function replay(...events: readonly DirectoryEvent[]): Directory {
  const directory = new Directory(DEMO_DIRECTORY);
  for (const next of events) directory.apply(next, directory.version + 1);
  return directory;
}

const DATA_KEYS: Record<keyof DirectoryData, (entry: never) => string> = {
  helsefellesskap: (h: { id: string }) => h.id,
  municipalities: (m: { number: string }) => m.number,
  organisations: (o: { id: string }) => o.id,
  parties: (p: { id: string }) => p.id,
  people: (p: { username: string }) => p.username,
};

/** Every entry, by `kind:key`, as JSON: what two directories are compared by. */
function entriesOf(directory: Directory): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [kind, key] of Object.entries(DATA_KEYS) as [keyof DirectoryData, (entry: unknown) => string][]) {
    for (const entry of directory.data[kind]) entries.set(`${kind}:${key(entry)}`, JSON.stringify(entry));
  }
  for (const request of directory.enrolmentRequests())
    entries.set(`enrolment:${request.requestId}`, JSON.stringify(request));
  return entries;
}

/** The entries that differ between two directories: added, removed or changed. */
function changedEntries(before: Directory, after: Directory): string[] {
  const a = entriesOf(before);
  const b = entriesOf(after);
  return [...new Set([...a.keys(), ...b.keys()])].filter((key) => a.get(key) !== b.get(key)).sort();
}

const CGM: OrganisationSystem = { vendor: 'cgm', product: 'CGM Journal', version: '8.4.2', integration: 'sfm-full' };
const PRIDOK: OrganisationSystem = { vendor: 'pridok', product: 'Pridok', version: '2026.3', integration: 'sfm-full' };

const NEW_ORGANISATION: NewOrganisation = {
  id: 'nytt-legesenter',
  name: 'Nytt legesenter',
  type: 'gp-office',
  orgnr: '975000001',
  herId: 81239999,
  municipality: '5501',
  system: PRIDOK,
  multidoseMode: 'paper',
};
const NEW_RESPONDER: NewPerson = {
  username: 'support2.cgm',
  hprNumber: '1234567',
  name: 'Ny Support',
  role: 'responder',
  party: 'cgm',
  email: 'ny.support@cgm.example.no',
};
const REQUEST: EnrolmentRequest = {
  requestId: 'request-1',
  username: 'ny.lege',
  name: 'Ny Lege',
  email: 'ny.lege@example.no',
  organisation: 'morkved-legesenter',
};

interface FoldCase {
  /** Events before the one folded. */
  readonly given?: readonly DirectoryEvent[];
  readonly event: DirectoryEvent;
  /** The entries the event changes, by `kind:key`. */
  readonly changes: readonly string[];
  readonly then: (directory: Directory) => void;
}

// One case per event type: the compiler keeps this table complete, the first test keeps it in step with
// DIRECTORY_EVENT_TYPES.
const FOLDS: Record<DirectoryEventType, FoldCase> = {
  'directory.helsefellesskap-registered': {
    event: event('directory.helsefellesskap-registered', {
      helsefellesskap: {
        id: 'nordmore',
        name: 'Helsefellesskap Nordmøre',
        hf: 'Helse Møre og Romsdal',
        region: 'helse-midt-norge',
      },
    }),
    changes: ['helsefellesskap:nordmore'],
    then: (directory) => {
      expect(directory.findHelsefellesskap('nordmore')).toEqual({
        id: 'nordmore',
        name: 'Helsefellesskap Nordmøre',
        hf: 'Helse Møre og Romsdal',
        region: 'helse-midt-norge',
      });
      expect(directory.regions()).toContain('helse-midt-norge');
      expect(directory.hasRegion('helse-midt-norge')).toBe(true);
    },
  },
  'directory.municipality-registered': {
    event: event('directory.municipality-registered', {
      municipality: { number: '1841', name: 'Fauske', helsefellesskap: 'lovesa' },
    }),
    changes: ['municipalities:1841'],
    then: (directory) =>
      expect(directory.findMunicipality('1841')).toEqual({ number: '1841', name: 'Fauske', helsefellesskap: 'lovesa' }),
  },
  'directory.municipality-moved': {
    event: event('directory.municipality-moved', { number: '1804', helsefellesskap: 'bergensomradet' }),
    changes: ['municipalities:1804'],
    then: (directory) => {
      expect(directory.findMunicipality('1804')).toEqual({
        number: '1804',
        name: 'Bodø',
        helsefellesskap: 'bergensomradet',
      });
      // Every organisation in the kommune moves with it.
      expect(directory.locate('morkved-legesenter').helsefellesskap.id).toBe('bergensomradet');
      expect(directory.regionOf('morkved-legesenter')).toBe('helse-vest');
      expect(directory.regionOf('bodo-legevakt')).toBe('helse-vest');
      expect(directory.regionOf('saltdal-sykehjem')).toBe('helse-nord');
    },
  },
  'directory.organisation-registered': {
    event: event('directory.organisation-registered', { organisation: NEW_ORGANISATION }),
    changes: ['organisations:nytt-legesenter'],
    then: (directory) => {
      expect(directory.organisation('nytt-legesenter')).toEqual(NEW_ORGANISATION);
      expect(directory.findOrganisationByOrgnr('975000001')).toEqual(NEW_ORGANISATION);
      expect(directory.regionOf('nytt-legesenter')).toBe('helse-nord');
    },
  },
  'directory.organisation-renamed': {
    event: event('directory.organisation-renamed', {
      organisationId: 'morkved-legesenter',
      name: 'Mørkved legesenter AS',
    }),
    changes: ['organisations:morkved-legesenter'],
    then: (directory) => {
      expect(directory.organisation('morkved-legesenter').name).toBe('Mørkved legesenter AS');
      expect(directory.findOrganisationByOrgnr('974123002')?.name).toBe('Mørkved legesenter AS');
    },
  },
  'directory.organisation-system-changed': {
    event: event('directory.organisation-system-changed', {
      organisationId: 'morkved-legesenter',
      system: PRIDOK,
      from: TODAY,
    }),
    changes: ['organisations:morkved-legesenter'],
    then: (directory) => {
      expect(directory.organisation('morkved-legesenter').system).toEqual(PRIDOK);
      expect(directory.organisation('morkved-legesenter').scheduledSystem).toBeUndefined();
    },
  },
  'directory.organisation-moved': {
    event: event('directory.organisation-moved', { organisationId: 'morkved-legesenter', municipality: '4601' }),
    changes: ['organisations:morkved-legesenter'],
    then: (directory) => {
      expect(directory.organisation('morkved-legesenter').municipality).toBe('4601');
      expect(directory.locate('morkved-legesenter').municipality.name).toBe('Bergen');
      expect(directory.regionOf('morkved-legesenter')).toBe('helse-vest');
    },
  },
  'directory.organisation-contacts-changed': {
    event: event('directory.organisation-contacts-changed', {
      organisationId: 'morkved-legesenter',
      contactEmails: ['a@b.no', 'c@d.no'],
    }),
    changes: ['organisations:morkved-legesenter'],
    then: (directory) =>
      expect(directory.organisation('morkved-legesenter').contactEmails).toEqual(['a@b.no', 'c@d.no']),
  },
  'directory.organisation-details-changed': {
    event: event('directory.organisation-details-changed', {
      organisationId: 'morkved-legesenter',
      details: {
        type: 'out-of-hours',
        orgnr: '975000028',
        herId: 7,
        multidoseMode: 'none',
        multidosePharmacy: null,
        pharmacyChain: 'apotek1',
      },
    }),
    changes: ['organisations:morkved-legesenter'],
    then: (directory) => {
      const { multidosePharmacy: _removed, ...rest } = DEMO_DIRECTORY.organisations.find(
        (o) => o.id === 'morkved-legesenter',
      )!;
      const expected = {
        ...rest,
        type: 'out-of-hours',
        orgnr: '975000028',
        herId: 7,
        multidoseMode: 'none',
        pharmacyChain: 'apotek1',
      };
      expect(directory.organisation('morkved-legesenter')).toEqual(expected);
      expect('multidosePharmacy' in directory.organisation('morkved-legesenter')).toBe(false);
      expect(directory.findOrganisationByOrgnr('975000028')).toEqual(expected);
      expect(directory.findOrganisationByOrgnr('974123002')).toBeUndefined();
    },
  },
  'directory.organisation-deactivated': {
    event: event('directory.organisation-deactivated', { organisationId: 'morkved-legesenter' }),
    changes: ['organisations:morkved-legesenter'],
    then: (directory) => {
      expect(directory.organisation('morkved-legesenter').deactivatedAt).toBe(AT);
      expect(directory.findOrganisationByOrgnr('974123002')?.deactivatedAt).toBe(AT);
    },
  },
  'directory.organisation-reactivated': {
    given: [
      event('directory.organisation-deactivated', { organisationId: 'morkved-legesenter' }, '2026-05-01T00:00:00.000Z'),
    ],
    event: event('directory.organisation-reactivated', { organisationId: 'morkved-legesenter' }),
    changes: ['organisations:morkved-legesenter'],
    then: (directory) => {
      expect(directory.organisation('morkved-legesenter')).toEqual(
        DEMO_DIRECTORY.organisations.find((o) => o.id === 'morkved-legesenter'),
      );
      expect('deactivatedAt' in directory.organisation('morkved-legesenter')).toBe(false);
    },
  },
  'directory.party-registered': {
    event: event('directory.party-registered', {
      party: {
        id: 'arbeidsgruppe-midt',
        kind: 'working-group',
        name: 'Arbeidsgruppe Midt',
        products: [],
        region: 'helse-midt-norge',
        contactEmails: ['midt@example.no'],
        serviceLevel: { firstResponseHours: 48, resolutionHours: 480 },
      },
    }),
    changes: ['parties:arbeidsgruppe-midt'],
    then: (directory) => {
      expect(directory.hasParty('arbeidsgruppe-midt')).toBe(true);
      expect(directory.party('arbeidsgruppe-midt').name).toBe('Arbeidsgruppe Midt');
      expect(directory.allParties().map((p) => p.id)).toContain('arbeidsgruppe-midt');
      expect(directory.regions()).toContain('helse-midt-norge');
      expect(directory.workingGroupOf('helse-midt-norge').id).toBe('arbeidsgruppe-midt');
      expect(directory.servesRegion('arbeidsgruppe-midt', 'helse-midt-norge')).toBe(true);
      expect(directory.servesRegion('arbeidsgruppe-midt', 'helse-nord')).toBe(false);
    },
  },
  'directory.party-renamed': {
    event: event('directory.party-renamed', { partyId: 'cgm', name: 'CGM Norge' }),
    changes: ['parties:cgm'],
    then: (directory) => expect(directory.party('cgm').name).toBe('CGM Norge'),
  },
  'directory.party-contacts-changed': {
    event: event('directory.party-contacts-changed', { partyId: 'cgm', contactEmails: ['support@cgm.example.no'] }),
    changes: ['parties:cgm'],
    then: (directory) => expect(directory.party('cgm').contactEmails).toEqual(['support@cgm.example.no']),
  },
  'directory.party-service-level-changed': {
    event: event('directory.party-service-level-changed', {
      partyId: 'cgm',
      serviceLevel: { firstResponseHours: 2, resolutionHours: 20 },
    }),
    changes: ['parties:cgm'],
    then: (directory) =>
      expect(directory.party('cgm').serviceLevel).toEqual({ firstResponseHours: 2, resolutionHours: 20 }),
  },
  'directory.party-products-changed': {
    event: event('directory.party-products-changed', { partyId: 'cgm', products: ['CGM Journal', 'CGM Vision'] }),
    changes: ['parties:cgm'],
    then: (directory) => expect(directory.party('cgm').products).toEqual(['CGM Journal', 'CGM Vision']),
  },
  'directory.party-region-changed': {
    event: event('directory.party-region-changed', { partyId: 'cgm', region: 'helse-midt-norge' }),
    changes: ['parties:cgm'],
    then: (directory) => {
      expect(directory.party('cgm').region).toBe('helse-midt-norge');
      expect(directory.regions()).toContain('helse-midt-norge');
      expect(directory.servesRegion('cgm', 'helse-midt-norge')).toBe(true);
      expect(directory.servesRegion('cgm', 'helse-nord')).toBe(false);
      expect(directory.servesRegion('cgm', null)).toBe(false);
    },
  },
  'directory.party-deactivated': {
    event: event('directory.party-deactivated', { partyId: 'cgm' }),
    changes: ['parties:cgm'],
    then: (directory) => expect(directory.party('cgm').deactivatedAt).toBe(AT),
  },
  'directory.party-reactivated': {
    given: [event('directory.party-deactivated', { partyId: 'cgm' }, '2026-05-01T00:00:00.000Z')],
    event: event('directory.party-reactivated', { partyId: 'cgm' }),
    changes: ['parties:cgm'],
    then: (directory) => {
      expect(directory.party('cgm')).toEqual(DEMO_DIRECTORY.parties.find((p) => p.id === 'cgm'));
      expect('deactivatedAt' in directory.party('cgm')).toBe(false);
    },
  },
  'directory.person-enrolled': {
    event: event('directory.person-enrolled', { person: NEW_RESPONDER }),
    changes: ['people:support2.cgm'],
    then: (directory) => {
      expect(directory.findPerson('support2.cgm')).toEqual(NEW_RESPONDER);
      expect(directory.findPersonByHpr('1234567')).toEqual(NEW_RESPONDER);
      expect(directory.peopleOf('cgm').map((p) => p.username)).toEqual(['support.cgm', 'support2.cgm']);
      expect(directory.allPeople().map((p) => p.username)).toContain('support2.cgm');
    },
  },
  'directory.person-details-changed': {
    given: [event('directory.person-enrolled', { person: NEW_RESPONDER })],
    event: event('directory.person-details-changed', {
      username: 'support2.cgm',
      details: { name: 'Nytt Navn', email: null, hprNumber: '7654321' },
    }),
    changes: ['people:support2.cgm'],
    then: (directory) => {
      const { email: _removed, ...rest } = NEW_RESPONDER;
      const expected = { ...rest, name: 'Nytt Navn', hprNumber: '7654321' };
      expect(directory.findPerson('support2.cgm')).toEqual(expected);
      expect('email' in directory.findPerson('support2.cgm')!).toBe(false);
      expect(directory.findPersonByHpr('7654321')).toEqual(expected);
      expect(directory.findPersonByHpr('1234567')).toBeUndefined();
      expect(directory.peopleOf('cgm')).toContainEqual(expected);
    },
  },
  'directory.person-affiliation-changed': {
    event: event('directory.person-affiliation-changed', {
      username: 'support.cgm',
      affiliation: { role: 'coordinator', party: 'arbeidsgruppe-nord' },
    }),
    changes: ['people:support.cgm'],
    then: (directory) => {
      expect(directory.findPerson('support.cgm')).toMatchObject({ role: 'coordinator', party: 'arbeidsgruppe-nord' });
      expect(directory.peopleOf('cgm')).toEqual([]);
      expect(directory.peopleOf('arbeidsgruppe-nord').map((p) => p.username)).toEqual([
        'koordinator.nord',
        'support.cgm',
      ]);
    },
  },
  'directory.person-deactivated': {
    event: event('directory.person-deactivated', { username: 'support.cgm' }),
    changes: ['people:support.cgm'],
    then: (directory) => {
      expect(directory.findPerson('support.cgm')?.deactivatedAt).toBe(AT);
      expect(directory.peopleOf('cgm')).toEqual([]);
      // Deactivated people stay in the directory, and are found, so that they can be refused.
      expect(directory.allPeople().map((p) => p.username)).toContain('support.cgm');
    },
  },
  'directory.person-reactivated': {
    given: [event('directory.person-deactivated', { username: 'support.cgm' }, '2026-05-01T00:00:00.000Z')],
    event: event('directory.person-reactivated', { username: 'support.cgm' }),
    changes: ['people:support.cgm'],
    then: (directory) => {
      const person = DEMO_DIRECTORY.people.find((p) => p.username === 'support.cgm');
      expect(directory.findPerson('support.cgm')).toEqual(person);
      expect('deactivatedAt' in directory.findPerson('support.cgm')!).toBe(false);
      expect(directory.peopleOf('cgm')).toEqual([person]);
    },
  },
  'directory.enrolment-requested': {
    event: event('directory.enrolment-requested', { request: REQUEST }),
    changes: ['enrolment:request-1'],
    then: (directory) => {
      expect(directory.enrolmentRequest('request-1')).toEqual({ ...REQUEST, status: 'pending', requestedAt: AT });
      expect(directory.enrolmentRequests()).toEqual([{ ...REQUEST, status: 'pending', requestedAt: AT }]);
      // A request is no person yet.
      expect(directory.findPerson('ny.lege')).toBeUndefined();
    },
  },
  'directory.enrolment-approved': {
    given: [event('directory.enrolment-requested', { request: REQUEST }, '2026-05-01T00:00:00.000Z')],
    event: event('directory.enrolment-approved', { requestId: 'request-1', role: 'reporter' }),
    changes: ['enrolment:request-1'],
    then: (directory) =>
      expect(directory.enrolmentRequest('request-1')).toEqual({
        ...REQUEST,
        status: 'approved',
        requestedAt: '2026-05-01T00:00:00.000Z',
        decidedAt: AT,
        decidedBy: 'admin',
      }),
  },
  'directory.enrolment-refused': {
    given: [event('directory.enrolment-requested', { request: REQUEST }, '2026-05-01T00:00:00.000Z')],
    event: event('directory.enrolment-refused', { requestId: 'request-1', reason: 'Ukjent for oss' }),
    changes: ['enrolment:request-1'],
    then: (directory) =>
      expect(directory.enrolmentRequest('request-1')).toEqual({
        ...REQUEST,
        status: 'refused',
        requestedAt: '2026-05-01T00:00:00.000Z',
        decidedAt: AT,
        decidedBy: 'admin',
        reason: 'Ukjent for oss',
      }),
  },
};

describe('Directory', () => {
  describe('the fold', () => {
    it('has a case for every directory event type', () => {
      expect(Object.keys(FOLDS).sort()).toEqual([...DIRECTORY_EVENT_TYPES].sort());
      for (const [type, { event: folded }] of Object.entries(FOLDS)) expect(folded.type).toBe(type);
    });

    it.each(DIRECTORY_EVENT_TYPES.map((type) => [type]))('folds %s into what it changes', (type) => {
      const { given = [], event: folded, then } = FOLDS[type];
      const directory = replay(...given);
      directory.apply(folded, directory.version + 1);
      then(directory);
    });

    it.each(DIRECTORY_EVENT_TYPES.map((type) => [type]))(
      'files %s under the entry it changes, for its history',
      (type) => {
        const { kind, id } = directoryEntryOf(FOLDS[type].event);
        const listed = {
          organisation: 'organisations',
          party: 'parties',
          person: 'people',
          municipality: 'municipalities',
        }[kind as string];
        expect(FOLDS[type].changes).toContain(`${listed ?? kind}:${id}`);
      },
    );

    it.each(DIRECTORY_EVENT_TYPES.map((type) => [type]))('changes nothing but its entry with %s', (type) => {
      const { given = [], event: folded, changes } = FOLDS[type];
      const before = replay(...given);
      const after = replay(...given, folded);
      expect(changedEntries(before, after)).toEqual(changes);
    });

    it.each(DIRECTORY_EVENT_TYPES.map((type) => [type]))('advances the version and renews the data with %s', (type) => {
      const { given = [], event: folded } = FOLDS[type];
      const directory = replay(...given);
      const data = directory.data;
      expect(directory.data).toBe(data);
      directory.apply(folded, given.length + 1);
      expect(directory.version).toBe(given.length + 1);
      expect(directory.data).not.toBe(data);
    });

    it.each(DIRECTORY_EVENT_TYPES.map((type) => [type]))('leaves the data handed out before %s as it was', (type) => {
      const { given = [], event: folded } = FOLDS[type];
      const directory = replay(...given);
      const before = JSON.stringify({ data: directory.data, enrolments: directory.enrolmentRequests() });
      const snapshot = directory.snapshot();
      directory.apply(folded, directory.version + 1);
      expect(JSON.stringify({ data: snapshot.data, enrolments: snapshot.enrolmentRequests })).toBe(before);
    });

    it('ignores a change to an entry it does not hold, but counts its version', () => {
      const directory = replay();
      const before = entriesOf(directory);
      directory.apply(event('directory.organisation-renamed', { organisationId: 'ukjent', name: 'X' }), 1);
      directory.apply(event('directory.person-deactivated', { username: 'ukjent' }), 2);
      directory.apply(event('directory.party-renamed', { partyId: 'ukjent', name: 'X' }), 3);
      directory.apply(event('directory.enrolment-approved', { requestId: 'ukjent', role: 'reporter' }), 4);
      expect(entriesOf(directory)).toEqual(before);
      expect(directory.version).toBe(4);
    });

    it('records a deactivation at the time of its event, and keeps the first', () => {
      const directory = replay(
        event('directory.person-deactivated', { username: 'lege.cgm' }, '2026-05-01T08:00:00.000Z'),
      );
      expect(directory.findPerson('lege.cgm')?.deactivatedAt).toBe('2026-05-01T08:00:00.000Z');
    });

    it('replaces the whole affiliation: an organisation or party not named is gone', () => {
      const directory = replay(
        event('directory.person-affiliation-changed', { username: 'lege.cgm', affiliation: { role: 'admin' } }),
      );
      const person = directory.findPerson('lege.cgm')!;
      expect(person.role).toBe('admin');
      expect('organisation' in person).toBe(false);
      expect('party' in person).toBe(false);
    });

    it('makes a regional party national with a null region', () => {
      const directory = replay(
        event('directory.party-region-changed', { partyId: 'cgm', region: 'helse-midt-norge' }),
        event('directory.party-region-changed', { partyId: 'cgm', region: null }),
      );
      expect('region' in directory.party('cgm')).toBe(false);
      expect(directory.servesRegion('cgm', 'helse-nord')).toBe(true);
      expect(directory.servesRegion('cgm', null)).toBe(true);
      expect(directory.regions()).not.toContain('helse-midt-norge');
    });

    it('keeps a system switch dated after its day waiting, and puts one dated that day or before in use', () => {
      const future = replay(
        event('directory.organisation-system-changed', {
          organisationId: 'morkved-legesenter',
          system: PRIDOK,
          from: '2026-05-05',
        }),
      ).organisation('morkved-legesenter');
      expect(future.system).toEqual(CGM);
      expect(future.scheduledSystem).toEqual({ system: PRIDOK, from: '2026-05-05' });
      const past = replay(
        event('directory.organisation-system-changed', {
          organisationId: 'morkved-legesenter',
          system: PRIDOK,
          from: '2026-05-05',
        }),
        event('directory.organisation-system-changed', {
          organisationId: 'morkved-legesenter',
          system: CGM,
          from: '2026-04-01',
        }),
      ).organisation('morkved-legesenter');
      expect(past.system).toEqual(CGM);
      expect(past.scheduledSystem).toBeUndefined();
    });
  });

  describe('lookups by HPR number', () => {
    const enrolled = event('directory.person-enrolled', { person: NEW_RESPONDER });

    it('finds the people the directory is built with by their HPR number', () => {
      const directory = new Directory({
        ...DEMO_DIRECTORY,
        people: [...DEMO_DIRECTORY.people, NEW_RESPONDER],
      });
      expect(directory.findPersonByHpr('1234567')).toEqual(NEW_RESPONDER);
      expect(directory.findPersonByHpr('7654321')).toBeUndefined();
    });

    it('finds nobody by a number nobody has', () => {
      expect(replay(enrolled).findPersonByHpr('7654321')).toBeUndefined();
      expect(replay(enrolled).findPersonByHpr('')).toBeUndefined();
    });

    it('follows a changed HPR number: the old one finds nobody', () => {
      const directory = replay(
        enrolled,
        event('directory.person-details-changed', { username: 'support2.cgm', details: { hprNumber: '7654321' } }),
      );
      expect(directory.findPersonByHpr('1234567')).toBeUndefined();
      expect(directory.findPersonByHpr('7654321')?.username).toBe('support2.cgm');
    });

    it('forgets a removed HPR number', () => {
      const directory = replay(
        enrolled,
        event('directory.person-details-changed', { username: 'support2.cgm', details: { hprNumber: null } }),
      );
      expect(directory.findPersonByHpr('1234567')).toBeUndefined();
      expect(directory.findPerson('support2.cgm')?.hprNumber).toBeUndefined();
    });

    it('finds a person given an HPR number after they were enrolled without one', () => {
      const directory = replay(
        event('directory.person-details-changed', { username: 'lege.cgm', details: { hprNumber: '1111111' } }),
      );
      expect(directory.findPersonByHpr('1111111')?.username).toBe('lege.cgm');
    });

    it('hands a number freed by one person to the next who gets it', () => {
      const directory = replay(
        enrolled,
        event('directory.person-details-changed', { username: 'support2.cgm', details: { hprNumber: null } }),
        event('directory.person-details-changed', { username: 'lege.cgm', details: { hprNumber: '1234567' } }),
      );
      expect(directory.findPersonByHpr('1234567')?.username).toBe('lege.cgm');
    });

    it('finds the person as they now are after every other change', () => {
      const directory = replay(
        enrolled,
        event('directory.person-details-changed', { username: 'support2.cgm', details: { name: 'Nytt Navn' } }),
        event('directory.person-affiliation-changed', {
          username: 'support2.cgm',
          affiliation: { role: 'responder', party: 'nhn' },
        }),
        event('directory.person-deactivated', { username: 'support2.cgm' }),
      );
      expect(directory.findPersonByHpr('1234567')).toEqual(directory.findPerson('support2.cgm'));
      expect(directory.findPersonByHpr('1234567')).toMatchObject({
        name: 'Nytt Navn',
        party: 'nhn',
        deactivatedAt: AT,
      });
    });
  });

  describe('lookups by orgnr', () => {
    it('finds every organisation of the demo directory by its orgnr', () => {
      const directory = replay();
      for (const organisation of DEMO_DIRECTORY.organisations) {
        expect(directory.findOrganisationByOrgnr(organisation.orgnr)).toBe(organisation);
      }
    });

    it('follows a changed orgnr: the old one finds nothing', () => {
      const directory = replay(
        event('directory.organisation-details-changed', {
          organisationId: 'morkved-legesenter',
          details: { orgnr: '975000001' },
        }),
      );
      expect(directory.findOrganisationByOrgnr('974123002')).toBeUndefined();
      expect(directory.findOrganisationByOrgnr('975000001')?.id).toBe('morkved-legesenter');
    });

    it('hands an orgnr freed by one organisation to the next that gets it', () => {
      const directory = replay(
        event('directory.organisation-details-changed', {
          organisationId: 'morkved-legesenter',
          details: { orgnr: '975000001' },
        }),
        event('directory.organisation-registered', { organisation: { ...NEW_ORGANISATION, orgnr: '974123002' } }),
      );
      expect(directory.findOrganisationByOrgnr('974123002')?.id).toBe('nytt-legesenter');
      expect(directory.findOrganisationByOrgnr('975000001')?.id).toBe('morkved-legesenter');
    });

    it('finds the organisation as it now is after every other change', () => {
      const directory = replay(
        event('directory.organisation-renamed', { organisationId: 'morkved-legesenter', name: 'Nytt navn' }),
        event('directory.organisation-moved', { organisationId: 'morkved-legesenter', municipality: '1840' }),
        event('directory.organisation-system-changed', {
          organisationId: 'morkved-legesenter',
          system: PRIDOK,
          from: TODAY,
        }),
        event('directory.organisation-deactivated', { organisationId: 'morkved-legesenter' }),
      );
      expect(directory.findOrganisationByOrgnr('974123002')).toEqual(directory.organisation('morkved-legesenter'));
      expect(directory.findOrganisationByOrgnr('974123002')).toMatchObject({
        name: 'Nytt navn',
        municipality: '1840',
        system: PRIDOK,
        deactivatedAt: AT,
      });
    });
  });

  describe('peopleOf', () => {
    const usernames = (directory: Directory, party: string) => directory.peopleOf(party).map((p) => p.username);

    it('lists the responders of a party and the coordinators of a working group', () => {
      const directory = replay();
      expect(usernames(directory, 'cgm')).toEqual(['support.cgm']);
      expect(usernames(directory, 'nhn')).toEqual(['kundesenter.nhn']);
      expect(usernames(directory, 'arbeidsgruppe-nord')).toEqual(['koordinator.nord']);
      expect(usernames(directory, 'arbeidsgruppe-vest')).toEqual(['koordinator.vest']);
      expect(usernames(directory, 'webmed')).toEqual([]);
    });

    it('lists nobody for an organisation or an unknown party', () => {
      expect(usernames(replay(), 'morkved-legesenter')).toEqual([]);
      expect(usernames(replay(), 'ukjent')).toEqual([]);
    });

    it('follows a move to another party', () => {
      const directory = replay(
        event('directory.person-affiliation-changed', {
          username: 'support.cgm',
          affiliation: { role: 'responder', party: 'eg' },
        }),
      );
      expect(usernames(directory, 'cgm')).toEqual([]);
      expect(usernames(directory, 'eg')).toEqual(['support.eg', 'support.cgm']);
    });

    it('leaves out someone who no longer acts for a party', () => {
      const directory = replay(
        event('directory.person-affiliation-changed', {
          username: 'support.cgm',
          affiliation: { role: 'reporter', organisation: 'morkved-legesenter' },
        }),
      );
      expect(usernames(directory, 'cgm')).toEqual([]);
    });

    it('takes in someone who comes to act for a party', () => {
      const directory = replay(
        event('directory.person-affiliation-changed', {
          username: 'lege.cgm',
          affiliation: { role: 'responder', party: 'cgm' },
        }),
      );
      expect(usernames(directory, 'cgm')).toEqual(['support.cgm', 'lege.cgm']);
    });

    it('leaves out deactivated people, and takes them in again when reactivated', () => {
      const deactivated = replay(event('directory.person-deactivated', { username: 'koordinator.nord' }));
      expect(usernames(deactivated, 'arbeidsgruppe-nord')).toEqual([]);
      const reactivated = replay(
        event('directory.person-deactivated', { username: 'koordinator.nord' }),
        event('directory.person-reactivated', { username: 'koordinator.nord' }),
      );
      expect(usernames(reactivated, 'arbeidsgruppe-nord')).toEqual(['koordinator.nord']);
    });

    it('leaves out deactivated people of a directory built with them', () => {
      const directory = new Directory({
        ...DEMO_DIRECTORY,
        people: DEMO_DIRECTORY.people.map((p) => (p.username === 'support.cgm' ? { ...p, deactivatedAt: AT } : p)),
      });
      expect(usernames(directory, 'cgm')).toEqual([]);
    });

    it('gives the people as they now are', () => {
      const directory = replay(
        event('directory.person-details-changed', { username: 'support.cgm', details: { name: 'Ny' } }),
      );
      expect(directory.peopleOf('cgm')).toEqual([directory.findPerson('support.cgm')]);
      expect(directory.peopleOf('cgm')[0]?.name).toBe('Ny');
    });
  });

  describe('versions', () => {
    const renamed = (name: string) =>
      event('directory.organisation-renamed', { organisationId: 'morkved-legesenter', name });

    it('starts at 0, or at the version of its snapshot', () => {
      expect(new Directory(DEMO_DIRECTORY).version).toBe(0);
      expect(Directory.empty().version).toBe(0);
      expect(Directory.fromSnapshot({ version: 7, data: DEMO_DIRECTORY, enrolmentRequests: [] }).version).toBe(7);
    });

    it('applies the next version', () => {
      const directory = replay();
      directory.apply(renamed('Én'), 1);
      directory.apply(renamed('To'), 2);
      expect(directory.version).toBe(2);
      expect(directory.organisation('morkved-legesenter').name).toBe('To');
    });

    it.each([0, 1, 2])('ignores an event at version %i, already applied (a redelivery)', (version) => {
      const directory = replay(renamed('Én'), renamed('To'));
      directory.apply(renamed('Tre'), version);
      expect(directory.version).toBe(2);
      expect(directory.organisation('morkved-legesenter').name).toBe('To');
    });

    it.each([4, 5, 100])('refuses an event at version %i after version 2: a gap', (version) => {
      const directory = replay(renamed('Én'), renamed('To'));
      expect(() => directory.apply(renamed('Tre'), version)).toThrow(
        `Directory at version 2 was given the event of version ${version}`,
      );
      expect(directory.version).toBe(2);
      expect(directory.organisation('morkved-legesenter').name).toBe('To');
      directory.apply(renamed('Tre'), 3);
      expect(directory.organisation('morkved-legesenter').name).toBe('Tre');
    });

    it('goes on from a snapshot’s version, and ignores the versions it holds', () => {
      const directory = Directory.fromSnapshot({ version: 5, data: DEMO_DIRECTORY, enrolmentRequests: [] });
      directory.apply(renamed('Gammel'), 5);
      expect(directory.organisation('morkved-legesenter').name).toBe('Mørkved legesenter');
      expect(() => directory.apply(renamed('Hopp'), 7)).toThrow();
      directory.apply(renamed('Ny'), 6);
      expect(directory.version).toBe(6);
      expect(directory.organisation('morkved-legesenter').name).toBe('Ny');
    });
  });

  describe('snapshots', () => {
    /** One of every event, and then some: what a snapshot must carry. */
    const HISTORY: DirectoryEvent[] = [
      ...DIRECTORY_EVENT_TYPES.flatMap((type) => [...(FOLDS[type].given ?? []), FOLDS[type].event]).filter(
        // Each event once; the cases' histories repeat some of them.
        (candidate, index, all) => all.findIndex((e) => JSON.stringify(e) === JSON.stringify(candidate)) === index,
      ),
      event('directory.enrolment-requested', { request: { ...REQUEST, requestId: 'request-2', username: 'annen' } }),
      event('directory.organisation-system-changed', {
        organisationId: 'ronvik-legesenter',
        system: CGM,
        from: '2026-06-01',
      }),
    ];

    const sortedPeopleOf = (directory: Directory, party: string) =>
      [...directory.peopleOf(party)].sort((a, b) => a.username.localeCompare(b.username));

    function expectSame(restored: Directory, original: Directory): void {
      expect(restored.version).toBe(original.version);
      expect(restored.snapshot()).toEqual(original.snapshot());
      expect(restored.regions()).toEqual(original.regions());
      for (const person of original.allPeople()) {
        if (person.hprNumber !== undefined) expect(restored.findPersonByHpr(person.hprNumber)).toEqual(person);
        // In any order: the order of peopleOf is no promise.
        if (person.party !== undefined) {
          expect(sortedPeopleOf(restored, person.party)).toEqual(sortedPeopleOf(original, person.party));
        }
      }
      for (const organisation of original.data.organisations) {
        expect(restored.findOrganisationByOrgnr(organisation.orgnr)).toEqual(organisation);
        expect(restored.regionOf(organisation.id)).toBe(original.regionOf(organisation.id));
      }
      for (const request of original.enrolmentRequests()) {
        expect(restored.enrolmentRequest(request.requestId)).toEqual(request);
      }
    }

    it('holds every event of the history', () => {
      expect(new Set(HISTORY.map((e) => e.type))).toEqual(new Set(DIRECTORY_EVENT_TYPES));
    });

    it('gives an equal directory back', () => {
      const original = replay(...HISTORY);
      expectSame(Directory.fromSnapshot(original.snapshot()), original);
    });

    it('gives an equal directory back after a trip through JSON, as it is stored', () => {
      const original = replay(...HISTORY);
      const stored = JSON.parse(JSON.stringify(original.snapshot())) as DirectorySnapshot;
      expectSame(Directory.fromSnapshot(stored), original);
    });

    it('gives a directory that goes on like the original', () => {
      const original = replay(...HISTORY);
      const restored = Directory.fromSnapshot(original.snapshot());
      const next = [
        event('directory.person-details-changed', { username: 'support2.cgm', details: { hprNumber: null } }),
        event('directory.enrolment-approved', { requestId: 'request-2', role: 'reporter' }),
        event('directory.organisation-deactivated', { organisationId: 'ronvik-legesenter' }),
      ];
      for (const directory of [original, restored]) {
        for (const e of next) directory.apply(e, directory.version + 1);
      }
      expectSame(restored, original);
      expect(restored.findPersonByHpr('1234567')).toBeUndefined();
    });

    it('is not changed by what the original applies afterwards, nor the restored one', () => {
      const original = replay(...HISTORY);
      const snapshot = original.snapshot();
      const restored = Directory.fromSnapshot(snapshot);
      original.apply(
        event('directory.organisation-renamed', { organisationId: 'ronvik-legesenter', name: 'Original' }),
        original.version + 1,
      );
      restored.apply(
        event('directory.enrolment-approved', { requestId: 'request-2', role: 'reporter' }),
        restored.version + 1,
      );
      expect(snapshot.data.organisations.find((o) => o.id === 'ronvik-legesenter')?.name).toBe('Rønvik legesenter');
      expect(snapshot.enrolmentRequests.find((r) => r.requestId === 'request-2')?.status).toBe('pending');
      expect(restored.organisation('ronvik-legesenter').name).toBe('Rønvik legesenter');
      expect(original.enrolmentRequest('request-2')?.status).toBe('pending');
    });

    it('of an empty directory gives an empty directory', () => {
      const snapshot = Directory.empty().snapshot();
      expect(snapshot).toEqual({
        version: 0,
        data: { helsefellesskap: [], municipalities: [], organisations: [], parties: [], people: [] },
        enrolmentRequests: [],
        entryVersions: [],
      });
      expect(Directory.fromSnapshot(snapshot).regions()).toEqual([]);
    });

    it('keeps each entry’s version across a snapshot: what If-Match is checked against', () => {
      const directory = Directory.empty();
      for (const type of ['directory.helsefellesskap-registered', 'directory.municipality-registered'] as const) {
        const { event: folded } = FOLDS[type];
        directory.apply(folded, directory.version + 1);
      }
      const restored = Directory.fromSnapshot(directory.snapshot());
      expect(restored.versionOf('helsefellesskap', 'nordmore')).toBe(1);
      expect(
        restored.versionOf('municipality', directoryEntryOf(FOLDS['directory.municipality-registered'].event).id),
      ).toBe(2);
      expect(restored.versionOf('organisation', 'ingen')).toBe(0);
    });
  });

  describe('systemOn and pendingSystem', () => {
    const scheduled: Organisation = {
      ...(DEMO_DIRECTORY.organisations.find((o) => o.id === 'morkved-legesenter') as Organisation),
      scheduledSystem: { system: PRIDOK, from: '2026-05-11' },
    };
    const unscheduled = DEMO_DIRECTORY.organisations.find((o) => o.id === 'morkved-legesenter') as Organisation;

    it.each<[string, string, OrganisationSystem, boolean]>([
      ['a week before', '2026-05-04', CGM, true],
      ['the day before', '2026-05-10', CGM, true],
      ['the last second of the day before', '2026-05-10T23:59:59.999Z', CGM, true],
      ['the scheduled day', '2026-05-11', PRIDOK, false],
      ['the first moment of the scheduled day', '2026-05-11T00:00:00.000Z', PRIDOK, false],
      ['the day after', '2026-05-12', PRIDOK, false],
      ['a year after', '2027-05-11', PRIDOK, false],
    ])('on %s (%s): runs the right system, with the switch pending only before its day', (_, date, system, pending) => {
      expect(systemOn(scheduled, date)).toEqual(system);
      expect(pendingSystem(scheduled, date)).toEqual(pending ? scheduled.scheduledSystem : undefined);
    });

    it.each(['2020-01-01', '2026-05-11', '2099-12-31T12:00:00Z'])('without a switch, runs its system on %s', (date) => {
      expect(systemOn(unscheduled, date)).toBe(unscheduled.system);
      expect(pendingSystem(unscheduled, date)).toBeUndefined();
    });
  });

  describe('lookups of what is not there', () => {
    it.each<[string, (directory: Directory) => unknown, string]>([
      ['an organisation', (d) => d.organisation('ukjent'), 'organisation'],
      ['a party', (d) => d.party('ukjent'), 'party'],
      ['where an unknown organisation sits', (d) => d.locate('ukjent'), 'organisation'],
      ['the working group of a region without one', (d) => d.workingGroupOf('helse-midt-norge'), 'party'],
    ])('refuses %s as not found', (_, lookup, entry) => {
      expect(() => lookup(replay())).toThrow(UnknownDirectoryEntryError);
      expect(() => lookup(replay())).toThrow(expect.objectContaining({ entry, kind: 'not-found' }));
    });

    it('finds nothing, without throwing, by the find lookups', () => {
      const directory = replay();
      expect(directory.findOrganisation('ukjent')).toBeUndefined();
      expect(directory.findPerson('ukjent')).toBeUndefined();
      expect(directory.findHelsefellesskap('ukjent')).toBeUndefined();
      expect(directory.findMunicipality('0000')).toBeUndefined();
      expect(directory.enrolmentRequest('ukjent')).toBeUndefined();
      expect(directory.hasParty('ukjent')).toBe(false);
      expect(directory.servesRegion('ukjent', 'helse-nord')).toBe(false);
    });
  });
});
