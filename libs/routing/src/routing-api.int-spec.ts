import { randomUUID } from 'node:crypto';
import { CASE_DECIDER, caseStreamId, redactText, reportedSystem } from '@lagspill/domain';
import { DEMO_DIRECTORY } from '@lagspill/directory';
import { DeciderRepository } from '@lagspill/event-store';
import { RouteReportedCaseHandler } from './route-reported-case/route-reported-case.handler';
import { startRoutingHttpApp, type RoutingHttpApp } from './testing/routing-http-app';

const PROBLEM = /^application\/problem\+json/;

describe('routing over HTTP (Nest wiring)', () => {
  let t: RoutingHttpApp;
  const http = () => t.http();
  const catchAll = { id: 'triage', description: 'Resten', when: {}, target: 'working-group' };

  beforeAll(async () => {
    t = await startRoutingHttpApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('lists the responding parties for any role, without contact addresses', async () => {
    const { body } = await http().get('/api/parties').set('x-test-user', 'lege.cgm').expect(200);
    expect(body).toContainEqual({
      id: 'cgm',
      kind: 'vendor',
      name: 'CompuGroup Medical (CGM)',
      products: ['CGM Journal'],
      serviceLevel: { firstResponseHours: 24, resolutionHours: 240 },
    });
    expect(body).toContainEqual(
      expect.objectContaining({ id: 'arbeidsgruppe-nord', kind: 'working-group', region: 'helse-nord' }),
    );
    expect(body).toHaveLength(DEMO_DIRECTORY.parties.length);
  });

  it('serves the default rule table to any role', async () => {
    const response = await http().get('/api/routing/rules').set('x-test-user', 'support.cgm').expect(200);
    expect(response.headers.etag).toBe('"0"');
    expect(response.body).toMatchObject({ region: null, version: 0, source: 'default' });
    expect(response.body.rules.at(-1)).toEqual({
      id: 'triage',
      description: expect.any(String),
      when: {},
      target: 'working-group',
    });
  });

  it('lets only coordinators and admins publish', async () => {
    await http()
      .put('/api/routing/rules')
      .set('x-test-user', 'support.cgm')
      .send({ rules: [catchAll] })
      .expect(403);
  });

  it('rejects an invalid table with the broken fields', async () => {
    const response = await http()
      .put('/api/routing/rules')
      .set('x-test-user', 'koordinator.nord')
      .send({
        rules: [
          { id: 'a', description: 'A', when: { category: 'sfm' }, target: 'helpdesk' },
          { id: 'a', description: 'B', when: { category: 'sfm' }, target: 'vendor' },
        ],
      })
      .expect(400)
      .expect('Content-Type', PROBLEM);
    const messages = (response.body.errors as { field: string; message: string }[]).map(
      (e) => `${e.field}: ${e.message}`,
    );
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^rules\.0\.target: target must be one of/),
        expect.stringMatching(/^rules: rule ids must be unique/),
        expect.stringMatching(/^rules: the last rule, and only the last, must match every case/),
      ]),
    );

    const unknownParty = await http()
      .put('/api/routing/rules')
      .set('x-test-user', 'koordinator.nord')
      .send({
        rules: [{ id: 'x', description: 'X', when: { category: 'sfm' }, target: { party: 'nobody' } }, catchAll],
      })
      .expect(400)
      .expect('Content-Type', PROBLEM);
    expect(unknownParty.body.errors).toEqual([
      { field: 'rules.0.target.party', message: 'no party nobody in the directory' },
    ]);
    await http()
      .put('/api/routing/rules')
      .set('x-test-user', 'koordinator.nord')
      .send({ rules: [{ ...catchAll, extra: true }] })
      .expect(400);
  });

  it('publishes a table as an event, serves it, and routes the next case by it', async () => {
    const rules = [
      { id: 'sfm-to-nhn', description: 'SFM rett til NHN.', when: { category: 'sfm' }, target: { party: 'nhn' } },
      catchAll,
    ];
    const published = await http()
      .put('/api/routing/rules')
      .set('x-test-user', 'koordinator.nord')
      .set('If-Match', '"0"')
      .send({ rules })
      .expect(200);
    expect(published.headers.etag).toBe('"1"');
    expect(published.body).toMatchObject({
      version: 1,
      source: 'published',
      publishedBy: { username: 'koordinator.nord', role: 'coordinator' },
      rules,
    });
    const { body } = await http().get('/api/routing/rules').set('x-test-user', 'lege.cgm').expect(200);
    expect(body).toEqual(published.body);
    await http()
      .put('/api/routing/rules')
      .set('x-test-user', 'koordinator.nord')
      .set('If-Match', '"0"')
      .send({ rules })
      .expect(409)
      .expect('Content-Type', PROBLEM);

    const caseId = randomUUID();
    const reporter = {
      username: 'lege.cgm',
      name: 'Kari Nordmann',
      role: 'reporter' as const,
      organisation: 'morkved-legesenter',
    };
    const at = new Date().toISOString();
    await new DeciderRepository(t.store, CASE_DECIDER).handle(caseStreamId(caseId), {
      type: 'report-case',
      actor: reporter,
      at,
      report: {
        caseId,
        reference: 'PLL-2026-000001',
        category: 'sfm',
        subcategory: 'gui',
        title: { text: redactText('SFM henger'), piiRedacted: 0 },
        description: { text: redactText('SFM henger ved oppstart'), piiRedacted: 0 },
        occurredAt: at,
        reportedAt: at,
        reporter,
        system: reportedSystem({ vendor: 'cgm', product: 'CGM Journal' }),
        multidoseMode: 'electronic',
        harm: 'none',
        scope: { multiplePatients: false, multipleOrganisations: false },
        technical: {},
      },
    });
    // start() hands back the subscription the app started at bootstrap.
    await t.app.get(RouteReportedCaseHandler).start().whenCaughtUp();
    const routed = (await t.store.readStream(caseStreamId(caseId))).find((e) => e.type === 'case.routed');
    expect(routed?.data).toMatchObject({ party: 'nhn', rule: 'sfm-to-nhn' });
  });
});
