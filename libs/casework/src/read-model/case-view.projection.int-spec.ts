import {
  CASE_DECIDER,
  caseStreamId,
  DEMO_DIRECTORY,
  Directory,
  type CaseCommand,
  type CaseEvent,
  type CaseReportedData,
  type CaseState,
  type Viewer,
} from '@lagspill/domain';
import { DeciderRepository, EventStore, EventStoreSchema1763769600000 } from '@lagspill/event-store';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { ACTORS, aReport, plain, SERVICE_LEVEL } from '../testing/case-fixtures';
import { CaseViewEntity } from './case-view.entity';
import { CaseView1763776800000 } from './case-view.migration';
import { CASE_VIEW_SUBSCRIPTION, CaseViewProjection } from './case-view.projection';
import { CaseViewRepository } from './case-view.repository';

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
  const route = (caseId: string, party = 'cgm') =>
    run(caseId, {
      type: 'route-case',
      actor: ACTORS.routing,
      at: at(0),
      party,
      rule: 'test',
      serviceLevel: SERVICE_LEVEL,
    });
  const allRows = async () =>
    (await client.query<Record<string, unknown>>(`SELECT * FROM casework.case_view ORDER BY id`)).rows;

  beforeAll(async () => {
    database = await createTestDatabase([EventStoreSchema1763769600000, CaseView1763776800000]);
    store = new EventStore({ connection: { connectionString: database.url }, pollIntervalMs: 50 });
    cases = new DeciderRepository(store, CASE_DECIDER);
    projection = new CaseViewProjection(store, directory);
    projection.start();
    client = new Client({ connectionString: database.url });
    await client.connect();
    dataSource = await new DataSource({ type: 'postgres', url: database.url, entities: [CaseViewEntity] }).initialize();
    repository = new CaseViewRepository(dataSource);
  });

  afterAll(async () => {
    await projection?.stop();
    await store?.close();
    await client?.end();
    await dataSource?.destroy();
    await database?.drop();
  });

  it('folds each case into one row with its filter and visibility columns', async () => {
    const reported = await report({ description: { text: 'Gjelder [fødselsnummer]', piiRedacted: 1, sealed: 's' } });
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
    expect(await ids({ role: 'admin' }, { status: 'reported' })).toContain(older.caseId);

    const all = await ids({ role: 'admin' });
    const first = await repository.list({ role: 'admin' }, { limit: 2 });
    const last = first[first.length - 1];
    const rest = await repository.list(
      { role: 'admin' },
      { limit: 100, after: { reportedAt: last.reportedAt, id: last.id } },
    );
    expect([...first, ...rest].map((d) => d.id)).toEqual(all);
    expect(all[0]).toBe(other.caseId);

    expect(await repository.findVisible(other.reference, { role: 'responder', party: 'eg' })).toMatchObject({
      id: other.caseId,
    });
    expect(await repository.findVisible(other.caseId, reporter)).toBeUndefined();
  });

  it('rebuilds from the log into exactly the table the live projection built', async () => {
    const live = await allRows();
    expect(live.length).toBeGreaterThanOrEqual(3);
    await projection.rebuild();
    expect(await allRows()).toEqual(live);

    // And carries on live after the rebuild.
    const after = await report();
    await projection.whenCaughtUp();
    expect((await allRows()).map((r) => r.id)).toContain(after.caseId);
  });

  it('refuses to rebuild while another process runs the projection', async () => {
    const elsewhere = new EventStore({ connection: { connectionString: database.url }, pollIntervalMs: 50 });
    const running = new CaseViewProjection(elsewhere, directory);
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
