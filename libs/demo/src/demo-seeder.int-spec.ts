import { DataSource } from 'typeorm';
import {
  CASE_DECIDER,
  caseIdOfStream,
  caseStreamId,
  Directory,
  INITIAL_CASE_STATE,
  redactIdentityNumbers,
  type CaseEvent,
  type CaseState,
  redactText,
  SYSTEM_CLOCK,
} from '@lagspill/domain';
import { DEMO_DIRECTORY } from '@lagspill/directory';
import {
  EventStore,
  EventStoreSchema1763769600000,
  type AppendResult,
  type ExpectedVersion,
  type NewEvent,
  type RecordedEvent,
} from '@lagspill/event-store';
import { CaseReferenceSequence, INTAKE_CONTEXT } from '@lagspill/intake';
import { CaseKeyring, CaseKeys1763773200000, CaseKeysRepository, TextScreener } from '@lagspill/platform';
import {
  CaseClockProjection,
  CaseClockRepository,
  ROUTING_CONTEXT,
  RoutingRulesRepository,
  RouteReportedCaseHandler,
  SlaSweeper,
} from '@lagspill/routing';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { readWholeLog } from '../../../test/support/whole-log';
import { DEMO_SEED_CASES } from './demo-cases';
import { DEMO_ORIGIN, DemoSeeder } from './demo-seeder';
import { planDemoCase } from './plan-demo-case';
import { playCase } from './year/play-case';

const NOW = new Date('2026-10-15T10:00:00.000Z');
const directory = new Directory(DEMO_DIRECTORY);

/**
 * `--demo` against the router that routes every reported case in the same process (or another one):
 * however the two interleave, and however often the app starts, each demo case ends up there once, in
 * full, in the state its steps lead to.
 */
describe('DemoSeeder (PostgreSQL, with the router)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const stores: EventStore[] = [];
  let router: RouteReportedCaseHandler;

  beforeEach(async () => {
    database = await createTestDatabase([
      EventStoreSchema1763769600000,
      CaseKeys1763773200000,
      ...INTAKE_CONTEXT.migrations,
      ...ROUTING_CONTEXT.migrations,
    ]);
    dataSource = await new DataSource({ type: 'postgres', url: database.url }).initialize();
  });

  afterEach(async () => {
    await router?.stop();
    await Promise.all(stores.splice(0).map((s) => s.close()));
    await dataSource.destroy();
    await database.drop();
  });

  /** An event store; `afterAppend` runs after each append made outside a transaction (the seeder's). */
  function storeOf(afterAppend?: (events: readonly NewEvent[]) => Promise<void>): EventStore {
    const store = new (class extends EventStore {
      override async append(streamId: string, expected: ExpectedVersion, events: readonly NewEvent[]) {
        const result: AppendResult = await super.append(streamId, expected, events);
        await afterAppend?.(events);
        return result;
      }
    })({ connection: { connectionString: database.url, max: 4 }, pollIntervalMs: 200 });
    stores.push(store);
    return store;
  }

  /** An application start with `--demo`: the seeder on `store`, run to its end. */
  function seederOn(store: EventStore): DemoSeeder {
    return new DemoSeeder(
      { enabled: true },
      store,
      directory,
      new TextScreener(new CaseKeyring(new CaseKeysRepository(dataSource))),
      new CaseReferenceSequence(dataSource),
      SYSTEM_CLOCK,
    );
  }

  function startRouter(store: EventStore): RouteReportedCaseHandler {
    router = new RouteReportedCaseHandler(store, new RoutingRulesRepository(store), directory, { now: () => NOW });
    router.start();
    return router;
  }

  const reportsIn = (events: readonly NewEvent[]) => events.some((e) => e.type === 'case.reported');

  it('seeds every demo case once, in full, when the router handles each report before the seeder goes on', async () => {
    const store = storeOf(async (events) => {
      // The race made certain: the router routes the case between the seeder's appends.
      if (reportsIn(events)) await router.whenCaughtUp();
    });
    startRouter(store);

    await expect(seederOn(store).seed(NOW)).resolves.toBe(DEMO_SEED_CASES.length);
    await router.whenCaughtUp();

    await expectEveryDemoCaseOnce(store);
  });

  it('seeds every demo case once with the router running alongside, and with no router at all', async () => {
    const withRouter = storeOf();
    startRouter(withRouter);
    await expect(seederOn(withRouter).seed(NOW)).resolves.toBe(DEMO_SEED_CASES.length);
    await router.whenCaughtUp();
    await expectEveryDemoCaseOnce(withRouter);
    await router.stop();

    // Another installation, no router while seeding: a router started later finds nothing to route,
    // and the SLA sweeper nothing due in the past.
    const other = await createTestDatabase([
      EventStoreSchema1763769600000,
      CaseKeys1763773200000,
      ...INTAKE_CONTEXT.migrations,
      ...ROUTING_CONTEXT.migrations,
    ]);
    const otherSource = await new DataSource({ type: 'postgres', url: other.url }).initialize();
    const store = new EventStore({ connection: { connectionString: other.url, max: 4 }, pollIntervalMs: 200 });
    stores.push(store);
    try {
      const seeder = new DemoSeeder(
        { enabled: true },
        store,
        directory,
        new TextScreener(new CaseKeyring(new CaseKeysRepository(otherSource))),
        new CaseReferenceSequence(otherSource),
        SYSTEM_CLOCK,
      );
      await expect(seeder.seed(NOW)).resolves.toBe(DEMO_SEED_CASES.length);
      const seeded = await store.head();
      const clocks = new CaseClockRepository();
      const projection = new CaseClockProjection(store, clocks);
      startRouter(store);
      projection.start();
      try {
        await Promise.all([router.whenCaughtUp(), projection.whenCaughtUp()]);
        expect(await store.head()).toEqual(seeded);
        const sweep = await new SlaSweeper(store, clocks, { now: () => NOW }, { sweepIntervalMs: 0 }).sweep(NOW);
        expect(sweep.recorded).toEqual([]);
        await expectEveryDemoCaseOnce(store);
      } finally {
        await projection.stop();
      }
    } finally {
      await router.stop();
      await otherSource.destroy();
      await other.drop();
    }
  });

  it('completes a seed that stopped part-way at the next start, and a third start changes nothing', async () => {
    const stopAfter = Math.floor(DEMO_SEED_CASES.length / 3);
    let reported = 0;
    const crashing = storeOf(async (events) => {
      // The process dies here, after writing `stopAfter` cases' reports.
      if (reportsIn(events) && ++reported === stopAfter) throw new Error('killed');
    });
    await expect(seederOn(crashing).seed(NOW)).rejects.toThrow('killed');
    expect((await caseStreams(crashing)).size).toBe(stopAfter);

    // The next start, an hour later, against a log the router has caught up with (routing what needs it).
    const store = storeOf();
    startRouter(store);
    await router.whenCaughtUp();
    const later = new Date(NOW.getTime() + 3_600_000);
    await expect(seederOn(store).seed(later)).resolves.toBe(DEMO_SEED_CASES.length - stopAfter);
    await router.whenCaughtUp();
    await expectEveryDemoCaseOnce(store);

    const before = { head: await store.head(), events: (await readWholeLog(store)).length };
    await expect(seederOn(store).seed(new Date(later.getTime() + 3_600_000))).resolves.toBe(0);
    await router.whenCaughtUp();
    expect({ head: await store.head(), events: (await readWholeLog(store)).length }).toEqual(before);
  });

  it('seeds nothing into an installation whose cases are not demo cases', async () => {
    const store = storeOf();
    await new CaseReferenceSequence(dataSource).next(NOW.toISOString());
    await expect(seederOn(store).seed(NOW)).resolves.toBe(0);
    expect(await store.head()).toBeUndefined();
  });
});

