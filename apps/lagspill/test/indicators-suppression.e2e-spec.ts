import type { IndicatorRow, IndicatorSnapshot, IndicatorTable } from '@lagspill/contracts';
import { EventStore } from '@lagspill/event-store';
import { CaseFactsProjection, IndicatorSchedule, IndicatorSnapshotProjection, isoWeek } from '@lagspill/insights';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { CaseApi, sfmSyncReport } from './support/case-api';

const DAY_MS = 86_400_000;
const COUNTS = [
  'cases',
  'reported',
  'resolved',
  'open',
  'slaBreached',
  'reopened',
  'fragmentedList',
  'harmful',
  'harmfulNotified',
  'harmfulWillNotify',
  'harmfulNotNotified',
  'harmfulNotStated',
] as const;
/** Figures of issue 17, which weeks published before it do not hold. */
const FIGURES_ADDED_LATER = [
  'bothMultidoseShare',
  'fragmentedList',
  'fragmentedListShare',
  'harmful',
  'harmfulNotified',
  'harmfulWillNotify',
  'harmfulNotNotified',
  'harmfulNotStated',
] as const;
type FiguresAddedLater = (typeof FIGURES_ADDED_LATER)[number];

/**
 * Issue 14, item 5: a vendor's month had 13 cases, 11 from Lofoten, Vesterålen og Salten and 2 from Troms
 * og Ofoten. The ungrouped answer said 13, the answer by helsefellesskap showed 11 and hid the other
 * group: 13 − 11 = 2, one GP office. No hidden group may be left alone in its interval.
 */
