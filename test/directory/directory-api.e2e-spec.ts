import type { Response } from 'supertest';
import type { DirectoryImportJob } from '@lagspill/contracts';
import { CaseApi, caseBody, PROBLEM, sfmSyncReport } from '../../apps/lagspill/test/support/case-api';
import { eventually } from '../support/eventually';
import { NEW_NORD_ORGANISATION } from '../support/new-organisation';
import { registeredRoutes } from '../support/registered-routes';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The directory's administration API over HTTP (issue 16): who may read and change what, how bad input is
 * refused, and what a change does to the next request and the next report.
 */

const CALLERS = {
  reporter: 'lege.cgm',
  responder: 'support.cgm',
  system: 'epj.morkved',
  'coordinator nord': 'koordinator.nord',
  'coordinator vest': 'koordinator.vest',
  admin: 'admin',
  'newcomer (not in the directory)': 'ny.ukjent',
  'no token': undefined,
} as const;
type CallerName = keyof typeof CALLERS;
const CALLER_NAMES = Object.keys(CALLERS) as CallerName[];
type Statuses = readonly [number, number, number, number, number, number, number, number];

interface Call {
  readonly method: 'get' | 'post' | 'patch';
  readonly path: string;
  readonly body?: unknown;
}

/**
 * Every directory and enrolment route (rows), with a request that is allowed for some callers, and the
 * status per caller (columns in the order of CALLERS). Changes that change nothing keep the rows
 * independent of each other; a route added later fails the completeness test below until it is here.
 */
