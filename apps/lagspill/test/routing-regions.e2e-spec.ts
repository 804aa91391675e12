import type { RoutingRuleTable } from '@lagspill/contracts';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { CaseApi, PROBLEM, sfmSyncReport } from './support/case-api';

const TRIAGE = { id: 'triage', description: 'Resten til arbeidsgruppen.', when: {}, target: 'working-group' };
const SFM_TO_NHN = [
  { id: 'sfm-to-nhn', description: 'SFM-feil rett til NHN.', when: { category: 'sfm' }, target: { party: 'nhn' } },
  TRIAGE,
];
const COLLABORATION = { category: 'collaboration', subcategory: 'responsibility' };

/**
 * Routing rules per region (issue 14, item 6): a coordinator reads and publishes their own region's
 * table, never another's; a region without a table of its own uses the national defaults, which only
 * admins publish; a case is routed by the table of the reporting organisation's region; and a table names
 * only parties that serve its region. Helse Nord: koordinator.nord, lege.cgm (Mørkved). Helse Vest:
 * koordinator.vest, lege.bergen (Bergen sentrum), lege.sandnes (Sandnes).
 */
describe('routing rules per region over HTTP', () => {
  let t: TestApp;
  let api: CaseApi;
  const table = (response: { body: unknown }) => response.body as RoutingRuleTable;
  const routedTo = async (username: string, body: Record<string, unknown>) =>
    (await api.reportedAndRouted(username, sfmSyncReport(body))).routedTo?.party;

  beforeAll(async () => {
    t = await startTestApp();
    api = new CaseApi(t);
  });

  afterAll(async () => {
    await t?.close();
  });

  it("lets a coordinator publish their own region's table, which routes that region's cases and no other's", async () => {
    const before = await api.get('koordinator.vest', '/api/routing/rules');
    expect(before.status).toBe(200);
    expect(before.headers.etag).toBe('"0"');
    expect(table(before)).toMatchObject({ region: 'helse-vest', version: 0, source: 'default' });

    const published = await t
      .http()
      .put('/api/routing/rules')
      .set(await api.authorization('koordinator.vest'))
      .set('If-Match', '"0"')
      .send({ rules: SFM_TO_NHN });
    expect(published.status).toBe(200);
    expect(table(published)).toMatchObject({ region: 'helse-vest', source: 'published', rules: SFM_TO_NHN });
    expect(published.headers.etag).toBe(`"${table(published).version}"`);
    expect(table(await api.get('lege.bergen', '/api/routing/rules'))).toEqual(table(published));
    expect(table(await api.get('koordinator.nord', '/api/routing/regions/helse-vest/rules'))).toEqual(table(published));

    // Helse Nord's table is untouched, and its cases go where they went before.
    const nord = table(await api.get('koordinator.nord', '/api/routing/rules'));
    expect(nord).toMatchObject({ region: 'helse-nord', version: 0, source: 'default' });
    expect(nord.rules.map((r) => r.id)).not.toContain('sfm-to-nhn');
    expect(await routedTo('lege.cgm', {})).toBe('cgm');
    expect(await routedTo('lege.bergen', {})).toBe('nhn');
    expect(await routedTo('lege.sandnes', COLLABORATION)).toBe('arbeidsgruppe-vest');
  });

  it("refuses another region's table, the national defaults and parties of another region, naming the field", async () => {
    const nordBefore = table(await api.get('admin', '/api/routing/regions/helse-nord/rules'));

    const other = await api.put('koordinator.vest', '/api/routing/regions/helse-nord/rules', { rules: SFM_TO_NHN });
    expect(other.status).toBe(403);
    expect(other.headers['content-type']).toMatch(PROBLEM);
    expect(other.body).toMatchObject({ code: 'NOT_RULE_TABLE_OWNER' });
    expect((await api.put('koordinator.nord', '/api/routing/national/rules', { rules: SFM_TO_NHN })).status).toBe(403);
    expect((await api.put('admin', '/api/routing/regions/helse-nord/rules', { rules: SFM_TO_NHN })).status).toBe(403);

    const toNord = [
      {
        id: 'to-nord',
        description: 'Til Nord.',
        when: { category: 'collaboration' },
        target: { party: 'arbeidsgruppe-nord' },
      },
      TRIAGE,
    ];
    const foreign = await api.put('koordinator.vest', '/api/routing/rules', { rules: toNord });
    expect(foreign.status).toBe(400);
    expect(foreign.headers['content-type']).toMatch(PROBLEM);
    expect((foreign.body as { errors: { field: string }[] }).errors).toEqual([
      { field: 'rules.0.target.party', message: expect.stringMatching(/arbeidsgruppe-nord does not serve helse-vest/) },
    ]);
    expect((await api.put('koordinator.vest', '/api/routing/regions/helse-vest/rules', { rules: toNord })).status).toBe(
      400,
    );

    expect(table(await api.get('admin', '/api/routing/regions/helse-nord/rules'))).toEqual(nordBefore);
    expect(await routedTo('lege.cgm', {})).toBe('cgm');
    const unknown = await api.get('koordinator.vest', '/api/routing/regions/helse-atlantis/rules');
    expect({ status: unknown.status, type: unknown.headers['content-type'] }).toEqual({
      status: 404,
      type: expect.stringMatching(PROBLEM),
    });
  });

  it('lets admins publish the national defaults, which every region without a table of its own uses', async () => {
    const national = [
      {
        id: 'collaboration-to-nhn',
        description: 'Samhandling til NHN.',
        when: { category: 'collaboration' },
        target: { party: 'nhn' },
      },
      TRIAGE,
    ];
    const regional = await api.put('admin', '/api/routing/rules', {
      rules: [{ ...national[0], target: { party: 'arbeidsgruppe-vest' } }, TRIAGE],
    });
    expect(regional.status).toBe(400);
    expect((regional.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual([
      'rules.0.target.party',
    ]);

    const published = await api.put('admin', '/api/routing/national/rules', { rules: national });
    expect(published.status).toBe(200);
    expect(table(published)).toMatchObject({ region: null, source: 'published', rules: national });
    expect(table(await api.get('admin', '/api/routing/rules'))).toEqual(table(published));

    // Helse Nord has no table of its own: the national defaults, under its name, at its own version 0.
    const nord = await api.get('koordinator.nord', '/api/routing/rules');
    expect(nord.headers.etag).toBe('"0"');
    expect(table(nord)).toMatchObject({
      region: 'helse-nord',
      version: 0,
      source: 'national',
      publishedBy: { username: 'admin' },
      rules: national,
    });
    expect(await routedTo('lege.cgm', COLLABORATION)).toBe('nhn');
    // Helse Vest keeps its own.
    expect(table(await api.get('koordinator.vest', '/api/routing/rules'))).toMatchObject({
      region: 'helse-vest',
      source: 'published',
      rules: SFM_TO_NHN,
    });
    expect(await routedTo('lege.bergen', COLLABORATION)).toBe('arbeidsgruppe-vest');

    // Helse Nord's first own table: If-Match "0", as it read.
    const own = await t
      .http()
      .put('/api/routing/rules')
      .set(await api.authorization('koordinator.nord'))
      .set('If-Match', '"0"')
      .send({ rules: [TRIAGE] });
    expect(own.status).toBe(200);
    expect(table(own)).toMatchObject({ region: 'helse-nord', source: 'published' });
    expect(await routedTo('lege.cgm', COLLABORATION)).toBe('arbeidsgruppe-nord');
  });
});
