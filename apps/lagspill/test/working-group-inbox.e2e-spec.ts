import { CaseViewProjection } from '@lagspill/casework';
import { seedDemoYear } from '@lagspill/demo';
import { parseCsv } from '@lagspill/directory';
import { EventStore } from '@lagspill/event-store';
import { CaseReferenceSequence } from '@lagspill/intake';
import { TextScreener } from '@lagspill/platform';
import { RouteReportedCaseHandler } from '@lagspill/routing';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { CaseApi, caseBody, listBody, sfmSyncReport, type CaseBody } from './support/case-api';

const SEEDED_MONTH_END = new Date('2026-10-01T10:00:00.000Z');
const INBOX = (party: string) => `?party=${party}&open=true&sort=due`;
const collaboration = (title: string) =>
  sfmSyncReport({ category: 'collaboration', subcategory: 'no-contact', title, technical: {} });

/** Cases in the soonest-due-first order of the list: due time, then id; cases without a due time last. */
function dueOrder(a: CaseBody, b: CaseBody): number {
  const due = (c: CaseBody) => (c.routedTo ? Date.parse(c.routedTo.dueAt) : Number.POSITIVE_INFINITY);
  return due(a) - due(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Issue 17, point 5: the working group's own queue, as its coordinators get it. */
describe('the working group inbox', () => {
  let t: TestApp;
  let api: CaseApi;
  const act = async (username: string, c: CaseBody, action: string, body?: Record<string, unknown>) => {
    const version = caseBody(await api.getCase('admin', c.id)).version;
    const response = await api.command(username, c.id, action, version, body);
    if (response.status !== 200) throw new Error(`${action} gave ${response.status}: ${response.text}`);
    return caseBody(response);
  };
  const inbox = async (username: string, party: string) => {
    const response = await api.list(username, `${INBOX(party)}&limit=200`);
    expect(response.status).toBe(200);
    return listBody(response).items;
  };

  beforeAll(async () => {
    t = await startTestApp();
    api = new CaseApi(t);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('knows each coordinator’s working group, the party of their region', async () => {
    for (const [username, party, region] of [
      ['koordinator.nord', 'arbeidsgruppe-nord', 'helse-nord'],
      ['koordinator.vest', 'arbeidsgruppe-vest', 'helse-vest'],
    ]) {
      const me = await api.get(username, '/api/me');
      expect(me.body).toMatchObject({ role: 'coordinator', party, region, partyName: expect.any(String) });
      const parties = (await api.get(username, '/api/parties')).body as { id: string; kind: string; region?: string }[];
      expect(parties.find((p) => p.id === party)).toMatchObject({ kind: 'working-group', region });
    }
  });

  it('holds the open cases with the group now, soonest due first, and only those of its region', async () => {
    // Four collaboration faults in the north, one after the other: each due later than the one before.
    const north: CaseBody[] = [];
    for (const [reporter, title] of [
      ['sykepleier', 'Ingen svarer hos fastlegen om dosering'],
      ['farmasoyt', 'Uklart hvem som endrer multidoselisten'],
      ['lege.eg', 'Apoteket når ikke hjemmetjenesten'],
      ['multidose', 'Ingen kontaktperson for endringsforslag'],
    ])
      north.push(await api.reportedAndRouted(reporter, collaboration(title)));
    expect(north.map((c) => c.routedTo?.party)).toEqual(Array(4).fill('arbeidsgruppe-nord'));
    const west = await api.reportedAndRouted('lege.bergen', collaboration('Uklart ansvar i Bergen'));
    expect(west.routedTo?.party).toBe('arbeidsgruppe-vest');
    // With the vendor: not the group's, until the vendor forwards it there (a new clock, due last).
    const atVendor = await api.reportedAndRouted('lege.cgm');
    const forwarded = await api.reportedAndRouted('lege.cgm');
    await act('support.cgm', forwarded, 'forward', { party: 'arbeidsgruppe-nord', reason: 'Gjelder flere aktører' });
    // Resolved by the group: out of the inbox. Awaiting information: still the group's.
    const [first, resolved, asked, last] = north;
    await act('koordinator.nord', resolved, 'resolve', { resolution: 'Avklart i arbeidsgruppen' });
    await act('koordinator.nord', asked, 'request-information', { question: 'Hvilken kommune?' });
    await t.app.get(CaseViewProjection).whenCaughtUp();

    const items = await inbox('koordinator.nord', 'arbeidsgruppe-nord');
    // Exactly the group's open cases, in the order of their due times as their views give them now (asking
    // the reporter counts as the group's response: its clock is then the resolution's, due later).
    const expected = await Promise.all(
      [first, asked, last, forwarded].map(async (c) => caseBody(await api.getCase('koordinator.nord', c.id))),
    );
    expect(items.map((c) => c.reference)).toEqual(expected.sort(dueOrder).map((c) => c.reference));
    expect(new Set(items.map((c) => c.routedTo?.dueAt)).size).toBe(4);
    for (const item of items) {
      expect(item.routedTo?.party).toBe('arbeidsgruppe-nord');
      expect(['routed', 'acknowledged', 'awaiting-information']).toContain(item.status);
    }
    expect(items.map((c) => c.reference)).not.toContain(atVendor.reference);

    // The west's group gets its own; neither coordinator sees the other region's queue.
    expect((await inbox('koordinator.vest', 'arbeidsgruppe-vest')).map((c) => c.reference)).toEqual([west.reference]);
    expect(await inbox('koordinator.nord', 'arbeidsgruppe-vest')).toEqual([]);
    expect(await inbox('koordinator.vest', 'arbeidsgruppe-nord')).toEqual([]);
    // The vendor's inbox is as it was: its own open cases, not the one it forwarded.
    const vendor = (await inbox('support.cgm', 'cgm')).map((c) => c.reference);
    expect(vendor).toContain(atVendor.reference);
    expect(vendor).not.toContain(forwarded.reference);
  });
});

describe('the working group inbox on a seeded month', () => {
  let t: TestApp;
  let api: CaseApi;

  beforeAll(async () => {
    t = await startTestApp();
    api = new CaseApi(t);
    const app = t.app;
    await seedDemoYear(
      { store: app.get(EventStore), screener: app.get(TextScreener), references: app.get(CaseReferenceSequence) },
      // A month that ended long before any run of this test: the cases it leaves with the group are overdue
      // whatever day the test runs, and the same ones every time (the same seed and end give the same cases).
      { cases: 400, months: 1, now: SEEDED_MONTH_END },
    );
    // The router reads the seeded month first (it routed it already), then the new reports.
    await app.get(RouteReportedCaseHandler).whenCaughtUp(60_000);
    // And two the group has just got, due in the future.
    for (const reporter of ['sykepleier', 'farmasoyt'])
      await api.reportedAndRouted(reporter, collaboration('Ny sak uten kontaktpunkt'));
    await app.get(CaseViewProjection).whenCaughtUp();
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('lists every open case with the group due first, overdue ones at the top, and exports them marked', async () => {
    const items: CaseBody[] = [];
    let cursor: string | null = null;
    do {
      const page = listBody(
        await api.list(
          'koordinator.nord',
          `${INBOX('arbeidsgruppe-nord')}&limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        ),
      );
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(items.length).toBeGreaterThan(0);
    expect([...items].sort(dueOrder).map((c) => c.id)).toEqual(items.map((c) => c.id));

    const before = Date.now();
    const csv = await api.get('koordinator.nord', `/api/cases/export.csv${INBOX('arbeidsgruppe-nord')}`);
    const after = Date.now();
    expect(csv.status).toBe(200);
    const [headings, ...records] = parseCsv(csv.text).map((record) => record.cells);
    const column = (name: string) => headings.indexOf(name);
    expect(records.map((cells) => cells[column('Referanse')])).toEqual(items.map((c) => c.reference));
    // Overdue while the clock runs: due before the export began is marked, due after it ended is not.
    const marks = records.map((cells, i) => {
      const item = items[i];
      const due = Date.parse(item.routedTo?.dueAt ?? '');
      const running = item.status === 'routed' || item.status === 'acknowledged';
      const expected = !running || due > after ? 'nei' : due < before ? 'ja' : cells[column('Over fristen')];
      return { reference: item.reference, mark: cells[column('Over fristen')], expected };
    });
    expect(marks.map(({ reference, mark }) => ({ reference, mark }))).toEqual(
      marks.map(({ reference, expected }) => ({ reference, mark: expected })),
    );
    // The seeded month leaves the group both overdue and timely cases, the overdue ones first.
    const flags = marks.map((m) => m.mark);
    expect(flags).toContain('ja');
    expect(flags).toContain('nei');
    expect(flags.indexOf('ja')).toBeLessThan(flags.lastIndexOf('nei'));
  });
});
