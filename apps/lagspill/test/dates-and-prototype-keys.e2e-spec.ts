import type { ClusterView } from '@lagspill/contracts';
import { CaseFactsProjection, IncidentDelivery, IncidentProjection } from '@lagspill/insights';
import { Client } from 'pg';
import type { Response } from 'supertest';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { CaseApi, PROBLEM, sfmSyncReport, type CaseBody } from './support/case-api';

/**
 * Issue 14, item 7: the bad input that still gave 500 (or was taken without a word), each as reported.
 * Dates IsISO8601 took but new Date() and PostgreSQL could not read, and field names and codes that a
 * plain-object lookup finds on Object.prototype. bad-input.e2e-spec.ts generates the families; these
 * are the examples, one by one.
 */
const DATE_FILTERS: readonly [path: string, username: string][] = [
  ['/api/cases', 'admin'],
  ['/api/audit', 'admin'],
  ['/api/clusters', 'koordinator.nord'],
  ['/api/indicators', 'admin'],
  ['/api/indicators/snapshots', 'admin'],
];

/** Each gave 500 on every date filter and as occurredAt before the API's own date grammar. */
const UNREADABLE_DATES = [
  '2026-W01',
  '2026-W47',
  '2026-W01-1',
  '2026-W47-5T09:30:00Z',
  '2026-324T09:30:00Z',
  '20260101',
  '20261120T093000Z',
  '2026-11-20T09:30:00+01',
  '2026-11-20T09:30:00,5Z',
];

/** Taken before (200 or 201) although the code read them as another instant, or PostgreSQL could not. */
const MISREAD_DATES = [
  '2026-001',
  '2026-01',
  '2026',
  '2026-11-20T09:30',
  '2026-11-20T09:30:00',
  '2026-11-20T09:30:00+0100',
  '2026-11-20T09:30:00+14:01',
  '2026-11-20T09:30:00-00:00',
  '2026-11-20T09:30:00.1234567890Z',
  '9999-12-31T23:59:59-14:00',
];

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

