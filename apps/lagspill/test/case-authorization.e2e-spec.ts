import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { CaseApi, caseBody, listBody, PROBLEM, type CaseBody } from './support/case-api';

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
  admin: 'admin',
  'no token': undefined,
} as const satisfies Record<string, string | undefined>;
type CallerName = keyof typeof CALLERS;
const CALLER_NAMES = Object.keys(CALLERS) as CallerName[];

/** Who may see the case at all (shared/api.md: the reporting organisation, its parties, the region's coordinators, admins). */
const SEES_CASE: Record<CallerName, boolean> = {
  'reporter of the same organisation': true,
  'reporter of another organisation': false,
  'responder of the routed party': true,
  'responder of another party': false,
  'coordinator of the region': true,
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

type Statuses = readonly [number, number, number, number, number, number, number];

/**
 * Expected status per endpoint (rows) and caller (columns, in the order of CALLERS). A one-line comment
 * marks each decision where shared/api.md is silent.
 */
// prettier-ignore
const MATRIX = {
  //                            same-org other-org routed  other   coord   admin   no token
  'GET /api/cases':               [200,   200,      200,    200,    200,    200,    401], // all list; the case is listed only for those who see it (checked)
  'GET /api/cases/{id}':          [200,   404,      200,    404,    200,    200,    401],
  'GET /api/cases/{id}/history':  [200,   404,      200,    404,    200,    200,    401],
  'POST acknowledge':             [403,   403,      200,    404,    403,    403,    401], // role gate: same 403 for any id, reveals nothing (checked)
  'POST comments (public)':       [200,   404,      200,    404,    200,    200,    401], // silent on admin: "all who may see it", and admin sees all
  'POST comments (internal)':     [403,   404,      200,    404,    200,    403,    401], // silent on admin: not a party or coordinator, no hidden notes
  'POST request-information':     [403,   403,      200,    404,    200,    403,    401],
  'POST provide-information':     [200,   404,      403,    403,    403,    403,    401], // only the reporting organisation answers, not a coordinator
  'POST forward':                 [403,   403,      200,    404,    200,    403,    401],
  'POST resolve':                 [403,   403,      200,    404,    200,    403,    401],
  'POST reopen':                  [200,   404,      403,    403,    200,    403,    401], // silent on the resolving party: it cannot overrule the reporter
  'POST close':                   [200,   404,      403,    403,    200,    403,    401],
  'POST link':                    [403,   403,      200,    404,    200,    403,    401], // silent on admin and reporters: not in "coordinator, responder"
  'POST /api/reports':            [201,   201,      403,    403,    403,    403,    401], // each reporter reports for its own organisation
  'PUT /api/routing/rules':       [403,   403,      403,    403,    200,    403,    401], // silent on admin: operators do not decide routing
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
};
const ENDPOINT_NAMES = Object.keys(MATRIX) as EndpointName[];

async function putRules(c: Context): Promise<Response> {
  return c.api.put(c.username, '/api/routing/rules', { rules: c.rules });
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
