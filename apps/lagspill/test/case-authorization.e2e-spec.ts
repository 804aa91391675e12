import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { RouteReportedCaseHandler } from '../../../libs/routing/src/route-reported-case/route-reported-case.handler';
import type { ClusterView } from '@lagspill/contracts';
import { CaseFactsProjection, IncidentDelivery, IncidentProjection, type IncidentView } from '@lagspill/insights';
import { CaseApi, caseBody, listBody, PROBLEM, sfmSyncReport, type CaseBody } from './support/case-api';

/**
 * Who may do what to a case, cell by cell. The case is always one lege.cgm (Mørkved legesenter) reported
 * and the router sent to CGM; each caller stands in one relation to it.
 */
const CALLERS = {
  'reporter of the same organisation': 'lege.cgm',
  'reporter of another organisation': 'lege.pridok',
  'responder of the routed party': 'support.cgm',
  'responder of another party': 'support.pridok',
  'coordinator of the region': 'koordinator.nord',
  'coordinator of another region': 'koordinator.vest',
  admin: 'admin',
  'no token': undefined,
} as const satisfies Record<string, string | undefined>;
type CallerName = keyof typeof CALLERS;
const CALLER_NAMES = Object.keys(CALLERS) as CallerName[];

/** Who may see the case at all (docs/api.md: the reporting organisation, its parties, the region's coordinators, admins). */
const SEES_CASE: Record<CallerName, boolean> = {
  'reporter of the same organisation': true,
  'reporter of another organisation': false,
  'responder of the routed party': true,
  'responder of another party': false,
  'coordinator of the region': true,
  'coordinator of another region': false,
  admin: true,
  'no token': false,
};

/** The state a command needs to be allowed at all, so that a refusal is about the caller, not the state. */
type Setup = 'routed' | 'awaiting-information' | 'resolved';

interface Context {
  readonly api: CaseApi;
  readonly username: string | undefined;
  /** The case (its id), and its version as the caller would have read it. */
  readonly id: string;
  readonly version: number;
  readonly linkTarget: CaseBody;
  readonly rules: unknown;
}

type Statuses = readonly [number, number, number, number, number, number, number, number];

/**
 * Expected status per endpoint (rows) and caller (columns, in the order of CALLERS). A one-line comment
 * marks each decision where docs/api.md is silent.
 */
// prettier-ignore
const MATRIX = {
  //                            same-org other-org routed  other   coord   coord-v admin   no token
  'GET /api/cases':               [200,   200,      200,    200,    200,    200,    200,    401], // all list; the case is listed only for those who see it (checked)
  'GET /api/cases/{id}':          [200,   404,      200,    404,    200,    404,    200,    401],
  'GET /api/cases/{id}/history':  [200,   404,      200,    404,    200,    404,    200,    401],
  'POST acknowledge':             [403,   404,      200,    404,    403,    403,    403,    401], // role gate: same 403 for any id, reveals nothing (checked); reporters pass it (a case may be with their organisation, issue 17)
  'POST comments (public)':       [200,   404,      200,    404,    200,    404,    200,    401], // silent on admin: "all who may see it", and admin sees all
  'POST comments (internal)':     [403,   404,      200,    404,    200,    404,    403,    401], // silent on admin: not a party or coordinator, no hidden notes
  'POST request-information':     [403,   404,      200,    404,    200,    404,    403,    401],
  'POST provide-information':     [200,   404,      403,    403,    403,    403,    403,    401], // only the reporting organisation answers, not a coordinator
  'POST forward':                 [403,   403,      200,    404,    200,    404,    403,    401],
  'POST resolve':                 [403,   404,      200,    404,    200,    404,    403,    401],
  'POST reopen':                  [200,   404,      403,    403,    200,    404,    403,    401], // silent on the resolving party: it cannot overrule the reporter
  'POST close':                   [200,   404,      403,    403,    200,    404,    403,    401],
  'POST link':                    [403,   403,      200,    404,    200,    404,    403,    401], // silent on admin and reporters: not in "coordinator, responder"
  'POST /api/reports':            [201,   201,      403,    403,    403,    403,    403,    401], // each reporter reports for its own organisation
  'PUT /api/routing/rules':       [403,   403,      403,    403,    200,    200,    200,    401], // each coordinator their own region's table, an admin the national defaults (decision 0014)
  'PUT …/helse-nord/rules':       [403,   403,      403,    403,    200,    403,    403,    401], // /api/routing/regions/helse-nord/rules: its coordinators only
} as const satisfies Record<string, Statuses>;
type EndpointName = keyof typeof MATRIX;

