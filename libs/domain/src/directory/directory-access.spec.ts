import { DEMO_DIRECTORY } from '@lagspill/directory';
import type { Viewer } from '../case/case-access';
import type { ActorRef } from '../case/case-events';
import type { DirectoryCommand } from './decide-directory';
import { Directory } from './directory';
import { DirectoryChangeForbiddenError, mayChangeDirectory, regionOfOrganisation } from './directory-access';
import type { DirectoryEvent, EnrolmentRequest, NewOrganisation, NewParty, NewPerson } from './directory-events';
import { ROLES } from './directory.types';

const AT = '2026-05-04T10:00:00.000Z';
const BY: ActorRef = { username: 'admin', name: 'Lagspill drift', role: 'admin' };

const NORD = 'helse-nord';
const VEST = 'helse-vest';
type Region = typeof NORD | typeof VEST;

const request = (requestId: string, organisation: string): EnrolmentRequest => ({
  requestId,
  username: `ny.${requestId}`,
  name: 'Ny Person',
  email: 'ny@example.no',
  organisation,
});

/** The demo directory with an enrolment request waiting in each region. */
function directoryWith(...events: DirectoryEvent[]): Directory {
  const directory = new Directory(DEMO_DIRECTORY);
  const requests = [request('nord-1', 'morkved-legesenter'), request('vest-1', 'bergen-sentrum-legesenter')];
  for (const next of [
    ...requests.map((r): DirectoryEvent => ({
      type: 'directory.enrolment-requested',
      data: { by: BY, at: AT, request: r },
    })),
    ...events,
  ]) {
    directory.apply(next, directory.version + 1);
  }
  return directory;
}

// Who asks: every role, and a coordinator of each region (and one whose region is unknown).
const VIEWERS: readonly (readonly [string, Viewer])[] = [
  ['a reporter in Helse Nord', { role: 'reporter', organisation: 'morkved-legesenter' }],
  ['a reporter in Helse Vest', { role: 'reporter', organisation: 'bergen-sentrum-legesenter' }],
  ['a responder of CGM', { role: 'responder', party: 'cgm' }],
  ['a responder of a working group', { role: 'responder', party: 'arbeidsgruppe-nord' }],
  ['the coordinator of Helse Nord', { role: 'coordinator', party: 'arbeidsgruppe-nord', region: NORD }],
  ['the coordinator of Helse Vest', { role: 'coordinator', party: 'arbeidsgruppe-vest', region: VEST }],
  ['a coordinator without a region', { role: 'coordinator', party: 'arbeidsgruppe-nord' }],
  ['an admin', { role: 'admin' }],
  ['a system client in Helse Nord', { role: 'system', organisation: 'morkved-legesenter' }],
  [
    'a viewer with the region but not the role of a coordinator',
    { role: 'responder', party: 'arbeidsgruppe-nord', region: NORD },
  ],
];

const person = (fields: Partial<NewPerson>): NewPerson => ({
  username: 'ny.person',
  name: 'Ny Person',
  role: 'reporter',
  email: 'ny@example.no',
  ...fields,
});
const organisation = (municipality: string): NewOrganisation => ({
  id: 'nytt-legesenter',
  name: 'Nytt legesenter',
  type: 'gp-office',
  orgnr: '975000001',
  herId: 1,
  municipality,
  system: { vendor: 'cgm', product: 'CGM Journal', integration: 'sfm-full' },
  multidoseMode: 'none',
});
const party = (fields: Partial<NewParty>): NewParty => ({
  id: 'ny-part',
  kind: 'vendor',
  name: 'Ny part',
  products: [],
  contactEmails: [],
  serviceLevel: { firstResponseHours: 1, resolutionHours: 1 },
  ...fields,
});

/**
 * Each command, on a target in Helse Nord, in Helse Vest or across them, with the regions whose coordinator
 * may make it. An admin may make every one; nobody else any.
 */
