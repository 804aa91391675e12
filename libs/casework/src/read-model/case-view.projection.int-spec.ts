import {
  CASE_DECIDER,
  CASE_STATUSES,
  caseStreamId,
  Directory,
  type CaseCommand,
  type CaseDocument,
  type CaseEvent,
  type CaseReportedData,
  type CaseState,
  type Viewer,
  redactText,
} from '@lagspill/domain';
import { DEMO_DIRECTORY } from '@lagspill/directory';
import { DeciderRepository, EventStore, EventStoreSchema1763769600000 } from '@lagspill/event-store';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { CASEWORK_MIGRATIONS } from '../casework.migrations';
import { ACTORS, aReport, plain, SERVICE_LEVEL } from '../testing/case-fixtures';
import { dueAtOf } from './case-due-at';
import { CaseViewDueAt1796083200000 } from './case-view-due-at.migration';
import { CASE_VIEW_SUBSCRIPTION, CaseViewProjection } from './case-view.projection';
import { CaseViewRepository, type CaseListFilter } from './case-view.repository';

describe('case view projection (PostgreSQL)', () => {
  let database: TestDatabase;
  let store: EventStore;
  let projection: CaseViewProjection;
  let client: Client;
  let dataSource: DataSource;
  let repository: CaseViewRepository;
  let cases: DeciderRepository<CaseCommand, CaseEvent, CaseState>;
  const directory = new Directory(DEMO_DIRECTORY);
  const at = (minutes: number) => new Date(Date.parse('2026-11-20T10:00:00.000Z') + minutes * 60_000).toISOString();

  const report = async (overrides: Partial<CaseReportedData> = {}) => {
    const data = aReport(overrides);
    await cases.handle(caseStreamId(data.caseId), {
      type: 'report-case',
      actor: data.reporter,
      at: data.reportedAt,
      report: data,
    });
    return data;
  };
  const run = (caseId: string, command: CaseCommand) => cases.handle(caseStreamId(caseId), command);
  const route = (caseId: string, party = 'cgm', when = at(0)) =>
    run(caseId, {
      type: 'route-case',
      actor: ACTORS.routing,
      at: when,
      party,
      rule: 'test',
      serviceLevel: SERVICE_LEVEL,
    });
  const allRows = async () =>
    (await client.query<Record<string, unknown>>(`SELECT * FROM casework.case_view ORDER BY id`)).rows;

  beforeAll(async () => {
    database = await createTestDatabase([EventStoreSchema1763769600000, ...CASEWORK_MIGRATIONS]);
    store = new EventStore({ connection: { connectionString: database.url }, pollIntervalMs: 50 });
    cases = new DeciderRepository(store, CASE_DECIDER);
    repository = new CaseViewRepository(store);
    projection = new CaseViewProjection(store, directory, repository);
    projection.start();
    client = new Client({ connectionString: database.url });
    await client.connect();
    dataSource = await new DataSource({ type: 'postgres', url: database.url }).initialize();
  });

  afterAll(async () => {
    await projection?.stop();
    await store?.close();
    await client?.end();
    await dataSource?.destroy();
    await database?.drop();
  });

  it('folds each case into one row with its filter and visibility columns', async () => {
    const reported = await report({
      description: { text: redactText('Gjelder [fødselsnummer]'), piiRedacted: 1, sealed: 's' },
    });
    await route(reported.caseId);
    await run(reported.caseId, { type: 'acknowledge-case', actor: ACTORS.cgm, at: at(5) });
    await run(reported.caseId, {
      type: 'forward-case',
      actor: ACTORS.cgm,
      at: at(10),
      to: 'nhn',
      reason: plain('SFM'),
      serviceLevel: SERVICE_LEVEL,
    });
    await projection.whenCaughtUp();

    const { rows } = await client.query(`SELECT * FROM casework.case_view WHERE id = $1`, [reported.caseId]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      reference: reported.reference,
      version: 4,
      status: 'routed',
      party: 'nhn',
      routed_parties: ['cgm', 'nhn'],
      reporter_organisation: 'morkved-legesenter',
      organisation_type: 'gp-office',
      region: 'helse-nord',
      helsefellesskap: directory.locate('morkved-legesenter').helsefellesskap.id,
      search_text: expect.stringContaining('gjelder [fødselsnummer]'),
    });
    expect(rows[0].reported_at.toISOString()).toBe(reported.reportedAt);
    expect(rows[0].document).toMatchObject({ id: reported.caseId, version: 4, routedParties: ['cgm', 'nhn'] });
    const checkpoint = await client.query(`SELECT 1 FROM event_store.subscriptions WHERE name = $1`, [
      CASE_VIEW_SUBSCRIPTION,
    ]);
    expect(checkpoint.rows).toHaveLength(1);
  });

  it('scopes queries by visibility, filters and pages newest first', async () => {
    const other = await report({
      reporter: ACTORS.otherReporter,
      reportedAt: '2026-11-21T08:00:00.000Z',
      title: plain('Resept 100% borte'),
      category: 'prescribing',
    });
    await route(other.caseId, 'eg');
    const older = await report({ reportedAt: '2026-10-01T08:00:00.000Z' });
    await projection.whenCaughtUp();

    const ids = async (viewer: Viewer, filter = {}) =>
      (await repository.list(viewer, { limit: 100, ...filter })).map((d) => d.id);
    const reporter: Viewer = { role: 'reporter', organisation: 'morkved-legesenter' };
    expect(await ids(reporter)).toContain(older.caseId);
    expect(await ids(reporter)).not.toContain(other.caseId);
    expect(await ids({ role: 'responder', party: 'eg' })).toEqual([other.caseId]);
    expect(await ids({ role: 'responder', party: 'apotek1' })).toEqual([]);
    expect(await ids({ role: 'coordinator', region: 'helse-nord' })).toContain(other.caseId);
    expect(await ids({ role: 'coordinator', region: 'helse-vest' })).toEqual([]);
    expect((await ids({ role: 'admin' })).length).toBeGreaterThanOrEqual(3);

    expect(await ids({ role: 'admin' }, { category: 'prescribing' })).toEqual([other.caseId]);
    expect(await ids({ role: 'admin' }, { q: '100%' })).toEqual([other.caseId]);
    expect(await ids({ role: 'admin' }, { q: '100_' })).toEqual([]);
    expect(await ids({ role: 'admin' }, { from: new Date('2026-11-21') })).toEqual([other.caseId]);
    expect(await ids({ role: 'admin' }, { toExclusive: new Date('2026-10-02') })).toEqual([older.caseId]);
    expect(await ids({ role: 'admin' }, { statuses: ['reported'] })).toContain(older.caseId);

    const all = await ids({ role: 'admin' });
    const first = await repository.list({ role: 'admin' }, { limit: 2 });
    const last = first[first.length - 1];
    const rest = await repository.list(
      { role: 'admin' },
      { limit: 100, after: { sort: 'reported', reportedAt: last.reportedAt, id: last.id } },
    );
    expect([...first, ...rest].map((d) => d.id)).toEqual(all);
    expect(all[0]).toBe(other.caseId);

    expect(await repository.findVisible(other.reference, { role: 'responder', party: 'eg' })).toMatchObject({
      id: other.caseId,
    });
    expect(await repository.findVisible(other.caseId, reporter)).toBeUndefined();
  });

  describe('soonest due first (sort=due)', () => {
    const eg = { ...ACTORS.cgm, username: 'support.eg', party: 'eg' };
    const hours = (n: number) => at(n * 60);
    /** The cases of this block, by name: each with the due time its view shows. */
    const named = new Map<string, { id: string; dueAt: string | null }>();
    const marker = 'forfallstest';

    beforeAll(async () => {
      const made = async (name: string, steps: (id: string) => Promise<unknown>, dueAt: string | null) => {
        const data = await report({ title: plain(`${marker} ${name}`), reporter: ACTORS.otherReporter });
        await steps(data.caseId);
        named.set(name, { id: data.caseId, dueAt });
      };
      // eg's first response is due 24 h after routing, its resolution 240 h after.
      await made('routed late', (id) => route(id, 'eg', hours(10)), hours(34));
      await made('routed early', (id) => route(id, 'eg', hours(-10)), hours(14));
      await made('routed late too', (id) => route(id, 'eg', hours(10)), hours(34)); // a tie: by id
      await made(
        'acknowledged',
        async (id) => {
          await route(id, 'eg', hours(0));
          await run(id, { type: 'acknowledge-case', actor: eg, at: hours(1) });
        },
        hours(240),
      );
      await made(
        'awaiting',
        async (id) => {
          await route(id, 'eg', hours(-200));
          await run(id, { type: 'request-information', actor: eg, at: hours(-199), question: plain('Versjon?') });
        },
        hours(40), // the clock stands still at the resolution due time
      );
      await made(
        'resolved',
        async (id) => {
          await route(id, 'eg', hours(-20));
          await run(id, { type: 'resolve-case', actor: eg, at: hours(-19), resolution: plain('Rettet') });
        },
        hours(220), // resolving is the response: the resolution due time shows
      );
      await made('not routed', () => Promise.resolve(), null);
      await made(
        'closed unrouted',
        (id) => run(id, { type: 'close-case', actor: ACTORS.coordinator, at: hours(1) }),
        null,
      );
      await projection.whenCaughtUp();
    });

    const admin: Viewer = { role: 'admin' };
    const ours: Partial<CaseListFilter> = { q: marker, sort: 'due' };
    /** Names in the order the cases should come: due time, no due time last, ties by id. */
    const expectedOrder = (names: string[]) =>
      names
        .map((name) => ({ name, ...(named.get(name) as { id: string; dueAt: string | null }) }))
        .sort((a, b) => {
          const key = (c: { dueAt: string | null }) => (c.dueAt === null ? Infinity : Date.parse(c.dueAt));
          return key(a) - key(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
        })
        .map((c) => c.id);
    const list = async (viewer: Viewer, filter: Partial<CaseListFilter>) =>
      (await repository.list(viewer, { limit: 100, ...filter })).map((d) => d.id);

    it('stores the due time the view shows', async () => {
      const { rows } = await client.query<{ id: string; due_at: Date | null; document: CaseDocument }>(
        `SELECT id, due_at, document FROM casework.case_view WHERE id = ANY($1::text[])`,
        [[...named.values()].map((c) => c.id)],
      );
      expect(rows).toHaveLength(named.size);
      for (const row of rows) {
        const expected = [...named.values()].find((c) => c.id === row.id)?.dueAt;
        expect(row.due_at?.toISOString() ?? null).toBe(expected);
        expect(dueAtOf(row.document)).toBe(expected);
      }
    });

    it('orders by due time, cases without one last, ties by id', async () => {
      expect(await list(admin, ours)).toEqual(expectedOrder([...named.keys()]));
      // A responder's inbox: their party's open cases (of this block).
      const inbox = await list(
        { role: 'responder', party: 'eg' },
        { ...ours, party: 'eg', statuses: ['routed', 'acknowledged', 'awaiting-information'] },
      );
      expect(inbox).toEqual(
        expectedOrder(['routed late', 'routed early', 'routed late too', 'acknowledged', 'awaiting']),
      );
    });

    it('pages in due order without gaps or repeats', async () => {
      const all = await list(admin, ours);
      for (const limit of [1, 2, 3]) {
        const seen: string[] = [];
        let after: CaseListFilter['after'];
        for (let page = 0; page < 20; page += 1) {
          const documents = await repository.list(admin, { ...ours, after, limit });
          seen.push(...documents.map((d) => d.id));
          const last = documents.at(-1);
          if (documents.length < limit || !last) break;
          after = { sort: 'due', dueAt: dueAtOf(last), id: last.id };
        }
        expect(seen).toEqual(all);
      }
    });

    it('filters by several statuses at once', async () => {
      expect(await list(admin, { ...ours, statuses: ['routed', 'awaiting-information'] })).toEqual(
        expectedOrder(['routed late', 'routed early', 'routed late too', 'awaiting']),
      );
      expect(await list(admin, { ...ours, statuses: ['resolved', 'closed'] })).toEqual(
        expectedOrder(['resolved', 'closed unrouted']),
      );
      expect(await list(admin, { ...ours, statuses: [] })).toEqual([]);
    });

    it('reads an inbox page from the index of open cases by party and due time, without sorting', async () => {
      const queries: { sql: string; parameters: unknown[] }[] = [];
      // A store whose statements are recorded on their way to the database.
      const recording = {
        sql: {
          query: (sql: string, parameters: unknown[] = []) => {
            queries.push({ sql, parameters });
            return client.query(sql, parameters);
          },
        },
      } as unknown as EventStore;
      const open = CASE_STATUSES.filter((status) => status !== 'resolved' && status !== 'closed');
      await new CaseViewRepository(recording).list(
        { role: 'responder', party: 'eg' },
        { party: 'eg', statuses: open, sort: 'due', after: { sort: 'due', dueAt: hours(0), id: '' }, limit: 51 },
      );
      const listed = queries.find((q) => q.sql.includes('ORDER BY'));
      expect(listed).toBeDefined();
      // The table is tiny: tell the planner a scan of it is dear, so that it shows which index fits.
      await client.query('BEGIN');
      try {
        await client.query('SET LOCAL enable_seqscan = off');
        await client.query('SET LOCAL enable_bitmapscan = off');
        const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${listed?.sql}`, listed?.parameters);
        const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
        expect(plan).toMatch(/Index Scan using case_view_party_due/);
        expect(plan).toMatch(/Index Cond: \(\(party = 'eg'::text\) AND \(ROW\(COALESCE\(due_at/);
        expect(plan).not.toMatch(/Sort/);
      } finally {
        await client.query('ROLLBACK');
      }
    });

    it('fills the column of rows that were there before the migration, as the projection does', async () => {
      const before = await allRows();
      expect(before.some((row) => row.due_at !== null)).toBe(true);
      const runner = dataSource.createQueryRunner();
      try {
        await new CaseViewDueAt1796083200000().down(runner);
        await new CaseViewDueAt1796083200000().up(runner);
      } finally {
        await runner.release();
      }
      expect(await allRows()).toEqual(before);
    });
  });

  it('rebuilds from the log into exactly the table the live projection built', async () => {
    const live = await allRows();
    expect(live.length).toBeGreaterThanOrEqual(3);
    // Every kind of due time is in the table: first response, resolution, paused, none.
    expect(live.filter((row) => row.due_at === null).length).toBeGreaterThanOrEqual(2);
    expect(new Set(live.map((row) => (row.due_at as Date | null)?.toISOString())).size).toBeGreaterThanOrEqual(5);
    await projection.rebuild();
    expect(await allRows()).toEqual(live);

    // And carries on live after the rebuild.
    const after = await report();
    await projection.whenCaughtUp();
    expect((await allRows()).map((r) => r.id)).toContain(after.caseId);
  });

  it('refuses to rebuild while another process runs the projection', async () => {
    const elsewhere = new EventStore({ connection: { connectionString: database.url }, pollIntervalMs: 50 });
    const running = new CaseViewProjection(elsewhere, directory, new CaseViewRepository(elsewhere));
    try {
      // Our own instance holds the lock; a second one must not wipe the table under it.
      await expect(running.rebuild(2_000)).rejects.toThrow(/another process/);
      expect((await allRows()).length).toBeGreaterThanOrEqual(4);
    } finally {
      await running.stop();
      await elsewhere.close();
    }
  });
});
