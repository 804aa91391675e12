import type { ClusterView } from '@lagspill/contracts';
import { CaseFactsProjection, IncidentDelivery, IncidentProjection, type IncidentView } from '@lagspill/insights';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { CaseApi, caseBody, PROBLEM, sfmSyncReport, type CaseBody } from './support/case-api';

const CGM_842 = { vendor: 'cgm', product: 'CGM Journal', version: '8.4.2' };
const REPORTERS = ['lege.cgm', 'lege.pridok', 'lege.eg'];

describe('clusters and incidents over HTTP', () => {
  let t: TestApp;
  let api: CaseApi;
  const caughtUp = async () => {
    await t.app.get(CaseFactsProjection).whenCaughtUp();
    await t.app.get(IncidentDelivery).whenCaughtUp();
    await t.app.get(IncidentProjection).whenCaughtUp();
  };
  const clusters = async (query = '') => {
    await caughtUp();
    const response = await api.get('koordinator.nord', `/api/clusters${query}`);
    expect(response.status).toBe(200);
    return (response.body as { items: ClusterView[] }).items;
  };
  const post = async (username: string, path: string, body?: object) =>
    t
      .http()
      .post(path)
      .set(await api.authorization(username))
      .send(body);
  /** One report of the same fault from each of three organisations, on the same CGM version. */
  const reportFromThreeSites = async (subcategory: string): Promise<CaseBody[]> => {
    const cases: CaseBody[] = [];
    for (const username of REPORTERS) {
      cases.push(await api.reportedAndRouted(username, sfmSyncReport({ subcategory, system: CGM_842 })));
    }
    return cases;
  };

  beforeAll(async () => {
    t = await startTestApp({ INDICATOR_REFRESH_INTERVAL_MS: '0' });
    api = new CaseApi(t);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('suggests a cluster, confirms it as an incident, links the reports and delivers updates to them', async () => {
    const reports = await reportFromThreeSites('sync');
    const [suggestion] = (await clusters()).filter((c) => c.subcategory === 'sync');
    expect(suggestion).toMatchObject({
      status: 'suggested',
      system: CGM_842,
      category: 'sfm',
      reportCount: 3,
      versions: ['8.4.2'],
    });
    expect(suggestion.organisations).toHaveLength(3);
    expect(suggestion.cases.map((c) => c.caseId).sort()).toEqual(reports.map((r) => r.id).sort());

    expect(
      (await post('support.cgm', `/api/clusters/${suggestion.id}/confirm`, { title: 'CGM 8.4.2 mister SFM-synk' }))
        .status,
    ).toBe(403);
    const confirmed = await post('koordinator.nord', `/api/clusters/${suggestion.id}/confirm`, {
      title: 'CGM 8.4.2 mister SFM-synk',
    });
    expect(confirmed.status).toBe(201);
    const { incidentId } = confirmed.body as { incidentId: string };
    expect(confirmed.headers.location).toBe(`/api/incidents/${incidentId}`);
    const again = await post('koordinator.nord', `/api/clusters/${suggestion.id}/confirm`, { title: 'Igjen' });
    expect(again.status).toBe(409);
    expect(again.headers['content-type']).toMatch(PROBLEM);
    expect((await clusters()).map((c) => c.id)).not.toContain(suggestion.id);
    expect((await clusters('?status=confirmed'))[0]).toMatchObject({ id: suggestion.id, decision: { incidentId } });

    // Every report is linked to the incident, and each reporter sees the link on their case.
    await caughtUp();
    for (const [i, username] of REPORTERS.entries()) {
      const shown = caseBody(await api.getCase(username, reports[i].id));
      expect(shown.links).toContainEqual({ case: incidentId, relation: 'part-of-incident' });
    }

    // The vendor publishes an update; it becomes a public comment on every case.
    const published = await post('support.cgm', `/api/incidents/${incidentId}/updates`, {
      body: 'Rettet i 8.4.3, oppgrader.',
    });
    expect(published.status).toBe(201);
    await caughtUp();
    const incident = (await api.get('koordinator.nord', `/api/incidents/${incidentId}`)).body as IncidentView;
    const [update] = incident.updates;
    expect([...update.delivered].sort()).toEqual(reports.map((r) => r.id).sort());
    expect(update.pendingOrganisations).toHaveLength(3);
    for (const [i, username] of REPORTERS.entries()) {
      const shown = caseBody(await api.getCase(username, reports[i].id));
      expect(shown.comments.map((c) => c.body)).toContainEqual(expect.stringContaining('Rettet i 8.4.3'));
    }

    // A reporter acknowledges once, for their organisation, and sees only their own part.
    const acknowledged = await post(
      'lege.pridok',
      `/api/incidents/${incidentId}/updates/${update.updateId}/acknowledge`,
    );
    expect(acknowledged.status).toBe(200);
    const mine = acknowledged.body as IncidentView;
    expect(mine.cases).toHaveLength(1);
    expect(mine.organisationCount).toBe(3);
    expect(mine.updates[0].acknowledgedBy).toHaveLength(1);
    expect(mine.updates[0].pendingOrganisations).toEqual([]);
    expect(
      (await post('lege.pridok', `/api/incidents/${incidentId}/updates/${update.updateId}/acknowledge`)).status,
    ).toBe(409);
    const after = (await api.get('koordinator.nord', `/api/incidents/${incidentId}`)).body as IncidentView;
    expect(after.updates[0].pendingOrganisations).toHaveLength(2);

    // Those who take no part do not learn that it exists.
    expect((await api.get('support.pridok', `/api/incidents/${incidentId}`)).status).toBe(404);
    expect((await post('support.pridok', `/api/incidents/${incidentId}/updates`, { body: 'x' })).status).toBe(404);
    const unrelated = await api.get('sykehuslege', '/api/incidents');
    expect((unrelated.body as { items: IncidentView[] }).items.map((i) => i.id)).not.toContain(incidentId);
  });

  it('remembers a rejected suggestion', async () => {
    await reportFromThreeSites('performance');
    const [suggestion] = (await clusters()).filter((c) => c.subcategory === 'performance');
    expect(suggestion).toBeDefined();
    const rejected = await post('koordinator.nord', `/api/clusters/${suggestion.id}/reject`, {
      reason: 'Ulike årsaker',
    });
    expect(rejected.status).toBe(204);
    expect((await clusters()).map((c) => c.id)).not.toContain(suggestion.id);
    expect((await clusters('?status=rejected')).find((c) => c.id === suggestion.id)).toMatchObject({
      status: 'rejected',
      decision: { reason: 'Ulike årsaker' },
    });
    expect((await post('koordinator.nord', `/api/clusters/${suggestion.id}/reject`, { reason: 'Igjen' })).status).toBe(
      409,
    );
    expect(
      (await post('koordinator.nord', '/api/clusters/cl-0000000000000000/reject', { reason: 'Finnes ikke' })).status,
    ).toBe(404);
  });

  it('validates and guards the cluster endpoints', async () => {
    expect((await api.get('support.cgm', '/api/clusters')).status).toBe(403);
    const bad = await api.get('koordinator.nord', '/api/clusters?status=maybe');
    expect(bad.status).toBe(400);
    expect((bad.body as { errors: { field: string }[] }).errors[0].field).toBe('status');
    const noTitle = await post('koordinator.nord', '/api/clusters/cl-0000000000000000/confirm', {});
    expect(noTitle.status).toBe(400);
    expect((noTitle.body as { errors: { field: string }[] }).errors[0].field).toBe('title');
  });
});