const CASES: readonly (readonly [string, DirectoryCommand, readonly Region[]])[] = [
  // Helsefellesskap, kommuner and parties: admins only.
  [
    'registering a helsefellesskap in Helse Nord',
    { type: 'register-helsefellesskap', helsefellesskap: { id: 'ny', name: 'Ny', hf: 'Ny', region: NORD } },
    [],
  ],
  [
    'registering a helsefellesskap in Helse Vest',
    { type: 'register-helsefellesskap', helsefellesskap: { id: 'ny', name: 'Ny', hf: 'Ny', region: VEST } },
    [],
  ],
  [
    'registering a kommune in Helse Nord',
    { type: 'register-municipality', municipality: { number: '1841', name: 'Fauske', helsefellesskap: 'lovesa' } },
    [],
  ],
  [
    'registering a kommune in Helse Vest',
    {
      type: 'register-municipality',
      municipality: { number: '4624', name: 'Bjørnafjorden', helsefellesskap: 'bergensomradet' },
    },
    [],
  ],
  [
    'moving a kommune within Helse Nord',
    { type: 'move-municipality', number: '1804', helsefellesskap: 'helgeland' },
    [],
  ],
  [
    'moving a kommune within Helse Vest',
    { type: 'move-municipality', number: '4601', helsefellesskap: 'sor-rogaland' },
    [],
  ],
  [
    'moving a kommune from Helse Nord to Helse Vest',
    { type: 'move-municipality', number: '1804', helsefellesskap: 'bergensomradet' },
    [],
  ],
  [
    'registering the working group of Helse Nord',
    { type: 'register-party', party: party({ kind: 'working-group', region: NORD }) },
    [],
  ],
  ['registering a vendor', { type: 'register-party', party: party({}) }, []],
  [
    'changing the working group of Helse Nord',
    { type: 'change-party', id: 'arbeidsgruppe-nord', changes: { name: 'Ny' } },
    [],
  ],
  [
    'changing the working group of Helse Vest',
    { type: 'change-party', id: 'arbeidsgruppe-vest', changes: { name: 'Ny' } },
    [],
  ],
  ['changing a vendor', { type: 'change-party', id: 'cgm', changes: { name: 'Ny' } }, []],

  // Organisations: a coordinator their region's, and only within it.
  [
    'registering an organisation in Helse Nord',
    { type: 'register-organisation', organisation: organisation('1804') },
    [NORD],
  ],
  [
    'registering an organisation in Helse Vest',
    { type: 'register-organisation', organisation: organisation('4601') },
    [VEST],
  ],
  [
    'registering an organisation in a kommune not in the directory',
    { type: 'register-organisation', organisation: organisation('9999') },
    [],
  ],
  [
    'renaming an organisation in Helse Nord',
    { type: 'change-organisation', id: 'morkved-legesenter', changes: { name: 'Ny' } },
    [NORD],
  ],
  [
    'renaming an organisation in Helse Vest',
    { type: 'change-organisation', id: 'bergen-sentrum-legesenter', changes: { name: 'Ny' } },
    [VEST],
  ],
  [
    'changing an organisation in Helse Nord without naming a kommune (null)',
    { type: 'change-organisation', id: 'morkved-legesenter', changes: { municipality: null as never, name: 'Ny' } },
    [NORD],
  ],
  [
    'changing the system of an organisation in Helse Nord',
    {
      type: 'change-organisation',
      id: 'morkved-legesenter',
      changes: { system: { vendor: 'eg', product: 'EG Infodoc', integration: 'sfm-full' } },
    },
    [NORD],
  ],
  [
    'moving an organisation within Helse Nord',
    { type: 'change-organisation', id: 'morkved-legesenter', changes: { municipality: '5501' } },
    [NORD],
  ],
  [
    'moving an organisation within Helse Vest',
    { type: 'change-organisation', id: 'bergen-sentrum-legesenter', changes: { municipality: '1103' } },
    [VEST],
  ],
  [
    'moving an organisation out of Helse Nord into Helse Vest',
    { type: 'change-organisation', id: 'morkved-legesenter', changes: { municipality: '4601' } },
    [],
  ],
  [
    'moving an organisation out of Helse Vest into Helse Nord',
    { type: 'change-organisation', id: 'bergen-sentrum-legesenter', changes: { municipality: '1804' } },
    [],
  ],
  [
    'moving an organisation in Helse Nord to a kommune not in the directory',
    { type: 'change-organisation', id: 'morkved-legesenter', changes: { municipality: '9999' } },
    [],
  ],
  [
    'changing an organisation not in the directory',
    { type: 'change-organisation', id: 'ukjent', changes: { name: 'Ny' } },
    [],
  ],
  ...(['deactivate', 'reactivate'] as const).flatMap((type): [string, DirectoryCommand, readonly Region[]][] => [
    [
      `${type} an organisation in Helse Nord`,
      { type, target: { entry: 'organisation', id: 'morkved-legesenter' } },
      [NORD],
    ],
    [
      `${type} an organisation in Helse Vest`,
      { type, target: { entry: 'organisation', id: 'bergen-sentrum-legesenter' } },
      [VEST],
    ],
    [`${type} an organisation not in the directory`, { type, target: { entry: 'organisation', id: 'ukjent' } }, []],
    [`${type} the working group of Helse Nord`, { type, target: { entry: 'party', id: 'arbeidsgruppe-nord' } }, []],
    [`${type} a vendor`, { type, target: { entry: 'party', id: 'cgm' } }, []],
    [`${type} a reporter in Helse Nord`, { type, target: { entry: 'person', id: 'lege.cgm' } }, [NORD]],
    [`${type} a reporter in Helse Vest`, { type, target: { entry: 'person', id: 'lege.bergen' } }, [VEST]],
    [`${type} a system client in Helse Nord`, { type, target: { entry: 'person', id: 'epj.morkved' } }, [NORD]],
    [`${type} the coordinator of Helse Nord`, { type, target: { entry: 'person', id: 'koordinator.nord' } }, [NORD]],
    [`${type} the coordinator of Helse Vest`, { type, target: { entry: 'person', id: 'koordinator.vest' } }, [VEST]],
    [`${type} a vendor's responder`, { type, target: { entry: 'person', id: 'support.cgm' } }, []],
    [`${type} an admin`, { type, target: { entry: 'person', id: 'admin' } }, []],
    [`${type} a person not in the directory`, { type, target: { entry: 'person', id: 'ukjent' } }, []],
  ]),

  // People: a coordinator those of their region's organisations and of their own working group.
  [
    'enrolling a reporter in Helse Nord',
    { type: 'enrol-person', person: person({ organisation: 'morkved-legesenter' }) },
    [NORD],
  ],
  [
    'enrolling a reporter in Helse Vest',
    { type: 'enrol-person', person: person({ organisation: 'bergen-sentrum-legesenter' }) },
    [VEST],
  ],
  [
    'enrolling a system client in Helse Nord',
    { type: 'enrol-person', person: person({ role: 'system', organisation: 'morkved-legesenter', email: undefined }) },
    [NORD],
  ],
  [
    'enrolling a reporter of an organisation not in the directory',
    { type: 'enrol-person', person: person({ organisation: 'ukjent' }) },
    [],
  ],
  [
    'enrolling a coordinator into the working group of Helse Nord',
    { type: 'enrol-person', person: person({ role: 'coordinator', party: 'arbeidsgruppe-nord' }) },
    [NORD],
  ],
  [
    'enrolling a coordinator into the working group of Helse Vest',
    { type: 'enrol-person', person: person({ role: 'coordinator', party: 'arbeidsgruppe-vest' }) },
    [VEST],
  ],
  [
    'enrolling a responder into the working group of Helse Nord',
    { type: 'enrol-person', person: person({ role: 'responder', party: 'arbeidsgruppe-nord' }) },
    [NORD],
  ],
  ["enrolling a vendor's responder", { type: 'enrol-person', person: person({ role: 'responder', party: 'cgm' }) }, []],
  ['enrolling an admin', { type: 'enrol-person', person: person({ role: 'admin' }) }, []],
  [
    'enrolling an admin who names an organisation in Helse Nord',
    { type: 'enrol-person', person: person({ role: 'admin', organisation: 'morkved-legesenter' }) },
    [],
  ],
  [
    'enrolling an admin who names the working group of Helse Nord',
    { type: 'enrol-person', person: person({ role: 'admin', party: 'arbeidsgruppe-nord' }) },
    [],
  ],
  [
    'renaming a reporter in Helse Nord',
    { type: 'change-person', username: 'lege.cgm', changes: { name: 'Ny' } },
    [NORD],
  ],
  [
    'renaming a reporter in Helse Vest',
    { type: 'change-person', username: 'lege.bergen', changes: { name: 'Ny' } },
    [VEST],
  ],
  [
    'renaming a system client in Helse Nord',
    { type: 'change-person', username: 'epj.morkved', changes: { name: 'Ny' } },
    [NORD],
  ],
  [
    'renaming the coordinator of Helse Nord',
    { type: 'change-person', username: 'koordinator.nord', changes: { name: 'Ny' } },
    [NORD],
  ],
  [
    'renaming the coordinator of Helse Vest',
    { type: 'change-person', username: 'koordinator.vest', changes: { name: 'Ny' } },
    [VEST],
  ],
  ["renaming a vendor's responder", { type: 'change-person', username: 'support.cgm', changes: { name: 'Ny' } }, []],
  ['renaming an admin', { type: 'change-person', username: 'admin', changes: { name: 'Ny' } }, []],
  [
    'changing a person not in the directory',
    { type: 'change-person', username: 'ukjent', changes: { name: 'Ny' } },
    [],
  ],
  [
    'moving a reporter within Helse Nord',
    { type: 'change-person', username: 'lege.cgm', changes: { organisation: 'ronvik-legesenter' } },
    [NORD],
  ],
  [
    "moving a reporter in Helse Nord into another region's organisation",
    { type: 'change-person', username: 'lege.cgm', changes: { organisation: 'bergen-sentrum-legesenter' } },
    [],
  ],
  [
    "moving a reporter in Helse Vest into another region's organisation",
    { type: 'change-person', username: 'lege.bergen', changes: { organisation: 'morkved-legesenter' } },
    [],
  ],
  [
    'moving a reporter to an organisation not in the directory',
    { type: 'change-person', username: 'lege.cgm', changes: { organisation: 'ukjent' } },
    [],
  ],
  [
    'making a reporter in Helse Nord admin',
    { type: 'change-person', username: 'lege.cgm', changes: { role: 'admin', organisation: null } },
    [],
  ],
  [
    'making a reporter in Helse Nord admin, keeping the organisation',
    { type: 'change-person', username: 'lege.cgm', changes: { role: 'admin' } },
    [],
  ],
  [
    'making the coordinator of Helse Nord admin',
    { type: 'change-person', username: 'koordinator.nord', changes: { role: 'admin', party: null } },
    [],
  ],
  [
    'making the coordinator of Helse Vest admin',
    { type: 'change-person', username: 'koordinator.vest', changes: { role: 'admin', party: null } },
    [],
  ],
  [
    'making a reporter in Helse Nord a coordinator of its working group',
    {
      type: 'change-person',
      username: 'lege.cgm',
      changes: { role: 'coordinator', organisation: null, party: 'arbeidsgruppe-nord' },
    },
    [NORD],
  ],
  [
    'making a reporter in Helse Nord a coordinator of the working group of Helse Vest',
    {
      type: 'change-person',
      username: 'lege.cgm',
      changes: { role: 'coordinator', organisation: null, party: 'arbeidsgruppe-vest' },
    },
    [],
  ],
  [
    "making a reporter in Helse Nord a vendor's responder",
    { type: 'change-person', username: 'lege.cgm', changes: { role: 'responder', organisation: null, party: 'cgm' } },
    [],
  ],
  [
    'making the coordinator of Helse Nord a reporter in Helse Nord',
    {
      type: 'change-person',
      username: 'koordinator.nord',
      changes: { role: 'reporter', party: null, organisation: 'morkved-legesenter' },
    },
    [NORD],
  ],
  [
    'making the coordinator of Helse Nord a reporter in Helse Vest',
    {
      type: 'change-person',
      username: 'koordinator.nord',
      changes: { role: 'reporter', party: null, organisation: 'bergen-sentrum-legesenter' },
    },
    [],
  ],
  [
    "making a vendor's responder a reporter in Helse Nord",
    {
      type: 'change-person',
      username: 'support.cgm',
      changes: { role: 'reporter', party: null, organisation: 'morkved-legesenter' },
    },
    [],
  ],

  // Enrolment: anyone not in the directory asks (not through this rule); a coordinator of the region decides.
  [
    'requesting enrolment in Helse Nord',
    { type: 'request-enrolment', request: request('nord-2', 'morkved-legesenter') },
    [],
  ],
  [
    'requesting enrolment in Helse Vest',
    { type: 'request-enrolment', request: request('vest-2', 'bergen-sentrum-legesenter') },
    [],
  ],
  ['approving a request in Helse Nord', { type: 'approve-enrolment', requestId: 'nord-1' }, [NORD]],
  ['approving a request in Helse Vest', { type: 'approve-enrolment', requestId: 'vest-1' }, [VEST]],
  ['approving a request not in the directory', { type: 'approve-enrolment', requestId: 'ukjent' }, []],
  ['refusing a request in Helse Nord', { type: 'refuse-enrolment', requestId: 'nord-1', reason: 'Nei' }, [NORD]],
  ['refusing a request in Helse Vest', { type: 'refuse-enrolment', requestId: 'vest-1', reason: 'Nei' }, [VEST]],
  ['refusing a request not in the directory', { type: 'refuse-enrolment', requestId: 'ukjent', reason: 'Nei' }, []],
];

