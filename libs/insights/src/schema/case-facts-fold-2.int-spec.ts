import type { Caller } from '@lagspill/auth';
import type { IndicatorDimension } from '@lagspill/contracts';
import { CASE_EVENT_SCHEMA_VERSIONS, caseStreamId, Directory, SYSTEM_CLOCK } from '@lagspill/domain';
import { DEMO_DIRECTORY } from '@lagspill/directory';
import { EventStore, EventStoreSchema1763769600000 } from '@lagspill/event-store';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { evolveCaseFacts, type CaseFacts } from '../facts/case-facts';
import { CASE_FACTS_SUBSCRIPTION, CaseFactsProjection } from '../facts/case-facts.projection';
import { CaseFactsRepository } from '../facts/case-facts.repository';
import { IndicatorCellsRepository } from '../indicators/indicator-cells.repository';
import { IndicatorRefresher } from '../indicators/indicator-refresher';
import { RefreshStateRepository } from '../indicators/refresh-state.repository';
import { GetIndicatorsHandler } from '../queries/get-indicators/get-indicators.handler';
import { playPlan, type CaseHistory, type CasePlan } from '../testing/random-case-histories';
import { recomputeIndicators } from '../testing/recompute-indicators';
import { CaseFactsFold21796691600000 } from './case-facts-fold-2.migration';
import { ClusterDecisionRegion1796432400000 } from './cluster-decision-region.migration';
import { InsightsSchema1763900000000 } from './insights-schema.migration';

const directory = new Directory(DEMO_DIRECTORY);
const AS_OF = new Date('2026-06-15T12:00:00.000Z');
const FROM = new Date('2026-05-01T00:00:00.000Z');
const TO = new Date('2026-06-15T00:00:00.000Z');
const COORDINATOR: Caller = { username: 'k', name: 'Koordinator', role: 'coordinator', region: 'helse-nord' };
const ORGANISATIONS = ['morkved-legesenter', 'ronvik-legesenter', 'tromso-legesenter', 'apotek1-multidose-bodo'];
const NEW_FIGURES = [
  'bothMultidoseShare',
  'fragmentedList',
  'harmful',
  'harmfulNotified',
  'harmfulWillNotify',
  'harmfulNotNotified',
  'harmfulNotStated',
] as const;

/** Reports with every field of issue 17 (and some without), routed and answered. */
const PLANS: CasePlan[] = Array.from({ length: 8 }, (_, i) => ({
  organisation: ORGANISATIONS[i % 4],
  category: i % 3,
  multidoseMode: (['both', 'paper', 'electronic', 'none'] as const)[i % 4],
  multiplePatients: i % 2 === 0,
  ...(i % 2 === 0 ? { concerns: ORGANISATIONS[(i + 1) % 4], fragmentedList: true } : {}),
  ...(i < 4
    ? { harm: 'minor' as const, deviationNotice: (['notified', 'will-notify', 'not-notified'] as const)[i % 3] }
    : {}),
  reportedMinutesBefore: (10 + 3 * i) * 24 * 60,
  routedBy: i,
  steps: [{ action: 'acknowledge', gapMinutes: 90, pick: 1 }],
}));

/**
 * Upgrading a database whose case facts version 1 of the fold wrote (no concerned organisation, no
 * flags, `both` not counted as paper), with the projection's checkpoint at the end of the log: the
 * migration sends the projection back to the start, so every case is folded again and counts as it would
 * on a fresh database.
 */