// prettier-ignore
const MATRIX: Record<string, { call: Call; expect: Statuses }> = {
  //                                                                                   rep  resp sys  c-N  c-V  adm  new  none
  'GET /api/directory/regions': { call: { method: 'get', path: '/api/directory/regions' }, expect: [403, 403, 403, 200, 200, 200, 403, 401] },
  'POST /api/directory/helsefellesskap': { call: { method: 'post', path: '/api/directory/helsefellesskap', body: {} }, expect: [403, 403, 403, 403, 403, 400, 403, 401] },
  'POST /api/directory/municipalities': { call: { method: 'post', path: '/api/directory/municipalities', body: {} }, expect: [403, 403, 403, 403, 403, 400, 403, 401] },
  'PATCH /api/directory/municipalities/:number': { call: { method: 'patch', path: '/api/directory/municipalities/1804', body: { helsefellesskap: 'lovesa' } }, expect: [403, 403, 403, 403, 403, 200, 403, 401] },
  'GET /api/directory/organisations': { call: { method: 'get', path: '/api/directory/organisations?q=legesenter' }, expect: [403, 403, 403, 200, 200, 200, 403, 401] },
  'GET /api/directory/organisations/:id': { call: { method: 'get', path: '/api/directory/organisations/morkved-legesenter' }, expect: [403, 403, 403, 200, 200, 200, 403, 401] },
  'GET /api/directory/organisations/:id/history': { call: { method: 'get', path: '/api/directory/organisations/morkved-legesenter/history' }, expect: [403, 403, 403, 200, 200, 200, 403, 401] },
  // A coordinator registers organisations of their own region only: a Bodø one is Nord's.
  'POST /api/directory/organisations': { call: { method: 'post', path: '/api/directory/organisations', body: { municipality: '1804' } }, expect: [403, 403, 403, 400, 403, 400, 403, 401] },
  'PATCH /api/directory/organisations/:id': { call: { method: 'patch', path: '/api/directory/organisations/morkved-legesenter', body: { name: 'Mørkved legesenter' } }, expect: [403, 403, 403, 200, 403, 200, 403, 401] },
  'GET /api/directory/parties': { call: { method: 'get', path: '/api/directory/parties' }, expect: [403, 403, 403, 200, 200, 200, 403, 401] },
  'GET /api/directory/parties/:id': { call: { method: 'get', path: '/api/directory/parties/cgm' }, expect: [403, 403, 403, 200, 200, 200, 403, 401] },
  'GET /api/directory/parties/:id/history': { call: { method: 'get', path: '/api/directory/parties/cgm/history' }, expect: [403, 403, 403, 200, 200, 200, 403, 401] },
  'POST /api/directory/parties': { call: { method: 'post', path: '/api/directory/parties', body: {} }, expect: [403, 403, 403, 403, 403, 400, 403, 401] },
  'PATCH /api/directory/parties/:id': { call: { method: 'patch', path: '/api/directory/parties/cgm', body: { name: 'CompuGroup Medical (CGM)' } }, expect: [403, 403, 403, 403, 403, 200, 403, 401] },
  'GET /api/directory/people': { call: { method: 'get', path: '/api/directory/people' }, expect: [403, 403, 403, 200, 200, 200, 403, 401] },
  // Another region's people are not shown to a coordinator at all.
  'GET /api/directory/people/:username': { call: { method: 'get', path: '/api/directory/people/lege.cgm' }, expect: [403, 403, 403, 200, 404, 200, 403, 401] },
  'GET /api/directory/people/:username/history': { call: { method: 'get', path: '/api/directory/people/lege.cgm/history' }, expect: [403, 403, 403, 200, 404, 200, 403, 401] },
  'POST /api/directory/people': { call: { method: 'post', path: '/api/directory/people', body: { role: 'reporter', organisation: 'morkved-legesenter' } }, expect: [403, 403, 403, 400, 403, 400, 403, 401] },
  'PATCH /api/directory/people/:username': { call: { method: 'patch', path: '/api/directory/people/lege.cgm', body: { name: 'Kari Nordmann' } }, expect: [403, 403, 403, 200, 403, 200, 403, 401] },
  // An empty JSON file: a dry run that would change nothing.
  'POST /api/directory/imports': { call: { method: 'post', path: '/api/directory/imports?dryRun=true', body: {} }, expect: [403, 403, 403, 200, 200, 200, 403, 401] },
  'GET /api/directory/imports/:id': { call: { method: 'get', path: '/api/directory/imports/no-such-import' }, expect: [403, 403, 403, 404, 404, 404, 403, 401] },
  'GET /api/directory/export': { call: { method: 'get', path: '/api/directory/export' }, expect: [403, 403, 403, 403, 403, 200, 403, 401] },
  // Asking for access: anyone with a valid token; a malformed request is a 400 whoever asks.
  'POST /api/enrolment-requests': { call: { method: 'post', path: '/api/enrolment-requests', body: {} }, expect: [400, 400, 400, 400, 400, 400, 400, 401] },
  'GET /api/enrolment-requests/mine': { call: { method: 'get', path: '/api/enrolment-requests/mine' }, expect: [200, 200, 200, 200, 200, 200, 200, 401] },
  'GET /api/enrolment-requests/organisations': { call: { method: 'get', path: '/api/enrolment-requests/organisations?q=legesenter' }, expect: [200, 200, 200, 200, 200, 200, 200, 401] },
  'GET /api/enrolment-requests': { call: { method: 'get', path: '/api/enrolment-requests' }, expect: [403, 403, 403, 200, 200, 200, 403, 401] },
  'POST /api/enrolment-requests/:id/approve': { call: { method: 'post', path: '/api/enrolment-requests/no-such-request/approve' }, expect: [403, 403, 403, 404, 404, 404, 403, 401] },
  'POST /api/enrolment-requests/:id/refuse': { call: { method: 'post', path: '/api/enrolment-requests/no-such-request/refuse', body: { reason: 'Ukjent' } }, expect: [403, 403, 403, 404, 404, 404, 403, 401] },
};