interface Endpoint {
  /** Acts on the case (and so must hide it from those who may not see it); the state it needs. */
  readonly on?: Setup | 'shared';
  readonly call: (c: Context) => Promise<Response>;
}

const command =
  (action: string, body?: Record<string, unknown>) =>
  (c: Context): Promise<Response> =>
    c.api.command(c.username, c.id, action, c.version, body);

/** How each endpoint is called, with a valid body, on a case in the state it needs. */
const ENDPOINTS: Record<EndpointName, Endpoint> = {
  'GET /api/cases': { on: 'shared', call: (c) => c.api.list(c.username, '?limit=100') },
  'GET /api/cases/{id}': { on: 'shared', call: (c) => c.api.getCase(c.username, c.id) },
  'GET /api/cases/{id}/history': { on: 'shared', call: (c) => c.api.history(c.username, c.id) },
  'POST acknowledge': { on: 'routed', call: command('acknowledge') },
  'POST comments (public)': {
    on: 'routed',
    call: command('comments', { body: 'Vi ser på saken.', visibility: 'public' }),
  },
  'POST comments (internal)': {
    on: 'routed',
    call: command('comments', { body: 'Internt notat.', visibility: 'internal' }),
  },
  'POST request-information': { on: 'routed', call: command('request-information', { question: 'Hvilken versjon?' }) },
  'POST provide-information': {
    on: 'awaiting-information',
    call: command('provide-information', { answer: 'Versjon 8.4.2' }),
  },
  'POST forward': { on: 'routed', call: command('forward', { party: 'nhn', reason: 'Feil i SFM' }) },
  'POST resolve': { on: 'routed', call: command('resolve', { resolution: 'Rettet i 8.4.3' }) },
  'POST reopen': { on: 'resolved', call: command('reopen', { reason: 'Feilen er tilbake' }) },
  'POST close': { on: 'resolved', call: command('close') },
  'POST link': {
    on: 'routed',
    call: (c) => command('link', { case: c.linkTarget.reference, relation: 'related' })(c),
  },
  'POST /api/reports': { call: (c) => c.api.report(c.username) },
  'PUT /api/routing/rules': { call: (c) => putRules(c) },
  'PUT …/helse-nord/rules': { call: (c) => putRules(c, '/api/routing/regions/helse-nord/rules') },
};
const ENDPOINT_NAMES = Object.keys(MATRIX) as EndpointName[];

async function putRules(c: Context, path = '/api/routing/rules'): Promise<Response> {
  return c.api.put(c.username, path, { rules: c.rules });
}