describe('the case facts fold, version 2, on a database folded by version 1 (PostgreSQL)', () => {
  let database: TestDatabase;
  let store: EventStore;
  let dataSource: DataSource;
  let histories: CaseHistory[];

  beforeAll(async () => {
    database = await createTestDatabase([
      EventStoreSchema1763769600000,
      InsightsSchema1763900000000,
      ClusterDecisionRegion1796432400000,
    ]);
    store = new EventStore({ connection: { connectionString: database.url }, pollIntervalMs: 50 });
    dataSource = await new DataSource({
      type: 'postgres',
      url: database.url,
      migrations: [CaseFactsFold21796691600000],
    }).initialize();
    histories = PLANS.map((plan, i) => playPlan(plan, i, AS_OF, directory));
    for (const { caseId, events } of histories) {
      await store.append(
        caseStreamId(caseId),
        0,
        events.map((e) => ({ type: e.type, schemaVersion: CASE_EVENT_SCHEMA_VERSIONS[e.type], data: e.data })),
      );
    }
    await foldedByVersion1(dataSource, histories);
  });

  afterAll(async () => {
    await dataSource.destroy();
    await store.close();
    await database.drop();
  });

  it('throws version 1 away with its checkpoint, and the projection folds every case again', async () => {
    expect(await checkpoints(dataSource)).toEqual([CASE_FACTS_SUBSCRIPTION]);
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await checkpoints(dataSource)).toEqual([]);
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM insights.case_fact`)).toEqual([{ n: 0 }]);
    expect(await dataSource.query(`SELECT dirty_from, as_of FROM insights.refresh_state`)).toEqual([
      { dirty_from: null, as_of: null },
    ]);

    const facts = new CaseFactsRepository(store);
    const refreshState = new RefreshStateRepository(store);
    const cells = new IndicatorCellsRepository(store);
    const projection = new CaseFactsProjection(store, directory, facts, refreshState);
    projection.start();
    try {
      await projection.whenCaughtUp();
      await new IndicatorRefresher(store, SYSTEM_CLOCK, refreshState, facts, cells).refresh(AS_OF);
    } finally {
      await projection.stop();
    }

    const rows: { both_multidose: boolean; paper_multidose: boolean; concerns: string | null }[] =
      await dataSource.query(
        `SELECT both_multidose, paper_multidose, concerns FROM insights.case_fact ORDER BY case_id`,
      );
    expect(rows).toHaveLength(PLANS.length);
    // `both` counts as paper now; version 1 had written it as not paper.
    expect(rows.filter((row) => row.both_multidose).every((row) => row.paper_multidose)).toBe(true);
    expect(rows.filter((row) => row.both_multidose)).toHaveLength(2);
    expect(rows.filter((row) => row.concerns !== null)).toHaveLength(4);

    const handler = new GetIndicatorsHandler(cells, refreshState, directory, SYSTEM_CLOCK);
    const seen = Object.fromEntries(NEW_FIGURES.map((name) => [name, 0]));
    for (const by of ['total', 'concernedOrganisation'] as IndicatorDimension[]) {
      const { table } = await handler.execute(COORDINATOR, {
        from: FROM.toISOString().slice(0, 10),
        to: TO.toISOString().slice(0, 10),
        interval: 'month',
        ...(by === 'total' ? {} : { by: 'concernedOrganisation' }),
      });
      const expected = recomputeIndicators(histories, directory, {
        interval: 'month',
        by,
        from: FROM,
        to: TO,
        asOf: AS_OF,
        scope: 'region:helse-nord',
      });
      const pick = ({ group, reported, fragmentedList, harmful, harmfulNotified }: (typeof expected)[number]) => ({
        group,
        reported,
        fragmentedList,
        harmful,
        harmfulNotified,
      });
      expect(table.rows.map((row) => pick(row as (typeof expected)[number]))).toEqual(expected.map(pick));
      for (const row of table.rows) for (const name of NEW_FIGURES) seen[name] += row[name] ?? 0;
    }
    // Every new figure came out of the refold (harm here is always stated: none is "not stated").
    expect(Object.entries(seen).filter(([name, total]) => total === 0 && name !== 'harmfulNotStated')).toEqual([]);
  });
});

/**
 * The rows version 1 of the projection left: each case folded as it was then (the dimensions of issue 17
 * missing, `both` counted as not paper) and the checkpoint after the last event.
 */
async function foldedByVersion1(db: DataSource, histories: readonly CaseHistory[]): Promise<void> {
  for (const { events } of histories) {
    let facts: CaseFacts | undefined;
    events.forEach((event, i) => (facts = evolveCaseFacts(facts, event, i + 1, () => UNKNOWN)));
    const { dimensions, ...rest } = facts as CaseFacts;
    const { bothMultidose, concerns, fragmentedList, harmful, deviationNotice, ...version1 } = dimensions;
    void [concerns, fragmentedList, harmful, deviationNotice];
    const old = { ...rest, dimensions: { ...version1, paperMultidose: version1.paperMultidose && !bothMultidose } };
    await db.query(
      `INSERT INTO insights.case_fact (case_id, version, reported_at, category, subcategory, organisation,
         system_vendor, system_product, paper_multidose, multiple_patients, facts)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb)`,
      [
        old.caseId,
        old.version,
        old.reportedAt,
        old.dimensions.category,
        old.dimensions.subcategory,
        old.dimensions.organisation,
        old.dimensions.system.vendor,
        old.dimensions.system.product,
        old.dimensions.paperMultidose,
        old.dimensions.multiplePatients,
        JSON.stringify(old),
      ],
    );
  }
  await db.query(
    `INSERT INTO event_store.subscriptions (name, transaction_id, global_position)
     SELECT $1, transaction_id, global_position FROM event_store.events ORDER BY global_position DESC LIMIT 1`,
    [CASE_FACTS_SUBSCRIPTION],
  );
}

const UNKNOWN = { helsefellesskap: null, region: null, organisationType: null };

async function checkpoints(db: DataSource): Promise<string[]> {
  const rows: { name: string }[] = await db.query(`SELECT name FROM event_store.subscriptions WHERE name = $1`, [
    CASE_FACTS_SUBSCRIPTION,
  ]);
  return rows.map((row) => row.name);
}