describe('the directory API', () => {
  let t: TestApp;
  let api: CaseApi;

  beforeAll(async () => {
    t = await startTestApp({ NOTIFICATION_INTERVAL_MS: '100', MAIL_DIGEST_SECONDS: '0' });
    api = new CaseApi(t);
  });

  afterAll(async () => {
    await t?.close();
  });

  async function send(username: string | undefined, call: Call): Promise<Response> {
    const http = t.http();
    const request = http[call.method](call.path).set(await authorization(username));
    return call.body === undefined ? request : request.send(call.body as object);
  }

  async function authorization(username: string | undefined): Promise<Record<string, string>> {
    if (username === undefined) return {};
    if (!username.startsWith('ny.')) return api.authorization(username);
    const { body } = await t.http().post('/api/dev/token').send({ username }).expect(200);
    return { Authorization: `Bearer ${body.access_token as string}` };
  }

  const admin = (call: Call) => send('admin', call);

  it('lists every directory and enrolment route in the matrix', () => {
    const routes = registeredRoutes(t.app)
      .filter((route) => /^\/api\/(directory|enrolment-requests)(\/|$)/.test(route.path))
      .map((route) => `${route.method} ${route.path}`);
    expect(routes.sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it('serves someone the directory does not know on the three routes for asking for access, and on no other', () => {
    const unenrolled = registeredRoutes(t.app)
      .filter((route) => route.unenrolled)
      .map((route) => `${route.method} ${route.path}`);
    expect(unenrolled.sort()).toEqual([
      'GET /api/enrolment-requests/mine',
      'GET /api/enrolment-requests/organisations',
      'POST /api/enrolment-requests',
    ]);
  });

  describe.each(Object.entries(MATRIX))('%s', (_route, { call, expect: statuses }) => {
    it.each(CALLER_NAMES.map((name, index) => [name, statuses[index]] as const))(
      'as %s: %i',
      async (caller, status) => {
        const response = await send(CALLERS[caller], call);
        expect({ status: response.status, body: response.status >= 400 ? response.body : undefined }).toMatchObject({
          status,
        });
        if (status >= 400) expect(response.headers['content-type']).toMatch(PROBLEM);
      },
    );
  });

  describe('bad input: a 4xx problem naming each field and rule, and nothing stored', () => {
    it.each([
      ['an orgnr with a wrong check digit', { orgnr: '974123917' }, 'orgnr', /mod-11 check digit/],
      ['an orgnr of 8 digits', { orgnr: '97412391' }, 'orgnr', /9 digits/],
      ['a HER-id that is not a whole number', { herId: 12.5 }, 'herId', /whole number/],
      ['a HER-id of 0', { herId: 0 }, 'herId', /HER-id/],
      ['a kommune not in the directory', { municipality: '9999' }, 'municipality', /not/],
      [
        'an unknown vendor',
        { system: { ...NEW_NORD_ORGANISATION.system, vendor: 'nobody' } },
        'system.vendor',
        /party/,
      ],
      [
        'an unknown integration',
        { system: { ...NEW_NORD_ORGANISATION.system, integration: 'fax' } },
        'system.integration',
        /one of/,
      ],
      ['an unknown type', { type: 'spa' }, 'type', /one of/],
      [
        'a multidose pharmacy that is a GP office',
        { multidosePharmacy: 'morkved-legesenter' },
        'multidosePharmacy',
        /multidose pharmacy/,
      ],
      ['a contact address that is no address', { contactEmails: ['post@'] }, 'contactEmails[0]', /e-mail/],
      ['an id with capitals', { id: 'Fjordbyen' }, 'id', /lower-case/],
      ['a name of spaces', { name: '   ' }, 'name', /filled in/],
      ['a field that does not exist', { colour: 'red' }, 'colour', /not a field/],
      ['a string where a number goes', { herId: '81239999' }, 'herId', /whole number/],
      ['null where a value goes', { name: null }, 'name', /null/],
    ])('refuses %s', async (_case, change, field, rule) => {
      const response = await admin({
        method: 'post',
        path: '/api/directory/organisations',
        body: { ...NEW_NORD_ORGANISATION, ...change },
      });
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ field, message: expect.stringMatching(rule) })]),
      );
      await admin({ method: 'get', path: `/api/directory/organisations/${NEW_NORD_ORGANISATION.id}` }).then((r) =>
        expect(r.status).toBe(404),
      );
    });

    it('refuses a duplicate orgnr with 409, naming the entry that has it', async () => {
      const response = await admin({
        method: 'post',
        path: '/api/directory/organisations',
        body: {
          ...NEW_NORD_ORGANISATION,
          orgnr: (await admin({ method: 'get', path: '/api/directory/organisations/morkved-legesenter' })).body.orgnr,
        },
      });
      expect(response.status).toBe(409);
      expect(response.body.errors).toEqual([
        expect.objectContaining({
          field: 'orgnr',
          message: expect.stringMatching(/Mørkved legesenter \(morkved-legesenter\)/),
        }),
      ]);
    });

    it.each([
      [
        'organisation',
        '/api/directory/organisations',
        ['id', 'name', 'type', 'orgnr', 'herId', 'municipality', 'system', 'multidoseMode'],
      ],
      ['party', '/api/directory/parties', ['id', 'name', 'kind', 'products', 'contactEmails', 'serviceLevel']],
      ['person', '/api/directory/people', ['username', 'name', 'role']],
      ['helsefellesskap', '/api/directory/helsefellesskap', ['id', 'name', 'hf', 'region']],
      ['kommune', '/api/directory/municipalities', ['number', 'name', 'helsefellesskap']],
    ])('names every missing field of a %s in one answer', async (_kind, path, fields) => {
      const response = await admin({ method: 'post', path, body: {} });
      expect(response.status).toBe(400);
      expect((response.body.errors as { field: string }[]).map((e) => e.field)).toEqual(expect.arrayContaining(fields));
    });

    it.each([
      ['a list', []],
      ['a string', 'organisation'],
      ['a number', 7],
    ])('refuses a body that is %s', async (_case, body) => {
      const response = await t
        .http()
        .post('/api/directory/organisations')
        .set(await authorization('admin'))
        .set('Content-Type', 'application/json')
        .send(JSON.stringify(body));
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(PROBLEM);
    });
  });

  describe('regions', () => {
    it('keeps a coordinator to their own region: no editing, registering or moving another region’s organisations', async () => {
      const vest = 'koordinator.vest';
      await send(vest, {
        method: 'patch',
        path: '/api/directory/organisations/morkved-legesenter',
        body: { name: 'Overtatt' },
      }).then((r) => expect(r.status).toBe(403));
      const bergen = (
        await send(vest, { method: 'get', path: '/api/directory/organisations/bergen-sentrum-legesenter' })
      ).body;
      // Moving their own organisation into Helse Nord is taking it out of their region.
      await send(vest, {
        method: 'patch',
        path: `/api/directory/organisations/${bergen.id}`,
        body: { municipality: '1804' },
      }).then((r) => expect(r.status).toBe(403));
      await send(vest, {
        method: 'patch',
        path: `/api/directory/organisations/${bergen.id}`,
        body: { name: `${bergen.name as string}` },
      }).then((r) => expect(r.status).toBe(200));
      await send(vest, { method: 'patch', path: '/api/directory/people/lege.cgm', body: { active: false } }).then((r) =>
        expect(r.status).toBe(403),
      );
      expect(
        (await admin({ method: 'get', path: '/api/directory/people/lege.cgm' })).body.deactivatedAt,
      ).toBeUndefined();
    });
  });

  describe.each([
    ['organisation', '/api/directory/organisations/hammerfest-legesenter', 'name'],
    ['party', '/api/directory/parties/webmed-test', 'name'],
    ['person', '/api/directory/people/lege.bergen', 'name'],
  ])('an %s changed by two at once (If-Match)', (_kind, path, field) => {
    const patch = async (body: object, ifMatch?: string) => {
      const request = t
        .http()
        .patch(path)
        .set(await authorization('admin'));
      return (ifMatch === undefined ? request : request.set('If-Match', ifMatch)).send(body);
    };

    beforeAll(async () => {
      // A party of its own, so that renaming it leaves the demo's parties as they were.
      if (path.endsWith('webmed-test')) {
        const party = {
          id: 'webmed-test',
          kind: 'vendor',
          name: 'Webmed',
          products: ['Webmed'],
          contactEmails: [],
          serviceLevel: { firstResponseHours: 24, resolutionHours: 240 },
        };
        await admin({ method: 'post', path: '/api/directory/parties', body: party }).then((r) =>
          expect(r.status).toBe(201),
        );
      }
    });

    it('refuses a change based on a version that is no longer the last, and takes one based on the last', async () => {
      const read = await admin({ method: 'get', path });
      const etag = read.headers.etag;
      expect(etag).toMatch(/^"\d+"$/);
      const first = await patch({ [field]: 'Første navn' }, etag);
      expect(first.status).toBe(200);
      expect(first.headers.etag).not.toBe(etag);
      const stale = await patch({ [field]: 'Andre navn' }, etag);
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ code: 'DIRECTORY_ENTRY_CHANGED' });
      expect((await admin({ method: 'get', path })).body[field]).toBe('Første navn');
      await patch({ [field]: read.body[field] as string }, first.headers.etag).then((r) => expect(r.status).toBe(200));
    });

    it('takes a change without If-Match or with `*`, and refuses a malformed one naming the header', async () => {
      const read = await admin({ method: 'get', path });
      await patch({ [field]: read.body[field] as string }).then((r) => expect(r.status).toBe(200));
      await patch({ [field]: read.body[field] as string }, '*').then((r) => expect(r.status).toBe(200));
      const malformed = await patch({ [field]: read.body[field] as string }, 'versjon 3');
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'If-Match' })]);
    });
  });

  it('records who changed an entry and when, and shows it in the history', async () => {
    const path = '/api/directory/organisations/ronvik-legesenter';
    const before = (await admin({ method: 'get', path })).body;
    await send('koordinator.nord', {
      method: 'patch',
      path,
      body: { name: 'Rønvik legesenter AS', contactEmails: ['post@ronvik.example.no'] },
    }).then((r) => expect(r.status).toBe(200));
    // The history is a projection of the log: it follows the change within moments.
    const history = await eventually('the rename in the history', async () => {
      const entries = (await admin({ method: 'get', path: `${path}/history` })).body as { type: string }[];
      return entries.length >= 3 ? entries : undefined;
    });
    expect(history[0]?.type).toBe('directory.organisation-registered');
    expect(history.slice(-2)).toEqual([
      expect.objectContaining({
        type: 'directory.organisation-renamed',
        data: expect.objectContaining({
          name: 'Rønvik legesenter AS',
          by: expect.objectContaining({ username: 'koordinator.nord' }),
        }),
      }),
      expect.objectContaining({
        type: 'directory.organisation-contacts-changed',
        data: expect.objectContaining({ by: expect.objectContaining({ username: 'koordinator.nord' }) }),
      }),
    ]);
    await admin({ method: 'patch', path, body: { name: before.name, contactEmails: null } }).then((r) =>
      expect(r.status).toBe(200),
    );
  }, 60_000);

  it('routes the next case of an organisation that switched vendor to the new vendor; earlier cases keep theirs', async () => {
    const before = await api.reportedAndRouted('lege.eg');
    expect(before.routedTo?.party).toBe('eg');
    const path = '/api/directory/organisations/tromso-legesenter';
    await admin({
      method: 'patch',
      path,
      body: { system: { vendor: 'pridok', product: 'Pridok', version: '2026.3', integration: 'sfm-full' } },
    }).then((r) => expect(r.status).toBe(200));
    const after = await api.reportedAndRouted('lege.eg');
    expect(after.routedTo?.party).toBe('pridok');
    expect(caseBody(await api.get('admin', `/api/cases/${before.id}`)).routedTo?.party).toBe('eg');
  }, 60_000);

  it('keeps routing to the old vendor until a switch recorded ahead of its day', async () => {
    const path = '/api/directory/organisations/morkved-legesenter';
    const response = await admin({
      method: 'patch',
      path,
      body: {
        scheduledSystem: {
          system: { vendor: 'pridok', product: 'Pridok', integration: 'sfm-full' },
          from: '2099-01-01',
        },
      },
    });
    expect(response.status).toBe(200);
    expect(response.body.scheduledSystem).toEqual({
      system: { vendor: 'pridok', product: 'Pridok', integration: 'sfm-full' },
      from: '2099-01-01',
    });
    expect((await api.reportedAndRouted('lege.cgm')).routedTo?.party).toBe('cgm');
    const past = await admin({
      method: 'patch',
      path,
      body: { scheduledSystem: { system: response.body.system, from: '2020-01-01' } },
    });
    expect(past.status).toBe(400);
    expect(past.body.errors).toEqual([expect.objectContaining({ field: 'scheduledSystem.from' })]);
    await admin({ method: 'patch', path, body: { scheduledSystem: null } }).then((r) =>
      expect(r.body.scheduledSystem).toBeUndefined(),
    );
  }, 60_000);

  it('refuses a person deactivated mid-session at their next request, and the people of a deactivated organisation', async () => {
    await api.get('lege.pridok', '/api/cases').then((r) => expect(r.status).toBe(200));
    await admin({ method: 'patch', path: '/api/directory/people/lege.pridok', body: { active: false } }).then((r) =>
      expect(r.status).toBe(200),
    );
    const refused = await api.get('lege.pridok', '/api/cases');
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'DEACTIVATED_USER' });
    await admin({ method: 'patch', path: '/api/directory/people/lege.pridok', body: { active: true } });
    await api.get('lege.pridok', '/api/cases').then((r) => expect(r.status).toBe(200));

    await admin({ method: 'patch', path: '/api/directory/organisations/sandnes-legesenter', body: { active: false } });
    const organisationGone = await api.get('lege.sandnes', '/api/cases');
    expect(organisationGone.status).toBe(403);
    expect(organisationGone.body.detail).toMatch(/organisation that is deactivated/);
    await admin({ method: 'patch', path: '/api/directory/organisations/sandnes-legesenter', body: { active: true } });
  });

  it('takes a newcomer from a refusal to a report: asks, the region’s coordinator approves, they report', async () => {
    const orgnr = (await admin({ method: 'get', path: '/api/directory/organisations/morkved-legesenter' })).body
      .orgnr as string;
    const { body: token } = await t
      .http()
      .post('/api/dev/token')
      .send({ username: 'ny.ida', name: 'Ida Nyland', hprNumber: '9876543', email: 'ida@morkved.example.no', orgnr })
      .expect(200);
    const newcomer = { Authorization: `Bearer ${token.access_token as string}` };

    const refused = await t.http().get('/api/cases').set(newcomer);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'UNKNOWN_USER' });
    expect(refused.body.detail).toMatch(/POST \/api\/enrolment-requests/);

    const mine = await t.http().get('/api/enrolment-requests/mine').set(newcomer).expect(200);
    expect(mine.body).toMatchObject({
      name: 'Ida Nyland',
      hprNumber: '9876543',
      suggestedOrganisation: { id: 'morkved-legesenter' },
      requests: [],
    });

    const asked = await t
      .http()
      .post('/api/enrolment-requests')
      .set(newcomer)
      .send({ organisation: 'morkved-legesenter', message: 'Ny fastlege fra januar' })
      .expect(201);
    expect(asked.body).toMatchObject({
      status: 'pending',
      username: 'ny.ida',
      hprNumber: '9876543',
      email: 'ida@morkved.example.no',
      region: 'helse-nord',
    });
    await t
      .http()
      .post('/api/enrolment-requests')
      .set(newcomer)
      .send({ organisation: 'morkved-legesenter' })
      .expect(409);
    const mailsTo = async (address: string) =>
      (
        await t
          .http()
          .get(`/api/dev/mail?to=${encodeURIComponent(address)}`)
          .expect(200)
      ).body as { text: string }[];
    const told = await eventually('the Nord coordinator told of the request', async () =>
      (await mailsTo('hanne.bakken@helse-nord.example.no')).find((mail) =>
        /Ida Nyland ber om tilgang til Lagspill for Mørkved legesenter/.test(mail.text),
      ),
    );
    expect(told.text).not.toMatch(/9876543|Ny fastlege/);
    expect(
      (await mailsTo('gunnar.helland@helse-vest.example.no')).filter((mail) => /ber om tilgang/.test(mail.text)),
    ).toEqual([]);

    const vestList = await send('koordinator.vest', { method: 'get', path: '/api/enrolment-requests?status=pending' });
    expect((vestList.body as { requestId: string }[]).map((r) => r.requestId)).not.toContain(asked.body.requestId);
    await send('koordinator.vest', {
      method: 'post',
      path: `/api/enrolment-requests/${asked.body.requestId as string}/approve`,
    }).then((r) => expect(r.status).toBe(404));

    const approved = await send('koordinator.nord', {
      method: 'post',
      path: `/api/enrolment-requests/${asked.body.requestId as string}/approve`,
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', decidedBy: 'koordinator.nord' });

    const me = await t.http().get('/api/me').set(newcomer).expect(200);
    expect(me.body).toMatchObject({ username: 'ny.ida', role: 'reporter' });
    const report = await t.http().post('/api/reports').set(newcomer).send(sfmSyncReport());
    expect(report.status).toBe(201);
    const person = await eventually('the enrolment in the history', async () => {
      const entries = (await admin({ method: 'get', path: '/api/directory/people/ny.ida/history' })).body as unknown[];
      return entries.length > 0 ? entries : undefined;
    });
    expect(person).toEqual([
      expect.objectContaining({
        type: 'directory.person-enrolled',
        data: expect.objectContaining({ by: expect.objectContaining({ username: 'koordinator.nord' }) }),
      }),
    ]);
  }, 60_000);

  describe('imports over HTTP', () => {
    const HEADINGS = 'Oppføring;ID;Navn;Type;Kommunenr;Orgnr;HER-id;Leverandør;System;Integrasjon;Multidose;Aktiv';
    const row = (id: string, name: string, orgnr: string, type = 'Fastlegekontor') =>
      `organisasjon;${id};${name};${type};1804;${orgnr};81239901;pridok;Pridok;SFM Full;Ingen;ja`;

    async function upload(username: string, body: string | Buffer, contentType: string, dryRun: boolean) {
      return t
        .http()
        .post(`/api/directory/imports${dryRun ? '?dryRun=true' : ''}`)
        .set(await authorization(username))
        .set('Content-Type', contentType)
        .send(body);
    }

    it('names every bad row by row and column, and imports nothing', async () => {
      const csv = [
        HEADINGS,
        row('bodo-nye-legesenter', 'Bodø nye legesenter', '974123917'),
        row('bodo-andre', 'Bodø andre', '919999004', 'Spa'),
      ].join('\r\n');
      for (const dryRun of [true, false]) {
        const response = await upload('admin', csv, 'text/csv', dryRun);
        expect(response.status).toBe(400);
        expect(response.body).toMatchObject({ code: 'DIRECTORY_IMPORT_REJECTED' });
        expect(response.body.errors).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ row: 3, column: 'Type', message: expect.stringMatching(/Fastlegekontor/) }),
          ]),
        );
      }
      const good = [HEADINGS, row('bodo-nye-legesenter', 'Bodø nye legesenter', '974123917')].join('\r\n');
      const planned = await upload('admin', good, 'text/csv', true);
      expect(planned.status).toBe(400);
      expect(planned.body.errors).toEqual([
        expect.objectContaining({ row: 2, column: 'Orgnr', message: expect.stringMatching(/mod-11/) }),
      ]);
      await admin({ method: 'get', path: '/api/directory/organisations/bodo-nye-legesenter' }).then((r) =>
        expect(r.status).toBe(404),
      );
    });

    it('reads Windows-1252 as Excel writes it, imports as one job, and the same file again changes nothing', async () => {
      const csv = [HEADINGS, row('bodo-sor-legesenter', 'Bodø sør legesenter', '919999004')].join('\r\n');
      const windows1252 = Buffer.from(csv, 'latin1');
      const dry = await upload('koordinator.nord', windows1252, 'text/csv', true);
      expect(dry.status).toBe(200);
      expect(dry.body.summary.organisations).toEqual({ added: 1, changed: 0, unchanged: 0 });
      const started = await upload('koordinator.nord', windows1252, 'text/csv', false);
      expect(started.status).toBe(202);
      const done = await eventually('the import to finish', async () => {
        const job = (await send('koordinator.nord', { method: 'get', path: started.headers.location }))
          .body as DirectoryImportJob;
        return job.status === 'running' ? undefined : job;
      });
      expect(done).toMatchObject({ status: 'done', progress: { done: 1, total: 1 } });
      expect((await admin({ method: 'get', path: '/api/directory/organisations/bodo-sor-legesenter' })).body.name).toBe(
        'Bodø sør legesenter',
      );
      // Another's import is none of an admin's polling.
      await admin({ method: 'get', path: started.headers.location }).then((r) => expect(r.status).toBe(404));
      const again = await upload('koordinator.nord', windows1252, 'text/csv', true);
      expect(again.body).toEqual({
        summary: expect.objectContaining({ organisations: { added: 0, changed: 0, unchanged: 1 } }),
        entries: [],
      });
    });

    it('keeps a coordinator’s import to their region: another region’s rows are named, nothing is imported', async () => {
      const csv = [HEADINGS, row('bodo-vest-forsok', 'Bodø vest', '919999101')].join('\r\n');
      const response = await upload('koordinator.vest', csv, 'text/csv', true);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([
        expect.objectContaining({ row: 2, column: 'ID', message: 'is outside what you may change' }),
      ]);
    });

    it('takes JSON too, naming a bad entry by its path', async () => {
      const bad = await upload(
        'admin',
        JSON.stringify({ organisations: [{ id: 'x', herId: 'nope' }] }),
        'application/json',
        true,
      );
      expect(bad.status).toBe(400);
      expect(bad.body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: expect.stringMatching(/^organisations\[0\]\.herId/) }),
        ]),
      );
      const party = {
        id: 'ny-leverandor',
        kind: 'vendor',
        name: 'Ny leverandør AS',
        products: ['Nyjournal'],
        contactEmails: ['support@ny.example.no'],
        serviceLevel: { firstResponseHours: 8, resolutionHours: 80 },
      };
      const dry = await upload('admin', JSON.stringify({ parties: [party] }), 'application/json', true);
      expect(dry.status).toBe(200);
      expect(dry.body.entries).toEqual([
        expect.objectContaining({ kind: 'parties', id: 'ny-leverandor', outcome: 'added' }),
      ]);
    });

    it('refuses a file that is not one: not CSV with the headings, not JSON', async () => {
      const notJson = await upload('admin', '{ nope', 'application/json', true);
      expect(notJson.status).toBe(400);
      expect(notJson.body.errors).toEqual([
        expect.objectContaining({ field: 'body', message: expect.stringMatching(/not JSON/) }),
      ]);
      const noHeadings = await upload('admin', 'a;b;c\r\n1;2;3', 'text/csv', true);
      expect(noHeadings.status).toBe(400);
      expect(noHeadings.body.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ row: 1, column: 'Oppføring' })]),
      );
    });
  });
});