describe('small-group suppression over HTTP: no hidden group by subtraction', () => {
  let t: TestApp;
  let api: CaseApi;
  let nextWeek: Date;
  let monday: Date;
  const today = new Date().toISOString().slice(0, 10);

  const table = async (username: string, query: string) => {
    const response = await api.get(username, `/api/indicators?${query}`);
    expect({ status: response.status, body: response.body as unknown }).toMatchObject({ status: 200 });
    return response.body as IndicatorTable;
  };

  /** What a caller learns by subtracting the visible groups from the known total, figure by figure. */
  const derivable = (total: IndicatorRow, groups: readonly IndicatorRow[]) => {
    const hidden = groups.filter((row) => row.suppressed);
    if (hidden.length !== 1 || total.suppressed) return undefined;
    const visible = groups.filter((row) => !row.suppressed);
    return Object.fromEntries(
      COUNTS.map((name) => [name, (total[name] ?? 0) - visible.reduce((sum, row) => sum + (row[name] ?? 0), 0)]),
    );
  };

  beforeAll(async () => {
    t = await startTestApp({ INDICATOR_REFRESH_INTERVAL_MS: '0' });
    api = new CaseApi(t);
    // Mørkved legesenter (Bodø: Lofoten, Vesterålen og Salten) and Tromsø sentrum legesenter (Troms og
    // Ofoten), both reporting CGM Journal faults: all 13 go to CGM.
    for (let i = 0; i < 11; i++) await api.reportedAndRouted('lege.cgm', sfmSyncReport({ title: `SFM-feil ${i}` }));
    const cgm = { vendor: 'cgm', product: 'CGM Journal', version: '8.4.2' };
    for (let i = 0; i < 2; i++) await api.reportedAndRouted('lege.eg', sfmSyncReport({ system: cgm }));
    await t.app.get(CaseFactsProjection).whenCaughtUp();
    monday = new Date(`${today}T00:00:00.000Z`);
    monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
    // As if it were an hour into next week: this week's figures are final and published.
    nextWeek = new Date(monday.getTime() + 7 * DAY_MS + 3_600_000);
    await t.app.get(IndicatorSchedule).tick(nextWeek);
  }, 120_000); // thirteen reports, each routed: more than the 5 s hooks get by default

  afterAll(async () => {
    await t?.close();
  });

  it("leaves the vendor's small group underivable from its ungrouped month (the reported case)", async () => {
    const query = `from=${today}&to=${today}&interval=month`;
    const total = await table('support.cgm', query);
    expect(total.rows).toHaveLength(1);
    expect(total.rows[0]).toMatchObject({ reported: 13, suppressed: false });

    const grouped = await table('support.cgm', `${query}&by=helsefellesskap`);
    expect(grouped.scope).toBe('party:cgm');
    expect(grouped.rows.map((row) => row.group).sort()).toEqual(['lovesa', 'troms-og-ofoten']);
    expect(derivable(total.rows[0], grouped.rows)).toBeUndefined();
    // Only two groups: the one under five hides the other with it.
    expect(grouped.rows.map((row) => [row.group, row.suppressed, row.reported])).toEqual([
      ['lovesa', true, null],
      ['troms-og-ofoten', true, null],
    ]);
  });

  it('hides the same in the CSV', async () => {
    const response = await t
      .http()
      .get(`/api/indicators?from=${today}&to=${today}&interval=month&by=helsefellesskap`)
      .set(await api.authorization('support.cgm'))
      .set('Accept', 'text/csv')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(response.status).toBe(200);
    const lines = (response.body as Buffer).toString('utf8').slice(1).trim().split('\r\n').slice(1);
    // Gruppe; Skjult; Meldt
    expect(lines.map((line) => [2, 4, 6].map((i) => line.split(';')[i]))).toEqual([
      ['lovesa', 'ja', ''],
      ['troms-og-ofoten', 'ja', ''],
    ]);
  });

  it('hides the same for admins, and a coordinator still sees every group', async () => {
    const query = `from=${today}&to=${today}&interval=week&by=helsefellesskap`;
    const admin = await table('admin', query);
    const total = await table('admin', `from=${today}&to=${today}&interval=week`);
    expect(total.rows[0]).toMatchObject({ reported: 13, suppressed: false });
    expect(derivable(total.rows[0], admin.rows)).toBeUndefined();
    expect(admin.rows.filter((row) => row.suppressed)).toHaveLength(2);

    const coordinator = await table('koordinator.nord', query);
    expect(coordinator.rows.map((row) => [row.group, row.suppressed, row.reported])).toEqual([
      ['lovesa', false, 11],
      ['troms-og-ofoten', false, 2],
    ]);
  });

  it('publishes the week with the complementary group hidden too', async () => {
    await t.app.get(IndicatorSnapshotProjection).whenCaughtUp();
    const response = await api.get('admin', `/api/indicators/snapshots?from=${monday.toISOString().slice(0, 10)}`);
    expect(response.status).toBe(200);
    const snapshot = (response.body as { items: IndicatorSnapshot[] }).items.find((s) => s.week === isoWeek(monday));
    expect(snapshot).toBeDefined();
    const { total, helsefellesskap } = snapshot!.tables;
    expect(total[0]).toMatchObject({ reported: 13, suppressed: false });
    expect(derivable(total[0], helsefellesskap)).toBeUndefined();
    expect(helsefellesskap.filter((row) => row.suppressed)).toHaveLength(2);
  });

  it('hides the complement, when read, of a week published before the rule', async () => {
    // A week as the old publisher wrote it: only the group under five hidden.
    const week = '2020-W02';
    const start = '2020-01-06T00:00:00.000Z';
    const end = '2020-01-13T00:00:00.000Z';
    const old = (group: string, reported: number | null): Omit<IndicatorRow, FiguresAddedLater> => ({
      start,
      end,
      group,
      label: group,
      suppressed: reported === null,
      cases: reported,
      reported,
      resolved: reported === null ? null : 0,
      open: reported,
      backlogAgeP50Hours: null,
      backlogAgeP90Hours: null,
      firstResponseP50Hours: null,
      firstResponseP90Hours: null,
      resolutionP50Hours: null,
      resolutionP90Hours: null,
      slaBreached: reported === null ? null : 0,
      reopened: reported === null ? null : 0,
      paperMultidoseShare: null,
      multiplePatientsShare: null,
    });
    const tables = {
      total: [old('total', 13)],
      helsefellesskap: [old('lovesa', 11), old('troms-og-ofoten', null)],
      party: [old('cgm', 13)],
      category: [old('sfm', 13)],
      organisationType: [old('gp-office', 13)],
    };
    await t.app
      .get(EventStore)
      .append(`indicators-${week}`, 0, [
        { type: 'indicators.published', schemaVersion: 1, data: { week, start, end, publishedAt: end, tables } },
      ]);
    await t.app.get(IndicatorSnapshotProjection).whenCaughtUp();
    const response = await api.get('admin', '/api/indicators/snapshots?from=2020-01-01&to=2020-01-31');
    expect(response.status).toBe(200);
    const [snapshot] = (response.body as { items: IndicatorSnapshot[] }).items;
    expect(snapshot.week).toBe(week);
    expect(derivable(snapshot.tables.total[0], snapshot.tables.helsefellesskap)).toBeUndefined();
    expect(snapshot.tables.helsefellesskap.map((row) => [row.group, row.suppressed, row.reported])).toEqual([
      ['lovesa', true, null],
      ['troms-og-ofoten', true, null],
    ]);
    // Figures that did not exist when the week was published read as null (not counted then), not as missing.
    for (const row of Object.values(snapshot.tables).flat()) {
      expect(Object.fromEntries(FIGURES_ADDED_LATER.map((name) => [name, row[name]]))).toEqual(
        Object.fromEntries(FIGURES_ADDED_LATER.map((name) => [name, null])),
      );
    }
    expect(snapshot.tables.total[0]).toMatchObject({ reported: 13, suppressed: false });
  });
});