describe('dates the code cannot read, and names every object has (issue 14)', () => {
  let t: TestApp;
  let api: CaseApi;
  let routed: CaseBody;

  const send = async (method: 'get' | 'post' | 'put', username: string, path: string, json?: string) => {
    const http = t.http();
    const call = http[method](path).set(await api.authorization(username));
    return json === undefined ? call : call.set('Content-Type', 'application/json').send(json);
  };

  /** A 400 validation problem that names `field` (and nothing went wrong on the server). */
  function expectRefused(response: Response, field: string): void {
    expect({ status: response.status, type: response.headers['content-type'] }).toEqual({
      status: 400,
      type: expect.stringMatching(PROBLEM),
    });
    expect((response.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain(field);
  }

  beforeAll(async () => {
    t = await startTestApp({ INDICATOR_REFRESH_INTERVAL_MS: '0' });
    api = new CaseApi(t);
    routed = await api.reportedAndRouted('lege.cgm');
  }, 60_000); // start-up and one routed report: more than the 5 s hooks get by default

  afterAll(async () => {
    await t?.close();
  });

  describe.each(DATE_FILTERS)('GET %s', (path, username) => {
    it.each([...UNREADABLE_DATES, ...MISREAD_DATES])('refuses from=%s with 400 naming from', async (date) => {
      expectRefused(await send('get', username, `${path}?from=${encodeURIComponent(date)}`), 'from');
    });

    it.each(['2026-02-30', '2026-11-20T24:00:00Z', '2016-12-31T23:59:60Z', '0000-01-01', '2026-11-20t09:30:00z'])(
      'refuses to=%s with 400 naming to',
      async (date) => {
        expectRefused(await send('get', username, `${path}?to=${encodeURIComponent(date)}`), 'to');
      },
    );

    it('takes the documented forms: a date, a date-time in UTC, and one with an offset', async () => {
      for (const query of [
        'from=2026-01-01',
        'from=2026-01-01T00:00:00Z&to=2026-12-31',
        'to=2026-12-31T23:59:59.999%2B01:00',
      ])
        expect((await send('get', username, `${path}?${query}`)).status).toBe(200);
    });

    it.each(PROTOTYPE_NAMES)('refuses a query parameter named %s, naming it', async (name) => {
      expectRefused(await send('get', username, `${path}?${name}=1`), name);
    });
  });

  it.each([...UNREADABLE_DATES, ...MISREAD_DATES, '2026-11-20', '2026-02-30T09:30:00Z', '2026-11-20 09:30:00Z'])(
    'POST /api/reports refuses occurredAt %s with 400 naming occurredAt',
    async (occurredAt) => {
      expectRefused(await api.report('lege.cgm', sfmSyncReport({ occurredAt })), 'occurredAt');
    },
  );

  it('PUT /api/me/notifications refuses {"kinds":{"__proto__":true,"constructor":true}} and stores nothing', async () => {
    expectRefused(
      await send('put', 'lege.cgm', '/api/me/notifications', '{"kinds":{"__proto__":true,"constructor":true}}'),
      'kinds.__proto__',
    );
    for (const name of PROTOTYPE_NAMES) {
      const response = await send('put', 'lege.cgm', '/api/me/notifications', `{"kinds":{"${name}":true}}`);
      expectRefused(response, `kinds.${name}`);
    }
    const client = new Client({ connectionString: t.database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ kind: string }>('SELECT kind FROM notifications.preference');
      expect(rows).toEqual([]);
    } finally {
      await client.end();
    }
  });

  it.each(PROTOTYPE_NAMES)('refuses a field named %s anywhere in a report body', async (name) => {
    for (const [json, field] of [
      [`{"${name}":1}`, name],
      [`{"scope":{"multiplePatients":true,"multipleOrganisations":false,"${name}":{}}}`, `scope.${name}`],
      [`{"technical":{"traceId":"t","${name}":{"traceId":"x"}}}`, `technical.${name}`],
      [`{"system":{"vendor":"cgm","product":"CGM Journal","${name}":"x"}}`, `system.${name}`],
    ]) {
      const body = JSON.stringify({ ...sfmSyncReport(), ...(JSON.parse(json) as object) });
      expectRefused(await send('post', 'lege.cgm', '/api/reports', body), field);
    }
  });

  it.each(PROTOTYPE_NAMES)('takes %s as no known code wherever a code is looked up', async (code) => {
    const expectClientError = (response: Response, what: string) =>
      expect({
        what,
        status: response.status >= 400 && response.status < 500,
        type: response.headers['content-type'],
      }).toEqual({ what, status: true, type: expect.stringMatching(PROBLEM) });
    expectClientError(await api.report('lege.cgm', sfmSyncReport({ category: code })), 'category');
    expectClientError(await api.report('lege.cgm', sfmSyncReport({ subcategory: code })), 'subcategory');
    expectClientError(
      await api.report('lege.cgm', sfmSyncReport({ system: { vendor: code, product: 'x' } })),
      'system.vendor',
    );
    expectClientError(
      await api.command('support.cgm', routed.id, 'forward', routed.version, { party: code, reason: 'x' }),
      'party',
    );
    expectClientError(
      await api.command('support.cgm', routed.id, 'link', routed.version, { case: code, relation: 'related' }),
      'link',
    );
    expectClientError(
      await api.command('support.cgm', routed.id, 'comments', routed.version, { body: 'x', visibility: code }),
      'visibility',
    );
    expectClientError(await api.getCase('admin', code), 'case id');
    expectClientError(
      await send('post', 'admin', '/api/webhooks', JSON.stringify({ url: 'https://example.com/h', party: code })),
      'webhook party',
    );
    expectClientError(await send('post', 'admin', '/api/dev/token', JSON.stringify({ username: code })), 'username');
    expectClientError(await send('get', 'admin', `/api/indicators?by=${code}`), 'by');
    expectClientError(await send('get', 'admin', `/api/indicators?interval=${code}`), 'interval');
    const rules = {
      rules: [
        { id: 'a', description: 'd', when: { category: code }, target: { party: code } },
        { id: 'b', description: 'd', when: {}, target: 'nhn' },
      ],
    };
    expectClientError(await api.put('koordinator.nord', '/api/routing/rules', rules), 'routing rules');
    // Filters by a code nothing has are no error: the answer is empty.
    const listed = await send('get', 'admin', `/api/cases?category=${code}&party=${code}&helsefellesskap=${code}`);
    expect(listed.status === 200 || listed.status === 400).toBe(true);
    expect((await send('get', 'admin', `/api/webhooks?party=${code}`)).status).toBeLessThan(500);
  });

  it('answers 404 for an incident update called constructor, __proto__ or toString (it gave 500)', async () => {
    const cgm842 = { vendor: 'cgm', product: 'CGM Journal', version: '8.4.2' };
    for (const username of ['lege.cgm', 'lege.pridok', 'lege.eg'])
      await api.reportedAndRouted(username, sfmSyncReport({ subcategory: 'sync', system: cgm842 }));
    await t.app.get(CaseFactsProjection).whenCaughtUp();
    const clusters = (await api.get('koordinator.nord', '/api/clusters')).body as { items: ClusterView[] };
    const suggestion = clusters.items.find((c) => c.subcategory === 'sync');
    expect(suggestion).toBeDefined();
    const confirmed = await send(
      'post',
      'koordinator.nord',
      `/api/clusters/${suggestion!.id}/confirm`,
      JSON.stringify({ title: 'CGM 8.4.2 mister SFM-synk' }),
    );
    const { incidentId } = confirmed.body as { incidentId: string };
    expect(
      (await send('post', 'support.cgm', `/api/incidents/${incidentId}/updates`, '{"body":"Rettet"}')).status,
    ).toBe(201);
    await t.app.get(IncidentDelivery).whenCaughtUp();
    await t.app.get(IncidentProjection).whenCaughtUp();
    for (const updateId of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const response = await send(
        'post',
        'lege.pridok',
        `/api/incidents/${incidentId}/updates/${updateId}/acknowledge`,
      );
      expect({ updateId, status: response.status }).toEqual({ updateId, status: 404 });
    }
  }, 60_000);
});
