import type { IndicatorTable } from '@lagspill/contracts';
import type { Caller } from '@lagspill/auth';
import {
  CASE_DECIDER,
  CASE_EVENT_SCHEMA_VERSIONS,
  caseStreamId,
  Directory,
  SYSTEM_CLOCK,
  type CaseEvent,
} from '@lagspill/domain';
import { DEMO_DIRECTORY } from '@lagspill/directory';
import { EventStore, EventStoreSchema1763769600000 } from '@lagspill/event-store';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { CaseFactsProjection } from '../facts/case-facts.projection';
import { CaseFactsRepository } from '../facts/case-facts.repository';
import { INSIGHTS_MIGRATIONS } from '../insights.migrations';
import { GetIndicatorsHandler } from '../queries/get-indicators/get-indicators.handler';
import { playPlan, type CaseHistory } from '../testing/random-case-histories';
import { recomputeIndicators } from '../testing/recompute-indicators';
import { IndicatorCellsRepository } from './indicator-cells.repository';
import { IndicatorRefresher } from './indicator-refresher';
import { RefreshStateRepository } from './refresh-state.repository';

const directory = new Directory(DEMO_DIRECTORY);
const COORDINATOR: Caller = { username: 'k', name: 'Koordinator', role: 'coordinator', region: 'helse-nord' };
const FIRST_REFRESH = new Date('2026-06-15T12:00:00.000Z');
const DAY = '2026-05-26';
const HOUR_MS = 3_600_000;

/**
 * The working group corrects the organisation a case concerns weeks after the report: the case's figures
 * move to the new group from its report on (as a corrected category would), not only from the correction,
 * so the refresher must redo the buckets back to the report.
 */
describe('a corrected concerned organisation in the indicators (PostgreSQL)', () => {
  let database: TestDatabase;
  let store: EventStore;
  let projection: CaseFactsProjection;
  let refresher: IndicatorRefresher;
  let handler: GetIndicatorsHandler;
  const histories: CaseHistory[] = [];

  const byConcerned = async (): Promise<IndicatorTable> =>
    (await handler.execute(COORDINATOR, { from: DAY, to: DAY, interval: 'day', by: 'concernedOrganisation' })).table;
  const reportedBy = (table: IndicatorTable) => table.rows.map((row) => [row.group, row.label, row.reported]);

  beforeAll(async () => {
    database = await createTestDatabase([EventStoreSchema1763769600000, ...INSIGHTS_MIGRATIONS]);
    store = new EventStore({ connection: { connectionString: database.url }, pollIntervalMs: 50 });
    const facts = new CaseFactsRepository(store);
    const refreshState = new RefreshStateRepository(store);
    const cells = new IndicatorCellsRepository(store);
    projection = new CaseFactsProjection(store, directory, facts, refreshState);
    refresher = new IndicatorRefresher(store, SYSTEM_CLOCK, refreshState, facts, cells);
    handler = new GetIndicatorsHandler(cells, refreshState, directory, SYSTEM_CLOCK);
    // Six reports on 26 May about Mørkved legesenter, from Apotek 1 Bodø multidose, one without naming any.
    for (let i = 0; i < 7; i++) {
      const history = playPlan(
        {
          organisation: 'apotek1-multidose-bodo',
          category: 0,
          multidoseMode: 'electronic',
          multiplePatients: false,
          ...(i < 6 ? { concerns: 'morkved-legesenter' } : {}),
          reportedMinutesBefore: 20 * 24 * 60 + i * 10,
          routedBy: 0,
          steps: [],
        },
        i,
        FIRST_REFRESH,
        directory,
      );
      histories.push(history);
      await store.append(caseStreamId(history.caseId), 0, history.events.map(recorded));
    }
    projection.start();
    await projection.whenCaughtUp();
    await refresher.refresh(FIRST_REFRESH);
  });

  afterAll(async () => {
    await projection.stop();
    await store.close();
    await database.drop();
  });

  it("moves the case's figures back to its report day, and the recomputation agrees", async () => {
    expect(reportedBy(await byConcerned())).toEqual([
      ['morkved-legesenter', 'Mørkved legesenter', 6],
      ['none', 'Ingen', 1],
    ]);

    // An hour after the last refresh, two cases turn out to concern Rønvik, and the unnamed one Mørkved.
    const correctedAt = new Date(FIRST_REFRESH.getTime() + HOUR_MS).toISOString();
    for (const [i, organisation] of [
      [0, 'ronvik-legesenter'],
      [1, 'ronvik-legesenter'],
      [6, 'morkved-legesenter'],
    ] as const) {
      const history = histories[i];
      const state = history.events.reduce(CASE_DECIDER.evolve, CASE_DECIDER.initialState);
      const events = CASE_DECIDER.decide(
        {
          type: 'set-concerned-organisation',
          actor: { username: 'k', name: 'Koordinator', role: 'coordinator' },
          at: correctedAt,
          organisation,
        },
        state,
      );
      await store.append(caseStreamId(history.caseId), history.events.length, events.map(recorded));
      histories[i] = { ...history, events: [...history.events, ...events] };
    }
    await projection.whenCaughtUp();
    const asOf = new Date(FIRST_REFRESH.getTime() + 2 * HOUR_MS);
    await refresher.refresh(asOf);

    const table = await byConcerned();
    expect(reportedBy(table)).toEqual([
      ['morkved-legesenter', 'Mørkved legesenter', 5],
      ['ronvik-legesenter', 'Rønvik legesenter', 2],
    ]);
    const expected = recomputeIndicators(histories, directory, {
      interval: 'day',
      by: 'concernedOrganisation',
      from: new Date(`${DAY}T00:00:00.000Z`),
      to: new Date(`${DAY}T00:00:00.000Z`),
      asOf,
      scope: 'region:helse-nord',
    });
    expect(table.rows.map(({ group, reported, cases, open }) => ({ group, reported, cases, open }))).toEqual(
      expected.map(({ group, reported, cases, open }) => ({ group, reported, cases, open })),
    );
  });
});

function recorded(event: CaseEvent) {
  return { type: event.type, schemaVersion: CASE_EVENT_SCHEMA_VERSIONS[event.type], data: event.data };
}