describe('who may do what to a case', () => {
  let t: TestApp;
  let api: CaseApi;
  let shared: CaseBody;
  let linkTarget: CaseBody;
  let rules: unknown;
  let cellsChecked = 0;

  /** A fresh case in the state the command needs, brought there by those who may. */
  async function prepared(setup: Setup): Promise<CaseBody> {
    const routed = await api.reportedAndRouted('lege.cgm');
    if (setup === 'routed') return routed;
    const action = setup === 'resolved' ? 'resolve' : 'request-information';
    const body = setup === 'resolved' ? { resolution: 'Rettet' } : { question: 'Hvilken versjon?' };
    const response = await api.command('support.cgm', routed.id, action, routed.version, body);
    expect(response.status).toBe(200);
    expect(caseBody(response).status).toBe(setup);
    return caseBody(response);
  }

  beforeAll(async () => {
    t = await startTestApp();
    api = new CaseApi(t);
    shared = await api.reportedAndRouted('lege.cgm');
    linkTarget = await api.reportedAndRouted('lege.cgm');
    await api.waitForListed('admin', shared.id, shared.version);
    rules = ((await api.get('admin', '/api/routing/rules')).body as { rules: unknown }).rules;
  });

  afterAll(async () => {
    await t?.close();
    const cells = ENDPOINT_NAMES.length * CALLER_NAMES.length;
    console.log(
      `authorization matrix: ${ENDPOINT_NAMES.length} endpoints × ${CALLER_NAMES.length} callers = ${cells} cells (${cellsChecked} checked)`,
    );
  });

  const cells = ENDPOINT_NAMES.flatMap((name) =>
    CALLER_NAMES.map((caller, column) => ({ name, endpoint: ENDPOINTS[name], caller, status: MATRIX[name][column] })),
  );

  it.each(cells)('$name as $caller → $status', async ({ name, endpoint, caller, status }) => {
    const username = CALLERS[caller];
    const subject = endpoint.on === undefined || endpoint.on === 'shared' ? shared : await prepared(endpoint.on);
    const context = { api, username, id: subject.id, version: subject.version, linkTarget, rules };
    const response = await endpoint.call(context);
    expect({ status: response.status, body: response.body as unknown }).toMatchObject({ status });

    if (status >= 400) {
      expect(response.headers['content-type']).toMatch(PROBLEM);
      if (endpoint.on !== undefined && endpoint.on !== 'shared') {
        // A refused change changes nothing.
        expect(caseBody(await api.getCase('admin', subject.id)).version).toBe(subject.version);
      }
    }
    if (endpoint.on !== undefined && !SEES_CASE[caller]) {
      // Whoever may not see the case gets exactly the answer they would get for a case that does not exist.
      const missing = await endpoint.call({ ...context, id: randomUUID() });
      expect({ status: missing.status, type: (missing.body as { type?: string }).type }).toEqual({
        status: response.status,
        type: (response.body as { type?: string }).type,
      });
    }
    if (name === 'GET /api/cases' && status === 200) {
      const listed = listBody(response).items.some((c) => c.id === shared.id);
      expect({ caller, listed }).toEqual({ caller, listed: SEES_CASE[caller] });
    }
    cellsChecked += 1;
  });
});

/**
 * The same question in every state, for every demo user of Helse Nord and for a reporter and the
 * coordinator of Helse Vest. Each case is one lege.cgm (Mørkved legesenter,
 * Helse Nord) reported, routed to CGM and CGM forwarded to NHN, so there is a current party (NHN) and a
 * previous one (CGM) that still sees the case but may no longer work it. The expected status follows
 * from the rules in docs/api.md, written out below once, not cell by cell: the role gate
 * (403 before any lookup), who sees the case (404), then the command's own rule on status (409) and on the
 * caller's relation to the case (403), in the order the server checks them.
 */
