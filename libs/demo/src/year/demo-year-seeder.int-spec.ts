import { DataSource } from 'typeorm';
import {
  CASE_DECIDER,
  Directory,
  INITIAL_CASE_STATE,
  type CaseCommand,
  type CaseEvent,
  type CaseReportedData,
  type CaseState,
  type CaseStatus,
} from '@lagspill/domain';
import { DEMO_DIRECTORY } from '@lagspill/directory';
import { EventStore, EventStoreSchema1763769600000, type RecordedEvent } from '@lagspill/event-store';
import { CaseReferenceSequence, INTAKE_CONTEXT } from '@lagspill/intake';
import { CaseKeyring, CaseKeys1763773200000, CaseKeysRepository, TextScreener } from '@lagspill/platform';
import {
  CaseClockProjection,
  CaseClockRepository,
  DEFAULT_ROUTING_RULES,
  ROUTING_ACTOR,
  ROUTING_CONTEXT,
  RoutingRulesRepository,
  RouteReportedCaseHandler,
  routeReport,
  SlaSweeper,
} from '@lagspill/routing';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { readWholeLog } from '../../../../test/support/whole-log';
import { seedDemoYear, type DemoYearSummary } from './demo-year-seeder';

const NOW = new Date('2026-10-15T10:00:00.000Z');
const CASES = 300;

