import type { ClusterView } from '@lagspill/contracts';
import { CaseFactsProjection, IncidentDelivery, IncidentProjection, type IncidentView } from '@lagspill/insights';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { CaseApi, caseBody, PROBLEM, sfmSyncReport, type CaseBody } from './support/case-api';

const CGM_842 = { vendor: 'cgm', product: 'CGM Journal', version: '8.4.2' };
const NORD = ['lege.cgm', 'lege.pridok', 'lege.eg'];
const VEST = ['lege.bergen', 'lege.knarvik', 'lege.sandnes'];
const NORD_ORGANISATIONS = ['morkved-legesenter', 'ronvik-legesenter', 'tromso-legesenter'];
const VEST_ORGANISATIONS = ['bergen-sentrum-legesenter', 'knarvik-legesenter', 'sandnes-legesenter'];

/**
 * Clusters and incidents across regions (issue 14, item 6). One CGM release fault reported from three
 * offices in Helse Nord and three in Helse Vest forms one cluster suggestion. Each region's coordinator
 * sees only their region's reports of it, and declares an incident for those alone; the incident's party
 * (CGM) speaks into them but sees no case ids or organisations. Nobody sees, posts into or acknowledges
 * another region's cases through an incident.
 */
describe('clusters and incidents across regions over HTTP', () => {
  let t: TestApp;
  let api: CaseApi;
  const reports = new Map<string, CaseBody>();
  const caseOf = (username: string) => reports.get(username) as CaseBody;
  const caughtUp = async () => {
    await t.app.get(CaseFactsProjection).whenCaughtUp();
    await t.app.get(IncidentDelivery).whenCaughtUp();
    await t.app.get(IncidentProjection).whenCaughtUp();
  };
  const clustersOf = async (username: string, query = '?status=all') => {
    await caughtUp();
    const response = await api.get(username, `/api/clusters${query}`);
    expect(response.status).toBe(200);
    return (response.body as { items: ClusterView[] }).items;
  };
  const syncCluster = async (username: string, query?: string) =>
    (await clustersOf(username, query)).find((c) => c.subcategory === 'sync');
  const post = async (username: string, path: string, body?: object) =>
    t
      .http()
      .post(path)
      .set(await api.authorization(username))
      .send(body);
  const incident = async (username: string, id: string) => {
    await caughtUp();
    return api.get(username, `/api/incidents/${id}`);
  };
  let nordIncident: string;
  let vestIncident: string;

  beforeAll(async () => {
    t = await startTestApp({ INDICATOR_REFRESH_INTERVAL_MS: '0' });
    api = new CaseApi(t);
    for (const username of [...NORD, ...VEST]) {
      reports.set(username, await api.reportedAndRouted(username, sfmSyncReport({ system: CGM_842 })));
    }
  });

  afterAll(async () => {
    await t?.close();
  });

  it("shows each coordinator only their own region's reports of a suggestion that spans regions", async () => {
    const vest = await syncCluster('koordinator.vest');
    expect(vest).toMatchObject({ status: 'suggested', reportCount: 6, organisationCount: 6 });
    expect(vest?.regions.toSorted()).toEqual(['helse-nord', 'helse-vest']);
    expect(vest?.organisations.map((o) => o.id).toSorted()).toEqual(VEST_ORGANISATIONS.toSorted());
    expect(vest?.cases.map((c) => c.caseId).toSorted()).toEqual(VEST.map((u) => caseOf(u).id).toSorted());

    const nord = await syncCluster('koordinator.nord');
    expect(nord?.id).toBe(vest?.id);
    expect(nord?.organisations.map((o) => o.id).toSorted()).toEqual(NORD_ORGANISATIONS.toSorted());
    expect(nord?.cases.map((c) => c.caseId).toSorted()).toEqual(NORD.map((u) => caseOf(u).id).toSorted());

    const all = await syncCluster('admin');
    expect(all?.organisations).toHaveLength(6);
    expect(all?.cases).toHaveLength(6);
  });

  it("declares a region's incident over that region's cases alone; the other region sees and posts into none of them", async () => {
    const suggestion = (await syncCluster('koordinator.nord')) as ClusterView;
    const confirmed = await post('koordinator.nord', `/api/clusters/${suggestion.id}/confirm`, {
      title: 'CGM 8.4.2 mister SFM-synk',
    });
    expect(confirmed.status).toBe(201);
    nordIncident = (confirmed.body as { incidentId: string }).incidentId;

    const declared = (await incident('koordinator.nord', nordIncident)).body as IncidentView;
    expect(declared.regions).toEqual(['helse-nord']);
    expect(declared.cases.map((c) => c.caseId).toSorted()).toEqual(NORD.map((u) => caseOf(u).id).toSorted());
    for (const username of NORD) {
      expect(caseBody(await api.getCase(username, caseOf(username).id)).links).toContainEqual({
        case: nordIncident,
        relation: 'part-of-incident',
      });
    }
    for (const username of VEST) {
      expect(caseBody(await api.getCase(username, caseOf(username).id)).links).toEqual([]);
    }

    // Helse Vest's coordinator does not learn that Helse Nord's incident exists, and cannot post into it.
    const hidden = await incident('koordinator.vest', nordIncident);
    expect({ status: hidden.status, type: hidden.headers['content-type'] }).toEqual({
      status: 404,
      type: expect.stringMatching(PROBLEM),
    });
    expect(
      (await post('koordinator.vest', `/api/incidents/${nordIncident}/updates`, { body: 'Fra vest' })).status,
    ).toBe(404);
    const listed = (await api.get('koordinator.vest', '/api/incidents')).body as { items: IncidentView[] };
    expect(listed.items.map((i) => i.id)).not.toContain(nordIncident);

    // The update reaches Helse Nord's cases only.
    const update = await post('support.cgm', `/api/incidents/${nordIncident}/updates`, { body: 'Rettet i 8.4.3.' });
    expect(update.status).toBe(201);
    await caughtUp();
    for (const username of NORD) {
      const comments = caseBody(await api.getCase(username, caseOf(username).id)).comments.map((c) => c.body);
      expect(comments).toContainEqual(expect.stringContaining('Rettet i 8.4.3.'));
    }
    for (const username of VEST) {
      const comments = caseBody(await api.getCase(username, caseOf(username).id)).comments.map((c) => c.body);
      expect(comments).not.toContainEqual(expect.stringContaining('Rettet i 8.4.3.'));
    }
  });

  it("lets the incident's party speak into the cases but see only counts, no case ids or organisations", async () => {
    const seen = (await incident('support.cgm', nordIncident)).body as IncidentView;
    expect(seen).toMatchObject({ caseCount: 3, organisationCount: 3, cases: [] });
    expect(seen.updates[0]).toMatchObject({
      delivered: [],
      deliveredCount: 3,
      skipped: [],
      acknowledgedBy: [],
      pendingOrganisations: [],
    });
    expect(JSON.stringify(seen)).not.toMatch(/legesenter/);
    expect(JSON.stringify(seen)).not.toContain(caseOf('lege.cgm').id);
  });

  it('lets the other region decide the same suggestion for its own reports, with a party that serves it', async () => {
    const suggestion = (await syncCluster('koordinator.vest', '?status=suggested')) as ClusterView;
    expect(suggestion).toMatchObject({ status: 'suggested', decision: null });
    expect(await syncCluster('koordinator.nord', '?status=suggested')).toBeUndefined();

    const foreignParty = await post('koordinator.vest', `/api/clusters/${suggestion.id}/confirm`, {
      title: 'CGM 8.4.2 mister SFM-synk',
      party: 'arbeidsgruppe-nord',
    });
    expect(foreignParty.status).toBe(400);
    expect((foreignParty.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(['party']);

    const confirmed = await post('koordinator.vest', `/api/clusters/${suggestion.id}/confirm`, {
      title: 'CGM 8.4.2 mister SFM-synk i vest',
    });
    expect(confirmed.status).toBe(201);
    vestIncident = (confirmed.body as { incidentId: string }).incidentId;
    expect(vestIncident).not.toBe(nordIncident);
    const declared = (await incident('koordinator.vest', vestIncident)).body as IncidentView;
    expect(declared.cases.map((c) => c.caseId).toSorted()).toEqual(VEST.map((u) => caseOf(u).id).toSorted());
    expect((await incident('koordinator.nord', vestIncident)).status).toBe(404);
    expect(caseBody(await api.getCase('lege.cgm', caseOf('lege.cgm').id)).links).toEqual([
      { case: nordIncident, relation: 'part-of-incident' },
    ]);
    expect((await post('koordinator.vest', `/api/clusters/${suggestion.id}/confirm`, { title: 'Igjen' })).status).toBe(
      409,
    );

    const all = await syncCluster('admin');
    expect(all?.status).toBe('confirmed');
    expect(all?.decisions.map((d) => [d.region, d.incidentId]).toSorted()).toEqual([
      ['helse-nord', nordIncident],
      ['helse-vest', vestIncident],
    ]);
  });

  it("lets reporters acknowledge updates of their own region's incident only", async () => {
    const update = await post('support.cgm', `/api/incidents/${vestIncident}/updates`, {
      body: 'Oppgrader til 8.4.3.',
    });
    expect(update.status).toBe(201);
    const vestUpdate = (update.body as IncidentView).updates[0].updateId;
    const nordUpdate = ((await incident('koordinator.nord', nordIncident)).body as IncidentView).updates[0].updateId;

    expect((await post('lege.bergen', `/api/incidents/${vestIncident}/updates/${vestUpdate}/acknowledge`)).status).toBe(
      200,
    );
    expect((await post('lege.bergen', `/api/incidents/${nordIncident}/updates/${nordUpdate}/acknowledge`)).status).toBe(
      404,
    );
    expect((await post('lege.cgm', `/api/incidents/${vestIncident}/updates/${vestUpdate}/acknowledge`)).status).toBe(
      404,
    );
  });

  it("hides a suggestion of another region's reports alone: no listing, no confirming, no rejecting", async () => {
    for (const username of NORD) {
      await api.reportedAndRouted(username, sfmSyncReport({ subcategory: 'performance', system: CGM_842 }));
    }
    const nordOnly = (await clustersOf('koordinator.nord')).find((c) => c.subcategory === 'performance');
    expect(nordOnly?.regions).toEqual(['helse-nord']);
    expect((await clustersOf('koordinator.vest')).map((c) => c.id)).not.toContain(nordOnly?.id);
    const id = nordOnly?.id as string;
    expect((await post('koordinator.vest', `/api/clusters/${id}/confirm`, { title: 'Ikke vår' })).status).toBe(404);
    expect((await post('koordinator.vest', `/api/clusters/${id}/reject`, { reason: 'Ikke vår' })).status).toBe(404);
    expect((await syncCluster('koordinator.nord'))?.status).toBe('confirmed');
  });
});