describe('who may do what to a case, in each state', () => {
  type Role = 'reporter' | 'responder' | 'coordinator' | 'admin' | 'system';
  interface DemoCaller {
    readonly username?: string;
    readonly role?: Role;
    /** Mørkved legesenter, the reporting organisation. */
    readonly reportingOrganisation?: boolean;
    /** The party the case is with now (NHN), or was routed to before (CGM). */
    readonly party?: 'current' | 'previous' | 'other';
    /** Of Helse Vest, not of the case's region (Helse Nord). */
    readonly otherRegion?: boolean;
  }
  const DEMO_CALLERS: Readonly<Record<string, DemoCaller>> = {
    'lege.cgm (reporting organisation)': { username: 'lege.cgm', role: 'reporter', reportingOrganisation: true },
    'lege.pridok (other organisation)': { username: 'lege.pridok', role: 'reporter' },
    'lege.eg (other organisation)': { username: 'lege.eg', role: 'reporter' },
    'farmasoyt (other organisation)': { username: 'farmasoyt', role: 'reporter' },
    'multidose (other organisation)': { username: 'multidose', role: 'reporter' },
    'sykehuslege (other organisation)': { username: 'sykehuslege', role: 'reporter' },
    'sykepleier (other organisation)': { username: 'sykepleier', role: 'reporter' },
    'lege.bergen (organisation in another region)': { username: 'lege.bergen', role: 'reporter', otherRegion: true },
    'epj.morkved (system of the reporting organisation)': {
      username: 'epj.morkved',
      role: 'system',
      reportingOrganisation: true,
    },
    'kundesenter.nhn (current party)': { username: 'kundesenter.nhn', role: 'responder', party: 'current' },
    'support.cgm (previous party)': { username: 'support.cgm', role: 'responder', party: 'previous' },
    'support.pridok (other party)': { username: 'support.pridok', role: 'responder', party: 'other' },
    'support.eg (other party)': { username: 'support.eg', role: 'responder', party: 'other' },
    'it.apotek1 (other party)': { username: 'it.apotek1', role: 'responder', party: 'other' },
    'koordinator.nord (coordinator of the region)': { username: 'koordinator.nord', role: 'coordinator' },
    'koordinator.vest (coordinator of another region)': {
      username: 'koordinator.vest',
      role: 'coordinator',
      otherRegion: true,
    },
    admin: { username: 'admin', role: 'admin' },
    'no token': {},
  };
  // A cell that changes the case first walks a new one there: report, routing, forward and up to two steps.
  const CELL_TIMEOUT_MS = 15_000;
  // Last, because a case stays reported only while the router is stopped, and it stays stopped from then on.
  const STATES = ['routed', 'acknowledged', 'awaiting-information', 'resolved', 'closed', 'reported'] as const;
  type State = (typeof STATES)[number];
  const OPEN_FOR_WORK: readonly State[] = ['routed', 'acknowledged', 'awaiting-information'];

  // A case not routed yet has no party at all, current or previous.
  const partyOf = (c: DemoCaller, state: State) => (state === 'reported' ? undefined : c.party);
  // A coordinator coordinates the cases of their own region only.
  const coordinates = (c: DemoCaller) => c.role === 'coordinator' && c.otherRegion !== true;
  const sees = (c: DemoCaller, state: State) =>
    c.role === 'admin' ||
    coordinates(c) ||
    c.reportingOrganisation === true ||
    partyOf(c, state) === 'current' ||
    partyOf(c, state) === 'previous';
  const worksIt = (c: DemoCaller, state: State) => coordinates(c) || partyOf(c, state) === 'current';
  const reports = (c: DemoCaller) => c.reportingOrganisation === true;

  /** A command's rule: the states it applies in, then who of those who see the case may make it. */
  interface Rule {
    readonly roles?: readonly Role[];
    readonly states: readonly State[] | 'not closed';
    readonly may: (c: DemoCaller, state: State) => boolean;
    readonly body?: (linkTarget: string) => Record<string, unknown>;
    readonly action: string;
  }
  const RULES: Readonly<Record<string, Rule>> = {
    acknowledge: {
      action: 'acknowledge',
      // Reporters too: the people of an organisation a case is routed to work it (issue 17).
      roles: ['responder', 'reporter'],
      states: ['routed'],
      may: (c, state) => partyOf(c, state) === 'current',
    },
    'comments (public)': {
      action: 'comments',
      roles: ['reporter', 'responder', 'coordinator', 'admin'],
      states: 'not closed',
      may: () => true,
      body: () => ({ body: 'Vi ser på saken.', visibility: 'public' }),
    },
    'comments (internal)': {
      action: 'comments',
      roles: ['reporter', 'responder', 'coordinator', 'admin'],
      states: 'not closed',
      may: worksIt,
      body: () => ({ body: 'Internt notat.', visibility: 'internal' }),
    },
    'request-information': {
      action: 'request-information',
      roles: ['responder', 'coordinator', 'reporter'],
      states: ['routed', 'acknowledged'],
      may: worksIt,
      body: () => ({ question: 'Hvilken versjon?' }),
    },
    'provide-information': {
      action: 'provide-information',
      roles: ['reporter'],
      states: ['awaiting-information'],
      may: reports,
      body: () => ({ answer: 'Versjon 8.4.2' }),
    },
    forward: {
      action: 'forward',
      roles: ['responder', 'coordinator'],
      states: OPEN_FOR_WORK,
      may: worksIt,
      body: () => ({ party: 'cgm', reason: 'Tilbake til journalleverandøren' }),
    },
    resolve: {
      action: 'resolve',
      roles: ['responder', 'coordinator', 'reporter'],
      states: OPEN_FOR_WORK,
      may: worksIt,
      body: () => ({ resolution: 'Rettet' }),
    },
    reopen: {
      action: 'reopen',
      roles: ['reporter', 'coordinator'],
      states: ['resolved', 'closed'],
      may: (c) => reports(c) || coordinates(c),
      body: () => ({ reason: 'Feilen er tilbake' }),
    },
    // The coordinator may close in any open state; the reporting organisation once it is resolved.
    close: {
      action: 'close',
      roles: ['reporter', 'coordinator'],
      states: 'not closed',
      may: (c, state) => coordinates(c) || (reports(c) && state === 'resolved'),
    },
    link: {
      action: 'link',
      roles: ['coordinator', 'responder'],
      states: 'not closed',
      may: worksIt,
      body: (linkTarget) => ({ case: linkTarget, relation: 'related' }),
    },
  };
  const READS = ['GET /api/cases', 'GET /api/cases/{id}', 'GET /api/cases/{id}/history'] as const;

  function expected(endpoint: string, c: DemoCaller, state: State): number {
    if (!c.role) return 401;
    const rule = RULES[endpoint];
    if (!rule) return endpoint === 'GET /api/cases' || sees(c, state) ? 200 : 404;
    if (rule.roles && !rule.roles.includes(c.role)) return 403;
    if (!sees(c, state)) return 404;
    const applies = rule.states === 'not closed' ? state !== 'closed' : rule.states.includes(state);
    if (!applies) return 409;
    // close as the reporting organisation before resolved is a state refusal, after its relation passed.
    if (endpoint === 'close' && reports(c) && state !== 'resolved') return 409;
    return rule.may(c, state) ? 200 : 403;
  }

  let t: TestApp;
  let api: CaseApi;
  let linkTarget: CaseBody;
  const shared = new Map<State, CaseBody>();
  let cellsChecked = 0;

  /** Brings a new case to `state` by those who may, through CGM and on to NHN. */
  async function inState(state: State): Promise<CaseBody> {
    if (state === 'reported') {
      await t.app.get(RouteReportedCaseHandler).stop();
      const reported = await api.report('lege.cgm');
      expect({ status: reported.status, state: caseBody(reported).status }).toEqual({ status: 201, state });
      return caseBody(reported);
    }
    const routed = await api.reportedAndRouted('lege.cgm');
    let current = caseBody(
      await api.command('support.cgm', routed.id, 'forward', routed.version, { party: 'nhn', reason: 'SFM' }),
    );
    const step = async (username: string, action: string, body?: Record<string, unknown>) => {
      const response = await api.command(username, current.id, action, current.version, body);
      expect({ action, status: response.status }).toEqual({ action, status: 200 });
      current = caseBody(response);
    };
    if (state === 'acknowledged') await step('kundesenter.nhn', 'acknowledge');
    if (state === 'awaiting-information') await step('kundesenter.nhn', 'request-information', { question: 'Når?' });
    if (state === 'resolved' || state === 'closed') await step('kundesenter.nhn', 'resolve', { resolution: 'Rettet' });
    if (state === 'closed') await step('lege.cgm', 'close');
    expect({ state: current.status, party: current.routedTo?.party }).toEqual({ state, party: 'nhn' });
    return current;
  }

  beforeAll(async () => {
    t = await startTestApp();
    api = new CaseApi(t);
    linkTarget = await inState('routed');
    for (const state of STATES.filter((s) => s !== 'reported')) shared.set(state, await inState(state));
    await api.waitForListed('admin', shared.get('closed')!.id, shared.get('closed')!.version);
  });

  /** The case refusals in `state` are tried on; made when first needed, as making the reported one stops routing. */
  async function sharedIn(state: State): Promise<CaseBody> {
    if (!shared.has(state)) {
      const made = await inState(state);
      await api.waitForListed('admin', made.id, made.version);
      shared.set(state, made);
    }
    return shared.get(state)!;
  }

  afterAll(async () => {
    await t?.close();
    const endpoints = READS.length + Object.keys(RULES).length;
    const callers = Object.keys(DEMO_CALLERS).length;
    console.log(
      `authorization matrix by state: ${endpoints} endpoints × ${callers} callers × ${STATES.length} states = ${endpoints * callers * STATES.length} cells (${cellsChecked} checked)`,
    );
  });

  const cells = STATES.flatMap((state) =>
    [...READS, ...Object.keys(RULES)].flatMap((endpoint) =>
      Object.entries(DEMO_CALLERS).map(([caller, c]) => ({
        state,
        endpoint,
        caller,
        c,
        status: expected(endpoint, c, state),
      })),
    ),
  );

  it.each(cells)(
    '$state: $endpoint as $caller → $status',
    async ({ state, endpoint, c, status }) => {
      const rule = RULES[endpoint];
      // A change that succeeds needs a case of its own; a refusal must leave the shared one as it was.
      const subject = rule && status === 200 ? await inState(state) : await sharedIn(state);
      let response: Response;
      if (endpoint === 'GET /api/cases') response = await api.list(c.username, '?limit=100');
      else if (endpoint === 'GET /api/cases/{id}') response = await api.getCase(c.username, subject.id);
      else if (endpoint === 'GET /api/cases/{id}/history') response = await api.history(c.username, subject.id);
      else
        response = await api.command(
          c.username,
          subject.id,
          rule.action,
          subject.version,
          rule.body?.(linkTarget.reference),
        );
      expect({ status: response.status, body: response.body as unknown }).toMatchObject({ status });

      if (status >= 400) {
        expect(response.headers['content-type']).toMatch(PROBLEM);
        if (rule) expect(caseBody(await api.getCase('admin', subject.id)).version).toBe(subject.version);
      }
      if (endpoint === 'GET /api/cases') {
        const listed = status === 200 && listBody(response).items.some((listedCase) => listedCase.id === subject.id);
        expect(listed).toBe(status === 200 && sees(c, state));
      }
      cellsChecked += 1;
    },
    CELL_TIMEOUT_MS,
  );
});

