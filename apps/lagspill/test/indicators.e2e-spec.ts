import type { IndicatorTable } from '@lagspill/contracts';
import { CaseFactsProjection, IndicatorRefresher } from '@lagspill/insights';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { CaseApi, PROBLEM, sfmSyncReport } from './support/case-api';

describe('GET /api/indicators over HTTP', () => {
  let t: TestApp;
  let api: CaseApi;
  const today = new Date().toISOString().slice(0, 10);
  const table = async (username: string, query: string) => {
    const response = await api.get(username, `/api/indicators?${query}`);
    expect({ status: response.status, body: response.body as unknown }).toMatchObject({ status: 200 });
    return response.body as IndicatorTable;
  };
  const row = (body: IndicatorTable, group: string) => body.rows.find((r) => r.group === group);

  beforeAll(async () => {
    t = await startTestApp({ INDICATOR_REFRESH_INTERVAL_MS: '0' });
    api = new CaseApi(t);
    for (let i = 0; i < 6; i++) await api.reportedAndRouted('lege.cgm', sfmSyncReport({ title: `SFM-feil ${i}` }));
    await api.reportedAndRouted('lege.pridok', sfmSyncReport({ system: undefined }));
    await t.app.get(CaseFactsProjection).whenCaughtUp();
    await t.app.get(IndicatorRefresher).refresh();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('gives coordinators every group of their region, small ones included', async () => {
    const body = await table('koordinator.nord', `from=${today}&to=${today}&interval=day&by=party`);
    expect(body).toMatchObject({ interval: 'day', by: 'party', scope: 'region:helse-nord' });
    expect(row(body, 'cgm')).toMatchObject({ reported: 6, open: 6, suppressed: false, label: expect.any(String) });
    expect(row(body, 'pridok')).toMatchObject({ reported: 1, suppressed: false });
    expect(body.asOf).not.toBeNull();
  });

  it('hides groups under five cases from everyone else, and the group that would give them away', async () => {
    const body = await table('admin', `from=${today}&to=${today}&interval=day&by=party`);
    expect(row(body, 'pridok')).toMatchObject({ suppressed: true, reported: null, open: null });
    // The day's total (7) less CGM's 6 would be Pridok's 1: CGM is hidden with it.
    expect(row(body, 'cgm')).toMatchObject({ suppressed: true, reported: null });
    const total = await table('admin', `from=${today}&to=${today}&interval=day`);
    expect(total.rows[0]).toMatchObject({ reported: 7, suppressed: false });
  });

  it("shows a responder only their own party's figures", async () => {
    const body = await table('support.cgm', `from=${today}&to=${today}&interval=week&by=party`);
    expect(body.scope).toBe('party:cgm');
    expect(body.rows.map((r) => r.group)).toEqual(['cgm']);
    const byCategory = await table('support.pridok', `from=${today}&to=${today}&interval=month&by=category`);
    expect(byCategory.rows.every((r) => r.suppressed)).toBe(true);
  });

  it('refuses reporters', async () => {
    const response = await api.get('lege.cgm', '/api/indicators');
    expect(response.status).toBe(403);
    expect(response.headers['content-type']).toMatch(PROBLEM);
  });

  it('names the field and rule of a bad query', async () => {
    for (const [query, field] of [
      ['interval=year', 'interval'],
      ['by=vendor', 'by'],
      ['from=2026-13-01', 'from'],
      ['from=2026-05-01&to=2026-04-01', 'to'],
      ['from=2020-01-01&to=2026-01-01&interval=day', 'from'],
    ]) {
      const response = await api.get('koordinator.nord', `/api/indicators?${query}`);
      expect({ query, status: response.status, type: response.headers['content-type'] }).toEqual({
        query,
        status: 400,
        type: expect.stringMatching(PROBLEM),
      });
      expect((response.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain(field);
    }
  });

  it('gives the same table as CSV for Norwegian Excel', async () => {
    const response = await t
      .http()
      .get(`/api/indicators?from=${today}&to=${today}&interval=day&by=party`)
      .set(await api.authorization('koordinator.nord'))
      .set('Accept', 'text/csv')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="lagspill-indikatorer-day-party-/);
    const bytes = response.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0].split(';')).toContain('Meldt');
    expect(lines.some((line) => line.split(';')[2] === 'cgm' && line.split(';')[6] === '6')).toBe(true);
  });

  it('answers an unchanged table with 304 to a client that has it, and a new one after a refresh', async () => {
    const path = `/api/indicators?from=${today}&to=${today}&interval=day&by=party`;
    const auth = await api.authorization('koordinator.nord');
    const first = await t.http().get(path).set(auth).expect(200);
    const etag: string = first.headers.etag;
    expect(etag).toMatch(/^"[\w-]+"$/);
    await t.http().get(path).set(auth).set('If-None-Match', etag).expect(304);
    await api.reportedAndRouted('lege.cgm', sfmSyncReport({ title: 'Enda en SFM-feil' }));
    await t.app.get(CaseFactsProjection).whenCaughtUp();
    await t.app.get(IndicatorRefresher).refresh();
    const after = await t.http().get(path).set(auth).set('If-None-Match', etag).expect(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(row(after.body as IndicatorTable, 'cgm')).toMatchObject({ reported: 7 });
  });
});
