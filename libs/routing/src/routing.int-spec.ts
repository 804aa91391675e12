import { ROUTING_RULES_PUBLISHED, ROUTING_RULES_STREAM, type RoutingRule } from '@lagspill/contracts';
import { randomUUID } from 'node:crypto';
import type { Caller } from '@lagspill/auth';
import {
  CASE_DECIDER,
  caseStreamId,
  Directory,
  type ActorRef,
  type CaseCommand,
  type CaseEvent,
  type CaseReportedData,
  type CaseRoutedData,
  type CaseSlaBreachedData,
  type CaseState,
  redactText,
  reportedSystem,
} from '@lagspill/domain';
import { DEMO_DIRECTORY } from '@lagspill/directory';
import {
  DeciderRepository,
  EventStore,
  EventStoreSchema1763769600000,
  StreamVersionConflictError,
  type Subscription,
} from '@lagspill/event-store';
import { ValidationFailedException } from '@lagspill/platform';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { PublishRoutingRulesCommand } from './commands/publish-routing-rules/publish-routing-rules.command';
import { PublishRoutingRulesHandler } from './commands/publish-routing-rules/publish-routing-rules.handler';
import { RouteReportedCaseHandler } from './route-reported-case/route-reported-case.handler';
import { DEFAULT_ROUTING_RULES } from './rules/default-routing-rules';
import { RoutingRulesRepository } from './rules/routing-rules.repository';
import { ROUTING_MIGRATIONS } from './routing.migrations';
import { ROUTING_ACTOR } from './routing.options';
import { CaseClockProjection } from './sla/case-clock.projection';
import { CaseClockRepository } from './sla/case-clock.repository';
import { SlaSweeper } from './sla/sla-sweeper.service';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-11-20T08:00:00.000Z');
const hoursAfterStart = (hours: number) => new Date(T0 + hours * HOUR);
const iso = (hours: number) => hoursAfterStart(hours).toISOString();
const text = (value: string) => ({ text: redactText(value), piiRedacted: 0 });
const asPublished = (rules: readonly RoutingRule[]) =>
  rules.map((rule) => ({ ...rule, description: redactText(rule.description) }));