async function caseStreams(store: EventStore): Promise<Map<string, RecordedEvent[]>> {
  const streams = new Map<string, RecordedEvent[]>();
  for (const event of await readWholeLog(store)) {
    if (caseIdOfStream(event.streamId) === undefined) continue;
    streams.set(event.streamId, [...(streams.get(event.streamId) ?? []), event]);
  }
  return streams;
}

/** What a demo case's steps lead to, played in memory: its status, party and events (SLA breaches aside). */
async function intended(index: number): Promise<{ status: unknown; party: unknown; types: string[] }> {
  const plan = planDemoCase(DEMO_SEED_CASES[index], index, NOW.getTime(), directory);
  const screen = async (_caseId: string, text: string) => {
    const { text: redacted, count } = redactIdentityNumbers(text);
    return { text: redactText(redacted), piiRedacted: count };
  };
  const played = await playCase(plan, 'PLL-2026-000000', screen, directory, NOW.getTime());
  const types = played.events.map((e) => e.type).filter((t) => t !== 'case.sla-breached');
  return { status: played.state.status, party: played.state.party, types };
}

/** Every demo case is in the log once, whole, written by the seeder alone, as its steps intend. */
async function expectEveryDemoCaseOnce(store: EventStore): Promise<void> {
  const streams = await caseStreams(store);
  const events = [...streams.values()].flat();
  expect(streams.size).toBe(DEMO_SEED_CASES.length);
  expect(events.filter((e) => e.type === 'case.reported')).toHaveLength(DEMO_SEED_CASES.length);
  expect(events.filter((e) => e.type === 'case.routed')).toHaveLength(DEMO_SEED_CASES.length);
  expect(new Set(events.map((e) => e.eventId)).size).toBe(events.length);
  // Nothing from the router (or anyone else): each case's history is the seeder's one append.
  expect(events.filter((e) => e.metadata.origin !== DEMO_ORIGIN)).toEqual([]);

  const statuses = new Set<unknown>();
  for (const [index, seeded] of DEMO_SEED_CASES.entries()) {
    const recorded = streams.get(caseStreamId(seeded.caseId)) ?? [];
    const state = recorded.reduce<CaseState>(
      (s, e) => CASE_DECIDER.evolve(s, { type: e.type, data: e.data } as CaseEvent),
      INITIAL_CASE_STATE,
    );
    const actual = {
      status: state.status,
      party: state.party,
      types: recorded.map((e) => e.type).filter((t) => t !== 'case.sla-breached'),
    };
    expect({ key: seeded.key, ...actual }).toEqual({ key: seeded.key, ...(await intended(index)) });
    statuses.add(state.status);
  }
  expect([...statuses].sort()).toEqual(['acknowledged', 'awaiting-information', 'closed', 'resolved', 'routed']);
}