describe('seedDemoYear (PostgreSQL)', () => {
  const directory = new Directory(DEMO_DIRECTORY);
  let database: TestDatabase;
  let dataSource: DataSource;
  let store: EventStore;
  let summary: DemoYearSummary;
  let streams: Map<string, RecordedEvent[]>;

  beforeAll(async () => {
    database = await createTestDatabase([
      EventStoreSchema1763769600000,
      CaseKeys1763773200000,
      ...INTAKE_CONTEXT.migrations,
      ...ROUTING_CONTEXT.migrations,
    ]);
    dataSource = await new DataSource({ type: 'postgres', url: database.url }).initialize();
    store = new EventStore({ connection: { connectionString: database.url, max: 6 }, pollIntervalMs: 200 });
    summary = await seedDemoYear(
      {
        store,
        screener: new TextScreener(new CaseKeyring(new CaseKeysRepository(dataSource))),
        references: new CaseReferenceSequence(dataSource),
      },
      { cases: CASES, months: 12, seed: 'int', now: NOW, directory, concurrency: 3, batchSize: 20 },
    );
    streams = new Map();
    for (const event of await readWholeLog(store)) {
      streams.set(event.streamId, [...(streams.get(event.streamId) ?? []), event]);
    }
  }, 60_000);

  afterAll(async () => {
    await store.close();
    await dataSource.destroy();
    await database.drop();
  });

  it('writes one stream per case, every event one the Case decider decides again from its command', () => {
    expect(streams.size).toBe(CASES);
    expect(summary).toMatchObject({ cases: CASES, total: CASES });
    expect([...streams.values()].reduce((sum, events) => sum + events.length, 0)).toBe(summary.events);
    for (const recorded of streams.values()) {
      const report = recorded[0].data as CaseReportedData;
      let state: CaseState = INITIAL_CASE_STATE;
      recorded.forEach((event, index) => {
        const caseEvent = { type: event.type, data: event.data } as CaseEvent;
        expect(event.streamVersion).toBe(index + 1);
        expect(CASE_DECIDER.decide(commandBehind(caseEvent, state, report, directory), state)).toEqual([caseEvent]);
        state = CASE_DECIDER.evolve(state, caseEvent);
      });
    }
  });

  it('counts the cases per status as the folded streams have them', () => {
    const byStatus: Partial<Record<CaseStatus, number>> = {};
    for (const recorded of streams.values()) {
      const state = recorded.reduce((s, e) => CASE_DECIDER.evolve(s, e as unknown as CaseEvent), INITIAL_CASE_STATE);
      byStatus[state.status as CaseStatus] = (byStatus[state.status as CaseStatus] ?? 0) + 1;
    }
    expect(byStatus).toEqual(summary.byStatus);
    expect(byStatus.reported).toBeUndefined();
    expect(byStatus.closed).toBeGreaterThan(CASES / 2);
    expect((byStatus.routed ?? 0) + (byStatus.acknowledged ?? 0)).toBeGreaterThan(0);
  });

  it('gives every case its own reference from the intake sequence, in report order', () => {
    const number = (r: CaseReportedData) => Number(r.reference.slice(-6));
    // Reports made in the same millisecond have no order of their own: any order of their numbers is right.
    const reports = [...streams.values()]
      .map((events) => events[0].data as CaseReportedData)
      .sort((a, b) => a.reportedAt.localeCompare(b.reportedAt) || number(a) - number(b));
    const numbers = reports.map(number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(CASES);
    for (const r of reports) expect(r.reference.slice(4, 8)).toBe(r.reportedAt.slice(0, 4));
  });

  it('seals the original of a text with a fødselsnummer with the case key, and writes no key for the rest', async () => {
    const sealed = [...streams.values()]
      .map((events) => events[0].data as CaseReportedData)
      .filter((r) => r.description.piiRedacted > 0);
    expect(sealed.length).toBeGreaterThan(0);
    for (const r of sealed) expect(r.description.sealed).toBeDefined();
    const keys: { n: string }[] = await dataSource.query(`SELECT count(*)::text AS n FROM privacy.case_keys`);
    expect(Number(keys[0].n)).toBe(new Set(sealed.map((r) => r.caseId)).size);
  });

  it('leaves the live router and SLA sweeper nothing to do for the past', async () => {
    const router = new RouteReportedCaseHandler(store, new RoutingRulesRepository(store), directory, {
      now: () => NOW,
    });
    const clocks = new CaseClockRepository();
    const projection = new CaseClockProjection(store, clocks);
    const headBefore = await store.head();
    try {
      await Promise.all([router.start().whenCaughtUp(30_000), projection.start().whenCaughtUp(30_000)]);
      expect(await store.head()).toEqual(headBefore);
      const sweep = await new SlaSweeper(store, clocks, { now: () => NOW }, { sweepIntervalMs: 0 }).sweep(NOW);
      expect(sweep.recorded).toEqual([]);
    } finally {
      await router.stop();
      await projection.stop();
    }
  });
});

/** The command that, decided on `state`, must give `event`: what the seeder (or a person) sent. */
function commandBehind(
  event: CaseEvent,
  state: CaseState,
  report: CaseReportedData,
  directory: Directory,
): CaseCommand {
  switch (event.type) {
    case 'case.reported':
      return { type: 'report-case', actor: event.data.reporter, at: event.data.reportedAt, report: event.data };
    case 'case.routed': {
      // Routed exactly as the router would have routed the report.
      const decision = routeReport(
        report,
        directory.organisation(report.reporter.organisation),
        DEFAULT_ROUTING_RULES,
        directory,
      );
      const { party, rule, serviceLevel } = decision;
      return { type: 'route-case', actor: ROUTING_ACTOR, at: event.data.at, party, rule, serviceLevel };
    }
    case 'case.acknowledged':
      return { type: 'acknowledge-case', actor: event.data.by, at: event.data.at };
    case 'case.comment-added': {
      const { author, at, commentId, visibility, body } = event.data;
      return { type: 'add-comment', actor: author, at, commentId, visibility, body };
    }
    case 'case.information-requested':
      return { type: 'request-information', actor: event.data.by, at: event.data.at, question: event.data.question };
    case 'case.information-provided':
      return { type: 'provide-information', actor: event.data.by, at: event.data.at, answer: event.data.answer };
    case 'case.forwarded': {
      const { by, at, to, reason } = event.data;
      return { type: 'forward-case', actor: by, at, to, reason, serviceLevel: directory.party(to).serviceLevel };
    }
    case 'case.resolved':
      return { type: 'resolve-case', actor: event.data.by, at: event.data.at, resolution: event.data.resolution };
    case 'case.reopened': {
      const serviceLevel = directory.party(state.party as string).serviceLevel;
      return { type: 'reopen-case', actor: event.data.by, at: event.data.at, reason: event.data.reason, serviceLevel };
    }
    case 'case.closed':
      return { type: 'close-case', actor: event.data.by, at: event.data.at };
    case 'case.sla-breached':
      return { type: 'record-sla-breach', actor: ROUTING_ACTOR, at: event.data.at, kind: event.data.kind };
    case 'case.concerned-organisation-set': {
      const { by, at, organisation } = event.data;
      return { type: 'set-concerned-organisation', actor: by, at, organisation };
    }
    case 'case.identity-shared':
      return { type: 'share-identity', actor: event.data.by, at: event.data.at };
    case 'case.identity-sharing-withdrawn':
      return { type: 'withdraw-identity-sharing', actor: event.data.by, at: event.data.at };
    case 'case.linked':
      throw new Error('The demo year links no cases');
  }
}