describe('routing (PostgreSQL)', () => {
  const directory = new Directory(DEMO_DIRECTORY);
  let database: TestDatabase;
  let store: EventStore;
  let cases: DeciderRepository<CaseCommand, CaseEvent, CaseState>;
  let rules: RoutingRulesRepository;
  let router: RouteReportedCaseHandler;
  let projection: CaseClockProjection;
  let sweeper: SlaSweeper;
  let routerSubscription: Subscription;
  let clockSubscription: Subscription;
  let now = hoursAfterStart(0);
  let reports = 0;

  beforeAll(async () => {
    database = await createTestDatabase([EventStoreSchema1763769600000, ...ROUTING_MIGRATIONS]);
    store = new EventStore({ connection: { connectionString: database.url, max: 20 }, pollIntervalMs: 200 });
    cases = new DeciderRepository(store, CASE_DECIDER);
    const clock = { now: () => now };
    rules = new RoutingRulesRepository(store);
    router = new RouteReportedCaseHandler(store, rules, directory, clock);
    const clocks = new CaseClockRepository();
    projection = new CaseClockProjection(store, clocks);
    sweeper = new SlaSweeper(store, clocks, clock, { sweepIntervalMs: 0 });
    routerSubscription = router.start();
    clockSubscription = projection.start();
  });

  afterAll(async () => {
    await router.stop();
    await projection.stop();
    await store.close();
    await database.drop();
  });

  function reporterAt(organisation: string): ActorRef & { organisation: string } {
    const person = DEMO_DIRECTORY.people.find((p) => p.organisation === organisation && p.role === 'reporter');
    return {
      username: person?.username ?? `melder.${organisation}`,
      name: person?.name ?? 'Melder',
      role: 'reporter',
      organisation,
    };
  }

  /** Reports a case from a demo organisation, as intake would, and returns its id. */
  async function report(organisationId: string, category: string, subcategory: string, systemVendor?: string) {
    const organisation = directory.organisation(organisationId);
    const caseId = randomUUID();
    const data: CaseReportedData = {
      caseId,
      reference: `PLL-2026-${String(++reports).padStart(6, '0')}`,
      category,
      subcategory,
      title: text(`${category}/${subcategory}`),
      description: text('Beskrivelse'),
      occurredAt: now.toISOString(),
      reportedAt: now.toISOString(),
      reporter: reporterAt(organisationId),
      system: reportedSystem({
        vendor: systemVendor ?? organisation.system.vendor,
        product: organisation.system.product,
      }),
      multidoseMode: organisation.multidoseMode,
      harm: 'none',
      scope: { multiplePatients: false, multipleOrganisations: false },
      technical: {},
    };
    await cases.handle(
      caseStreamId(caseId),
      { type: 'report-case', actor: data.reporter, at: now.toISOString(), report: data },
      { metadata: { correlationId: `corr-${caseId}` } },
    );
    return caseId;
  }

  async function eventsOf(caseId: string) {
    return store.readStream(caseStreamId(caseId));
  }

  async function routedOf(caseId: string) {
    const routed = (await eventsOf(caseId)).filter((e) => e.type === 'case.routed');
    expect(routed).toHaveLength(1);
    return routed[0];
  }

  async function breachesOf(caseId: string): Promise<CaseSlaBreachedData[]> {
    return (await eventsOf(caseId))
      .filter((e) => e.type === 'case.sla-breached')
      .map((e) => e.data as CaseSlaBreachedData);
  }

  async function caughtUp() {
    await routerSubscription.whenCaughtUp();
    await clockSubscription.whenCaughtUp();
  }

  describe('the router', () => {
    it('routes each reported case by the default rules to the right party, with its service level', async () => {
      now = hoursAfterStart(0);
      const expected = [
        [await report('morkved-legesenter', 'sfm', 'gui'), 'cgm', 'sfm-from-gp-to-epj-vendor'],
        [await report('nlsh-medisinsk', 'sfm', 'basis-api'), 'dips', 'sfm-basis-to-epj-vendor'],
        [await report('ronvik-legesenter', 'reseptformidler', 'not-received'), 'nhn', 'reseptformidler-to-nhn'],
        [await report('bodo-hjemmetjeneste', 'multidose', 'packing'), 'apotek1', 'multidose-packing-to-pharmacy-chain'],
        [
          await report('morkved-legesenter', 'multidose', 'packed-list-mismatch'),
          'apotek1',
          'multidose-packing-to-pharmacy-chain',
        ],
        [
          await report('bodo-hjemmetjeneste', 'collaboration', 'no-contact'),
          'arbeidsgruppe-nord',
          'collaboration-to-working-group',
        ],
        [
          await report('bodo-hjemmetjeneste', 'kjernejournal', 'access-refused'),
          'arbeidsgruppe-nord',
          'default-kjernejournal-access-refused',
        ],
        [await report('morkved-legesenter', 'prescribing', 'dose-text', 'pridok'), 'pridok', 'default-prescribing'],
        [
          await report('nlsh-medisinsk', 'pharmacy-system', 'cannot-dispense'),
          'arbeidsgruppe-nord',
          'default-pharmacy-system',
        ],
      ] as const;
      await caughtUp();

      for (const [caseId, party, rule] of expected) {
        const routed = await routedOf(caseId);
        const serviceLevel = directory.party(party).serviceLevel;
        expect({ caseId, data: routed.data }).toEqual({
          caseId,
          data: {
            party,
            rule,
            at: iso(0),
            firstResponseDueAt: iso(serviceLevel.firstResponseHours),
            resolutionDueAt: iso(serviceLevel.resolutionHours),
          } satisfies CaseRoutedData,
        });
        const reported = (await eventsOf(caseId))[0];
        expect(routed.metadata).toMatchObject({
          actor: { id: ROUTING_ACTOR.username, role: 'system' },
          causationId: reported.eventId,
          correlationId: `corr-${caseId}`,
        });
      }
    });

    it('skips cases that are already routed when the reports are delivered again', async () => {
      const caseId = await report('morkved-legesenter', 'sfm', 'sync');
      await caughtUp();
      await router.stop();
      await store.transaction((tx) =>
        tx.sql.query(`DELETE FROM event_store.subscriptions WHERE name = 'routing.router'`),
      );
      routerSubscription = router.start();
      await routerSubscription.whenCaughtUp();

      await routedOf(caseId); // still exactly one case.routed
      expect(routerSubscription.position).toEqual(await store.head());
    });

    it('routes the next case by a newly published table', async () => {
      const coordinator: Caller = {
        username: 'koordinator.nord',
        name: 'Hanne Bakken',
        role: 'coordinator',
        party: directory.party('arbeidsgruppe-nord'),
        region: 'helse-nord',
      };
      const publish = new PublishRoutingRulesHandler(rules, directory, { now: () => now });
      const table: RoutingRule[] = [
        {
          id: 'collaboration-to-nhn',
          description: 'Samhandling går til NHN i denne prøven.',
          when: { category: 'collaboration' },
          target: { party: 'nhn' },
        },
        {
          id: 'sfm-gp',
          description: 'SFM fra fastlege.',
          when: { category: 'sfm', organisationTypes: ['gp-office'] },
          target: 'vendor',
        },
        { id: 'rest', description: 'Resten til arbeidsgruppen.', when: {}, target: 'working-group' },
      ];

      await expect(
        publish.execute(
          new PublishRoutingRulesCommand(
            coordinator,
            [{ ...table[0], target: { party: 'nobody' } }, table[2]],
            undefined,
          ),
        ),
      ).rejects.toBeInstanceOf(ValidationFailedException);
      expect(await store.streamVersion(ROUTING_RULES_STREAM)).toBe(0);
      expect((await rules.table('helse-nord')).source).toBe('default');

      const published = await publish.execute(new PublishRoutingRulesCommand(coordinator, table, 0));
      expect(published).toMatchObject({
        version: 1,
        source: 'published',
        publishedBy: { username: 'koordinator.nord', role: 'coordinator' },
        rules: table,
      });
      expect(await rules.table('helse-nord')).toEqual(published);
      expect(await rules.table(null)).toMatchObject({ region: null, version: 0, source: 'default' });
      const [event] = await store.readStream(ROUTING_RULES_STREAM);
      expect(event).toMatchObject({
        type: ROUTING_RULES_PUBLISHED,
        schemaVersion: 2,
        data: {
          region: 'helse-nord',
          rules: table,
          publishedBy: { username: 'koordinator.nord', party: 'arbeidsgruppe-nord' },
        },
      });
      await expect(publish.execute(new PublishRoutingRulesCommand(coordinator, table, 0))).rejects.toBeInstanceOf(
        StreamVersionConflictError,
      );

      const collaboration = await report('bodo-hjemmetjeneste', 'collaboration', 'training');
      const packing = await report('bodo-hjemmetjeneste', 'multidose', 'packing');
      await caughtUp();
      expect((await routedOf(collaboration)).data).toMatchObject({ party: 'nhn', rule: 'collaboration-to-nhn' });
      expect((await routedOf(packing)).data).toMatchObject({ party: 'arbeidsgruppe-nord', rule: 'rest' });

      // Back to the defaults for the tests below.
      await rules.publish('helse-nord', asPublished(DEFAULT_ROUTING_RULES), ROUTING_ACTOR, now.toISOString());
    });
  });

  describe('the SLA sweeper', () => {
    const cgmResponder: ActorRef = {
      username: 'support.cgm',
      name: 'Jonas Kristiansen',
      role: 'responder',
      party: 'cgm',
    };

    it('records a first-response breach once the due time has passed, and only once', async () => {
      now = hoursAfterStart(1000);
      const caseId = await report('morkved-legesenter', 'sfm', 'performance');
      await caughtUp();
      expect((await routedOf(caseId)).data).toMatchObject({ party: 'cgm', firstResponseDueAt: iso(1024) });

      const early = await sweeper.sweep(hoursAfterStart(1023));
      expect(early.recorded.filter((c) => c.caseId === caseId)).toEqual([]);

      const due = await sweeper.sweep(hoursAfterStart(1025));
      expect(due.recorded.filter((c) => c.caseId === caseId)).toEqual([
        { caseId, party: 'cgm', kind: 'first-response', dueAt: iso(1024) },
      ]);
      // Before the clock read model has seen the breach the decider refuses a second one ...
      const racing = await sweeper.sweep(hoursAfterStart(1026));
      expect(racing.recorded.filter((c) => c.caseId === caseId)).toEqual([]);
      // ... and after, the read model no longer offers it.
      await caughtUp();
      const again = await sweeper.sweep(hoursAfterStart(1027));
      expect([...again.recorded, ...again.skipped].filter((c) => c.caseId === caseId)).toEqual([]);

      expect(await breachesOf(caseId)).toEqual([
        { party: 'cgm', kind: 'first-response', dueAt: iso(1024), at: iso(1025) },
      ]);
    });

    it('records nothing while the case waits for information, and counts the pause off the due time', async () => {
      now = hoursAfterStart(2000);
      const caseId = await report('morkved-legesenter', 'sfm', 'gui');
      await caughtUp();
      await cases.handle(caseStreamId(caseId), {
        type: 'request-information',
        actor: cgmResponder,
        at: iso(2001),
        question: text('Hvilken versjon?'),
      });
      await caughtUp();

      const paused = await sweeper.sweep(hoursAfterStart(2300));
      expect([...paused.recorded, ...paused.skipped].filter((c) => c.caseId === caseId)).toEqual([]);

      await cases.handle(caseStreamId(caseId), {
        type: 'provide-information',
        actor: reporterAt('morkved-legesenter'),
        at: iso(2011),
        answer: text('8.4.2'),
      });
      await caughtUp();
      // Paused 10 h: resolution now due at 2000 + 240 + 10; asking was an answer, so no first-response breach.
      const beforeDue = await sweeper.sweep(hoursAfterStart(2249));
      expect(beforeDue.recorded.filter((c) => c.caseId === caseId)).toEqual([]);
      const due = await sweeper.sweep(hoursAfterStart(2251));
      expect(due.recorded.filter((c) => c.caseId === caseId)).toEqual([
        { caseId, party: 'cgm', kind: 'resolution', dueAt: iso(2250) },
      ]);
      await caughtUp();
      expect(await breachesOf(caseId)).toEqual([{ party: 'cgm', kind: 'resolution', dueAt: iso(2250), at: iso(2251) }]);
    });

    it('records nothing for resolved cases', async () => {
      now = hoursAfterStart(3000);
      const caseId = await report('morkved-legesenter', 'sfm', 'gui');
      await caughtUp();
      await cases.handle(caseStreamId(caseId), {
        type: 'resolve-case',
        actor: cgmResponder,
        at: iso(3002),
        resolution: text('Rettet i 8.4.3'),
      });
      await caughtUp();
      const result = await sweeper.sweep(hoursAfterStart(4000));
      expect([...result.recorded, ...result.skipped].filter((c) => c.caseId === caseId)).toEqual([]);
      expect(await breachesOf(caseId)).toEqual([]);
    });
  });
});
