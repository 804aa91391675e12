import type { IndicatorRow, IndicatorTable } from '@lagspill/contracts';
import { CaseFactsProjection, IndicatorRefresher } from '@lagspill/insights';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { CaseApi, sfmSyncReport, type CaseBody } from './support/case-api';

/** A multidose pharmacy's report of a prescription written the wrong way for multidose (issue 17). */
function prescribingMethodReport(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    category: 'prescribing',
    subcategory: 'multidose-method',
    title: 'Resepten er forskrevet slik at vi ikke kan pakke den i multidose',
    description: 'Legen har forskrevet som vanlig resept; den må forskrives på multidose for at vi kan pakke.',
    occurredAt: '2026-11-20T09:30:00Z',
    multidoseMode: 'electronic',
    harm: 'none',
    scope: { multiplePatients: false, multipleOrganisations: true },
    ...overrides,
  };
}

/**
 * Issue 17, points 1 and 6 over HTTP: the organisation a report concerns is a grouping of the indicators
 * (named from the directory, "Ingen" for none), a correction by the working group moves the case, and the
 * fragmented-list, both-multidose and harm figures reach the JSON and the CSV, hidden like every figure.
 */
describe('indicators by the organisation a report concerns, with the report flags, over HTTP', () => {
  let t: TestApp;
  let api: CaseApi;
  let corrected: CaseBody;
  const today = new Date().toISOString().slice(0, 10);
  const month = `from=${today}&to=${today}&interval=month`;

  const table = async (username: string, query: string) => {
    const response = await api.get(username, `/api/indicators?${query}`);
    expect({ status: response.status, body: response.body as unknown }).toMatchObject({ status: 200 });
    return response.body as IndicatorTable;
  };
  const csv = async (username: string, query: string) => {
    const response = await t
      .http()
      .get(`/api/indicators?${query}`)
      .set(await api.authorization(username))
      .set('Accept', 'text/csv')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(response.status).toBe(200);
    return (response.body as Buffer).toString('utf8').slice(1).trim().split('\r\n');
  };
  const refreshed = async () => {
    await t.app.get(CaseFactsProjection).whenCaughtUp();
    await t.app.get(IndicatorRefresher).refresh();
  };
  const groups = (body: IndicatorTable) => body.rows.map((row) => [row.group, row.label, row.reported]);

  beforeAll(async () => {
    t = await startTestApp({ INDICATOR_REFRESH_INTERVAL_MS: '0' });
    api = new CaseApi(t);
    // Apotek 1 multidose Bodø: six about Mørkved legesenter, two about Rønvik legesenter on paper and eMD.
    for (let i = 0; i < 6; i++) {
      const body = prescribingMethodReport({ concerns: 'morkved-legesenter', title: `Multidoseresept ${i}` });
      expect((await api.report('multidose', body)).status).toBe(201);
    }
    for (const deviationNotice of [
      { status: 'notified', channel: 'melde-no', reference: 'MELD-2026-0042' },
      { status: 'will-notify' },
    ]) {
      const body = prescribingMethodReport({
        concerns: 'ronvik-legesenter',
        multidoseMode: 'both',
        fragmentedList: true,
        harm: 'moderate',
        deviationNotice,
      });
      expect((await api.report('multidose', body)).status).toBe(201);
    }
    // Two from Mørkved's GP about no other organisation: one harmful without a word on the notice.
    expect((await api.report('lege.cgm', sfmSyncReport({ multidoseMode: 'paper', harm: 'minor' }))).status).toBe(201);
    corrected = await api.reportedAndRouted(
      'lege.cgm',
      sfmSyncReport({ harm: 'severe', fragmentedList: true, deviationNotice: { status: 'not-notified' } }),
    );
    await refreshed();
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('groups by the organisation concerned, named from the directory, and "Ingen" for the rest', async () => {
    const body = await table('koordinator.nord', `${month}&by=concernedOrganisation`);
    expect(body.by).toBe('concernedOrganisation');
    expect(groups(body)).toEqual([
      ['morkved-legesenter', 'Mørkved legesenter', 6],
      ['none', 'Ingen', 2],
      ['ronvik-legesenter', 'Rønvik legesenter', 2],
    ]);
  });

  it('counts both-multidose as paper too, the fragmented list, and harm by what was said of the notice', async () => {
    const [total] = (await table('koordinator.nord', month)).rows;
    expect(total).toMatchObject({
      reported: 10,
      paperMultidoseShare: 0.3,
      bothMultidoseShare: 0.2,
      fragmentedList: 3,
      fragmentedListShare: 0.3,
      harmful: 4,
      harmfulNotified: 1,
      harmfulWillNotify: 1,
      harmfulNotNotified: 1,
      harmfulNotStated: 1,
    });
  });

  it('moves a case to the organisation the working group names later, from its report on', async () => {
    const response = await api.command('koordinator.nord', corrected.id, 'concerned-organisation', corrected.version, {
      organisation: 'ronvik-legesenter',
    });
    expect({ status: response.status, body: response.body as unknown }).toMatchObject({ status: 200 });
    await refreshed();
    const body = await table('koordinator.nord', `${month}&by=concernedOrganisation`);
    expect(groups(body)).toEqual([
      ['morkved-legesenter', 'Mørkved legesenter', 6],
      ['none', 'Ingen', 1],
      ['ronvik-legesenter', 'Rønvik legesenter', 3],
    ]);
    expect(body.rows.find((row) => row.group === 'ronvik-legesenter')).toMatchObject({
      fragmentedList: 3,
      harmful: 3,
      harmfulNotNotified: 1,
    });
  });

  it('hides organisations concerned by few cases from others, so none follows from the total', async () => {
    const total = (await table('admin', month)).rows[0];
    expect(total).toMatchObject({ reported: 10, harmful: 4, suppressed: false });
    const body = await table('admin', `${month}&by=concernedOrganisation`);
    const hidden = body.rows.filter((row) => row.suppressed);
    expect(hidden.map((row) => row.group)).toEqual(['none', 'ronvik-legesenter']);
    for (const row of hidden) {
      expect(Object.values(figures(row)).every((value) => value === null)).toBe(true);
    }
    // What subtraction gives is the two hidden groups together, never one of them.
    const visible = body.rows.filter((row) => !row.suppressed);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    expect((total.harmful ?? 0) - visible.reduce((sum, row) => sum + (row.harmful ?? 0), 0)).toBe(4);
  });

  it('gives the new grouping and figures in the CSV, hidden alike', async () => {
    const [header, ...lines] = await csv('koordinator.nord', `${month}&by=concernedOrganisation`);
    expect(header.split(';').slice(-8)).toEqual([
      'Andel både papir og eMD',
      'Dobbeltregistrering/fragmentert liste',
      'Andel dobbeltregistrering/fragmentert liste',
      'Skade utover nestenhendelse',
      'Herav meldt uønsket hendelse',
      'Herav vil melde',
      'Herav ikke meldt',
      'Herav ikke oppgitt',
    ]);
    const ronvik = lines.map((line) => line.split(';')).find((fields) => fields[2] === 'ronvik-legesenter');
    expect(ronvik?.[3]).toBe('Rønvik legesenter');
    expect(ronvik?.slice(-8)).toEqual(['0,6667', '3', '1', '3', '1', '1', '1', '0']);

    const hidden = (await csv('admin', `${month}&by=concernedOrganisation`))
      .slice(1)
      .map((line) => line.split(';'))
      .find((fields) => fields[2] === 'ronvik-legesenter');
    expect(hidden?.[4]).toBe('ja');
    expect(hidden?.slice(-8)).toEqual(['', '', '', '', '', '', '', '']);
  });

  it('refuses an unknown grouping, naming the field', async () => {
    const response = await api.get('koordinator.nord', '/api/indicators?by=concerns');
    expect(response.status).toBe(400);
    expect((response.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain('by');
  });
});

function figures(row: IndicatorRow): Record<string, unknown> {
  const { start, end, group, label, suppressed, ...rest } = row;
  void [start, end, group, label, suppressed];
  return rest;
}
