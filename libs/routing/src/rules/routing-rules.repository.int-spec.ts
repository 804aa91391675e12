import { ROUTING_RULES_PUBLISHED, ROUTING_RULES_STREAM, type PublishedRoutingRule } from '@lagspill/contracts';
import { redactText, type ActorRef } from '@lagspill/domain';
import { EventStore, StreamVersionConflictError } from '@lagspill/event-store';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { DEFAULT_ROUTING_RULES } from './default-routing-rules';
import { RoutingRulesRepository } from './routing-rules.repository';

const AT = '2026-03-02T08:00:00.000Z';
const NORD: ActorRef = { username: 'koordinator.nord', name: 'Hanne Bakken', role: 'coordinator' };
const VEST: ActorRef = { username: 'koordinator.vest', name: 'Gunnar Helland', role: 'coordinator' };
const ADMIN: ActorRef = { username: 'admin', name: 'Lagspill drift', role: 'admin' };

const table = (id: string): PublishedRoutingRule[] => [
  { id, description: redactText(`Regel ${id}`), when: { category: 'sfm' }, target: { party: 'nhn' } },
  { id: 'triage', description: redactText('Resten'), when: {}, target: 'working-group' },
];

/** Rule tables per region in one stream, with the tables written before regions (schema version 1). */
describe('RoutingRulesRepository (PostgreSQL)', () => {
  let database: TestDatabase;
  let store: EventStore;
  let rules: RoutingRulesRepository;

  beforeEach(async () => {
    database = await createTestDatabase();
    store = new EventStore({ connection: { connectionString: database.url } });
    rules = new RoutingRulesRepository(store);
  });

  afterEach(async () => {
    await store.close();
    await database.drop();
  });

  it('reads a table published before regions (schema version 1) as Helse Nord’s own, not as the national defaults', async () => {
    await store.append(ROUTING_RULES_STREAM, 0, [
      {
        type: ROUTING_RULES_PUBLISHED,
        schemaVersion: 1,
        data: { rules: table('v1'), publishedBy: NORD, at: AT },
      },
    ]);

    expect(await rules.table('helse-nord')).toMatchObject({
      region: 'helse-nord',
      version: 1,
      source: 'published',
      publishedBy: { username: 'koordinator.nord' },
      rules: table('v1'),
    });
    expect(await rules.table('helse-vest')).toEqual({
      region: 'helse-vest',
      version: 0,
      source: 'default',
      rules: DEFAULT_ROUTING_RULES,
    });
    expect(await rules.table(null)).toMatchObject({ region: null, version: 0, source: 'default' });
    const [stored] = await store.readStream(ROUTING_RULES_STREAM);
    expect(stored).toMatchObject({ schemaVersion: 2, data: { region: 'helse-nord' } });
  });

  it('lets a region without a table of its own use the national defaults, under its own name and version 0', async () => {
    const national = await rules.publish(null, table('national'), ADMIN, AT, { expectedVersion: 0 });
    expect(national).toMatchObject({ region: null, version: 1, source: 'published' });
    expect(await rules.table('helse-vest')).toEqual({
      region: 'helse-vest',
      version: 0,
      source: 'national',
      publishedAt: AT,
      publishedBy: { username: 'admin', name: 'Lagspill drift', role: 'admin' },
      rules: table('national'),
    });
    const own = await rules.publish('helse-vest', table('vest'), VEST, AT, { expectedVersion: 0 });
    expect(own).toMatchObject({ region: 'helse-vest', version: 2, source: 'published', rules: table('vest') });
    expect(await rules.table('helse-vest')).toEqual(own);
    expect((await rules.table('helse-nord')).rules).toEqual(table('national'));
  });

  it("checks If-Match against the region's own table only: another region publishing in between is no conflict", async () => {
    const nord = await rules.publish('helse-nord', table('nord-1'), NORD, AT, { expectedVersion: 0 });
    const vest = await rules.publish('helse-vest', table('vest-1'), VEST, AT, { expectedVersion: 0 });
    expect([nord.version, vest.version]).toEqual([1, 2]);
    // Nord edited version 1; Vest's publication moved the stream on, which Nord need not have seen.
    const again = await rules.publish('helse-nord', table('nord-2'), NORD, AT, { expectedVersion: 1 });
    expect(again).toMatchObject({ region: 'helse-nord', version: 3 });
    await expect(rules.publish('helse-nord', table('nord-3'), NORD, AT, { expectedVersion: 1 })).rejects.toBeInstanceOf(
      StreamVersionConflictError,
    );
    await expect(rules.publish('helse-vest', table('vest-2'), VEST, AT, { expectedVersion: 0 })).rejects.toBeInstanceOf(
      StreamVersionConflictError,
    );
    expect((await rules.table('helse-vest')).rules).toEqual(table('vest-1'));
  });

  it('publishes tables of several regions at the same moment without losing one', async () => {
    const regions = ['helse-nord', 'helse-vest', 'helse-midt-norge', 'helse-sor-ost', null] as const;
    // Separate repositories, as separate processes would have: none of them sees the others' appends first.
    const published = await Promise.all(
      regions.map((region) =>
        new RoutingRulesRepository(store).publish(region, table(`r-${region ?? 'national'}`), ADMIN, AT, {
          expectedVersion: 0,
        }),
      ),
    );
    expect(new Set(published.map((t) => t.version))).toEqual(new Set([1, 2, 3, 4, 5]));
    for (const region of regions) {
      expect((await rules.table(region)).rules).toEqual(table(`r-${region ?? 'national'}`));
    }
  });
});