/**
 * Beyond the case itself: a cluster of Helse Nord reports alone, and the incident Helse Nord's coordinator
 * declared from it. Helse Vest's coordinator and reporters neither see, decide, post into nor acknowledge
 * them (decision 0014); the incident's party (CGM) posts into it, another party does not learn it exists.
 */
describe('who may act on a Helse Nord cluster and its incident', () => {
  const CGM_842 = { vendor: 'cgm', product: 'CGM Journal', version: '8.4.2' };
  type Target = 'cluster' | 'undecided cluster' | 'incident' | 'update';
  interface Cell {
    readonly endpoint: string;
    readonly caller: string | undefined;
    readonly status: number;
  }
  // prettier-ignore
  const CELLS: readonly Cell[] = [
    ...([['koordinator.nord', 200], ['koordinator.vest', 200], ['admin', 200], ['support.cgm', 403], ['lege.cgm', 403], [undefined, 401]] as const)
      .map(([caller, status]) => ({ endpoint: 'GET /api/clusters', caller, status })),
    ...([['koordinator.vest', 404], ['admin', 403], ['support.cgm', 403], ['lege.bergen', 403], [undefined, 401]] as const)
      .map(([caller, status]) => ({ endpoint: 'POST /api/clusters/{id}/confirm', caller, status })),
    ...([['koordinator.vest', 404], ['admin', 403], ['support.cgm', 403], [undefined, 401]] as const)
      .map(([caller, status]) => ({ endpoint: 'POST /api/clusters/{id}/reject', caller, status })),
    ...([['koordinator.nord', 200], ['koordinator.vest', 404], ['admin', 200], ['support.cgm', 200], ['support.pridok', 404], ['lege.cgm', 200], ['lege.bergen', 404], [undefined, 401]] as const)
      .map(([caller, status]) => ({ endpoint: 'GET /api/incidents/{id}', caller, status })),
    ...([['koordinator.nord', 201], ['koordinator.vest', 404], ['support.cgm', 201], ['support.pridok', 404], ['admin', 403], ['lege.cgm', 403], [undefined, 401]] as const)
      .map(([caller, status]) => ({ endpoint: 'POST /api/incidents/{id}/updates', caller, status })),
    ...([['lege.cgm', 200], ['lege.bergen', 404], ['koordinator.vest', 403], [undefined, 401]] as const)
      .map(([caller, status]) => ({ endpoint: 'POST …/updates/{updateId}/acknowledge', caller, status })),
  ];

  let t: TestApp;
  let api: CaseApi;
  const ids = new Map<Target, string>();
  let cellsChecked = 0;
  const caughtUp = async () => {
    await t.app.get(CaseFactsProjection).whenCaughtUp();
    await t.app.get(IncidentDelivery).whenCaughtUp();
    await t.app.get(IncidentProjection).whenCaughtUp();
  };
  const post = async (username: string | undefined, path: string, body: object = {}) =>
    t
      .http()
      .post(path)
      .set(await api.authorization(username))
      .send(body);
  const nordClusterOf = async (subcategory: string): Promise<string> => {
    for (const username of ['lege.cgm', 'lege.pridok', 'lege.eg']) {
      await api.reportedAndRouted(username, sfmSyncReport({ subcategory, system: CGM_842 }));
    }
    await caughtUp();
    const { items } = (await api.get('koordinator.nord', '/api/clusters')).body as { items: ClusterView[] };
    const cluster = items.find((c) => c.subcategory === subcategory);
    expect(cluster?.regions).toEqual(['helse-nord']);
    return cluster?.id as string;
  };

  beforeAll(async () => {
    t = await startTestApp({ INDICATOR_REFRESH_INTERVAL_MS: '0' });
    api = new CaseApi(t);
    ids.set('cluster', await nordClusterOf('sync'));
    ids.set('undecided cluster', await nordClusterOf('performance'));
    const confirmed = await post('koordinator.nord', `/api/clusters/${ids.get('cluster')}/confirm`, {
      title: 'CGM 8.4.2 mister SFM-synk',
    });
    expect(confirmed.status).toBe(201);
    ids.set('incident', (confirmed.body as { incidentId: string }).incidentId);
    const update = await post('support.cgm', `/api/incidents/${ids.get('incident')}/updates`, { body: 'Rettet.' });
    expect(update.status).toBe(201);
    ids.set('update', (update.body as IncidentView).updates[0].updateId);
    await caughtUp();
  });

  // An update a cell published is delivered to the incident's cases in the background, and that delivery
  // appends to the incident's stream: a command of the next cell racing it would meet a conflict (409).
  beforeEach(caughtUp);

  afterAll(async () => {
    await t?.close();
    console.log(`authorization across regions: ${CELLS.length} cells (${cellsChecked} checked)`);
  });

  it.each(CELLS)('$endpoint as $caller → $status', async ({ endpoint, caller, status }) => {
    const cluster = ids.get('cluster') as string;
    const incident = ids.get('incident') as string;
    let response: Response;
    switch (endpoint) {
      case 'GET /api/clusters':
        response = await api.get(caller, '/api/clusters?status=all');
        break;
      case 'POST /api/clusters/{id}/confirm':
        response = await post(caller, `/api/clusters/${cluster}/confirm`, { title: 'Ikke vår hendelse' });
        break;
      case 'POST /api/clusters/{id}/reject':
        response = await post(caller, `/api/clusters/${ids.get('undecided cluster')}/reject`, { reason: 'Ikke vår' });
        break;
      case 'GET /api/incidents/{id}':
        response = await api.get(caller, `/api/incidents/${incident}`);
        break;
      case 'POST /api/incidents/{id}/updates':
        response = await post(caller, `/api/incidents/${incident}/updates`, { body: 'Oppdatering.' });
        break;
      default:
        response = await post(caller, `/api/incidents/${incident}/updates/${ids.get('update')}/acknowledge`);
    }
    expect({ status: response.status, body: response.body as unknown }).toMatchObject({ status });
    if (status >= 400) expect(response.headers['content-type']).toMatch(PROBLEM);
    if (endpoint === 'GET /api/clusters' && status === 200) {
      const listed = (response.body as { items: ClusterView[] }).items.map((c) => c.id);
      expect({ caller, listed: listed.includes(cluster) }).toEqual({ caller, listed: caller !== 'koordinator.vest' });
    }
    if (endpoint === 'GET /api/incidents/{id}' && status === 200 && caller === 'support.cgm') {
      // The incident's party works through it, but learns no case id or organisation from it.
      expect((response.body as IncidentView).cases).toEqual([]);
    }
    cellsChecked += 1;
  });
});