/** Every command type, so that a new one cannot slip past the matrix. */
const COMMAND_TYPES: Record<DirectoryCommand['type'], true> = {
  'register-helsefellesskap': true,
  'register-municipality': true,
  'move-municipality': true,
  'register-organisation': true,
  'change-organisation': true,
  'register-party': true,
  'change-party': true,
  'enrol-person': true,
  'change-person': true,
  deactivate: true,
  reactivate: true,
  'request-enrolment': true,
  'approve-enrolment': true,
  'refuse-enrolment': true,
};

/** What the rule says: an admin everything, a coordinator of a region what the case allows that region. */
function expected(viewer: Viewer, regions: readonly Region[]): boolean {
  if (viewer.role === 'admin') return true;
  return viewer.role === 'coordinator' && viewer.region !== undefined && regions.includes(viewer.region as Region);
}

describe('mayChangeDirectory', () => {
  const directory = directoryWith();

  it('covers every role and every command type, each in both regions', () => {
    expect(new Set(VIEWERS.map(([, viewer]) => viewer.role))).toEqual(new Set(ROLES));
    expect(new Set(CASES.map(([, command]) => command.type))).toEqual(new Set(Object.keys(COMMAND_TYPES)));
    // Every command a coordinator may make in one region has its twin in the other.
    expect(CASES.filter(([, , regions]) => regions.includes(NORD)).length).toBeGreaterThan(0);
    expect(CASES.filter(([, , regions]) => regions.includes(VEST)).length).toBeGreaterThan(0);
  });

  it.each(
    VIEWERS.flatMap(([who, viewer]) =>
      CASES.map(([what, command, regions]) => [who, what, viewer, command, regions] as const),
    ),
  )('%s, %s', (_, __, viewer, command, regions) => {
    expect(mayChangeDirectory(viewer, directory, command)).toBe(expected(viewer, regions));
  });

  it('follows an organisation moved to another region: its new region’s coordinator has it', () => {
    const moved = directoryWith({
      type: 'directory.organisation-moved',
      data: { by: BY, at: AT, organisationId: 'morkved-legesenter', municipality: '4601' },
    });
    const nord: Viewer = { role: 'coordinator', party: 'arbeidsgruppe-nord', region: NORD };
    const vest: Viewer = { role: 'coordinator', party: 'arbeidsgruppe-vest', region: VEST };
    const rename: DirectoryCommand = { type: 'change-organisation', id: 'morkved-legesenter', changes: { name: 'Ny' } };
    const renamePerson: DirectoryCommand = { type: 'change-person', username: 'lege.cgm', changes: { name: 'Ny' } };
    const approve: DirectoryCommand = { type: 'approve-enrolment', requestId: 'nord-1' };
    for (const command of [rename, renamePerson, approve]) {
      expect([mayChangeDirectory(nord, moved, command), mayChangeDirectory(vest, moved, command)]).toEqual([
        false,
        true,
      ]);
    }
  });

  it('follows a kommune moved to another region: so do its organisations and their people', () => {
    const moved = directoryWith({
      type: 'directory.municipality-moved',
      data: { by: BY, at: AT, number: '1804', helsefellesskap: 'bergensomradet' },
    });
    const vest: Viewer = { role: 'coordinator', party: 'arbeidsgruppe-vest', region: VEST };
    expect(mayChangeDirectory(vest, moved, { type: 'deactivate', target: { entry: 'person', id: 'lege.cgm' } })).toBe(
      true,
    );
    expect(mayChangeDirectory(vest, moved, { type: 'deactivate', target: { entry: 'person', id: 'lege.eg' } })).toBe(
      false,
    );
  });

  it('follows a person who moved into the coordinator’s working group', () => {
    const joined = directoryWith({
      type: 'directory.person-affiliation-changed',
      data: {
        by: BY,
        at: AT,
        username: 'support.cgm',
        affiliation: { role: 'coordinator', party: 'arbeidsgruppe-vest' },
      },
    });
    const vest: Viewer = { role: 'coordinator', party: 'arbeidsgruppe-vest', region: VEST };
    expect(
      mayChangeDirectory(vest, joined, { type: 'change-person', username: 'support.cgm', changes: { name: 'Ny' } }),
    ).toBe(true);
  });

  it('gives the region of an organisation, and none for one not in the directory', () => {
    expect(regionOfOrganisation(directory, 'morkved-legesenter')).toBe(NORD);
    expect(regionOfOrganisation(directory, 'bergen-sentrum-legesenter')).toBe(VEST);
    expect(regionOfOrganisation(directory, 'ukjent')).toBeUndefined();
  });
});

describe('DirectoryChangeForbiddenError', () => {
  it.each(ROLES)('is forbidden, telling a %s what they may change', (role) => {
    const error = new DirectoryChangeForbiddenError(role);
    expect(error).toMatchObject({ kind: 'forbidden', code: 'DIRECTORY_CHANGE_FORBIDDEN' });
    expect(error.message).toMatch(
      role === 'coordinator' ? /coordinator changes only their region/ : /Only administrators and coordinators/,
    );
  });
});
