import type { IndicatorSnapshot } from '@lagspill/contracts';
import {
  CaseFactsProjection,
  CaseStatusFeedProjection,
  IndicatorSchedule,
  IndicatorSnapshotProjection,
  isoWeek,
  type StatusChange,
} from '@lagspill/insights';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { CaseApi, sfmSyncReport } from './support/case-api';

const DAY_MS = 86_400_000;

describe('publication over HTTP: weekly indicator snapshots and the status feed', () => {
  let t: TestApp;
  let api: CaseApi;

  beforeAll(async () => {
    t = await startTestApp({ INDICATOR_REFRESH_INTERVAL_MS: '0' });
    api = new CaseApi(t);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('publishes each ended week once, as an event, readable at /api/indicators/snapshots', async () => {
    for (let i = 0; i < 5; i++) await api.reportedAndRouted('lege.cgm', sfmSyncReport());
    await t.app.get(CaseFactsProjection).whenCaughtUp();
    const schedule = t.app.get(IndicatorSchedule);
    const monday = new Date();
    monday.setUTCHours(0, 0, 0, 0);
    monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
    // As if it were an hour into next week: this week has ended, next week has not.
    const nextWeek = new Date(monday.getTime() + 7 * DAY_MS + 3_600_000);
    const published = await schedule.tick(nextWeek);
    expect(published).toEqual([isoWeek(monday)]);
    expect(await schedule.tick(nextWeek)).toEqual([]);

    await t.app.get(IndicatorSnapshotProjection).whenCaughtUp();
    const response = await api.get('koordinator.nord', '/api/indicators/snapshots');
    expect(response.status).toBe(200);
    const [snapshot] = (response.body as { items: IndicatorSnapshot[] }).items;
    expect(snapshot).toMatchObject({ week: isoWeek(monday), start: monday.toISOString() });
    expect(snapshot.tables.total[0]).toMatchObject({ group: 'total', reported: 5, suppressed: false });
    expect(Object.keys(snapshot.tables).sort()).toEqual([
      'category',
      'helsefellesskap',
      'organisationType',
      'party',
      'total',
    ]);
    expect((await api.get('support.cgm', '/api/indicators/snapshots')).status).toBe(403);
  });

  it('feeds every status change, in order, to those who may see the case, with a cursor', async () => {
    const routed = await api.reportedAndRouted('lege.cgm', sfmSyncReport());
    const version = routed.version;
    expect((await api.command('support.cgm', routed.id, 'acknowledge', version)).status).toBe(200);
    expect(
      (await api.command('support.cgm', routed.id, 'forward', version + 1, { party: 'nhn', reason: 'SFM-feil' }))
        .status,
    ).toBe(200);
    await t.app.get(CaseStatusFeedProjection).whenCaughtUp();

    const feed = async (username: string, after = 0) => {
      const response = await api.get(username, `/api/status-changes?after=${after}&limit=1000`);
      expect(response.status).toBe(200);
      return response.body as { items: StatusChange[]; next: number | null };
    };
    const ofCase = (items: StatusChange[]) =>
      items.filter((c) => c.caseId === routed.id).map((c) => [c.type, c.status, c.party]);
    const expected = [
      ['case.reported', 'reported', null],
      ['case.routed', 'routed', 'cgm'],
      ['case.acknowledged', 'acknowledged', 'cgm'],
      ['case.forwarded', 'routed', 'nhn'],
    ];
    expect(ofCase((await feed('support.cgm')).items)).toEqual(expected);
    // NHN got the case later, and sees its whole story; a party it never reached sees none of it.
    expect(ofCase((await feed('kundesenter.nhn')).items)).toEqual(expected);
    expect(ofCase((await feed('support.pridok')).items)).toEqual([]);
    expect(ofCase((await feed('lege.cgm')).items)).toEqual(expected);

    const all = await feed('admin');
    const positions = all.items.map((c) => c.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const half = positions[Math.floor(positions.length / 2)];
    const rest = await feed('admin', half);
    expect(rest.items.map((c) => c.position)).toEqual(positions.filter((p) => p > half));
    expect((await feed('admin', all.next ?? 0)).items).toEqual([]);

    const bad = await api.get('admin', '/api/status-changes?after=-1');
    expect(bad.status).toBe(400);
    expect((bad.body as { errors: { field: string }[] }).errors[0].field).toBe('after');
  });
});
