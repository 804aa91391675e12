import { randomUUID } from 'node:crypto';
import {
  newEvent,
  ROUTING_RULES_STREAM,
  type RoutingDryRun,
  type RoutingRule,
  type RoutingRuleTable,
} from '@lagspill/contracts';
import {
  caseStreamId,
  Directory,
  redactText,
  reportedSystem,
  type CaseReportedData,
  type CaseRoutedData,
} from '@lagspill/domain';
import { DEMO_DIRECTORY } from '@lagspill/directory';
import { ReportedCaseProjection } from './dry-run/reported-case.projection';
import { RouteReportedCaseHandler } from './route-reported-case/route-reported-case.handler';
import { DEFAULT_ROUTING_RULES } from './rules/default-routing-rules';
import { routeReport } from './rules/route-report';
import { startRoutingHttpApp, type RoutingHttpApp } from './testing/routing-http-app';

const PROBLEM = /^application\/problem\+json/;
const DAY = 86_400_000;
const NOW = new Date('2026-12-01T12:00:00.000Z');
const SEEDED_DAYS = 365;
/** Each seeded day's reports, two hours before that day's noon: `from` reports `category/subcategory`. */
const DAILY_REPORTS = [
  { organisation: 'morkved-legesenter', category: 'sfm', subcategory: 'gui' }, // Helse Nord GP office on CGM → CGM
  { organisation: 'bodo-hjemmetjeneste', category: 'collaboration', subcategory: 'training' }, // → Nord's working group
  { organisation: 'ronvik-legesenter', category: 'reseptformidler', subcategory: 'rejected' }, // → NHN
  { organisation: 'bergen-sentrum-legesenter', category: 'sfm', subcategory: 'sync' }, // Helse Vest GP office → CGM
] as const;
/** Reported 0, 1, … 89 days and two hours ago: the last 90 days. Day 90 is two hours too old. */
const DAYS_IN_WINDOW = 90;

const TRIAGE: RoutingRule = {
  id: 'triage',
  description: 'Resten til arbeidsgruppen.',
  when: {},
  target: 'working-group',
};
const SFM_TO_NHN: RoutingRule = {
  id: 'sfm-to-nhn',
  description: 'SFM-feil rett til NHN.',
  when: { category: 'sfm' },
  target: { party: 'nhn' },
};
/**
 * The defaults with GP offices' SFM faults sent to NHN first: Helse Nord's SFM cases change party, nothing
 * else does, and every default rule still takes some case (out-of-hours clinics', hospitals').
 */
const PROPOSAL: RoutingRule[] = [
  {
    id: 'sfm-gp-to-nhn',
    description: 'SFM-feil fra fastlegekontor rett til NHN.',
    when: { category: 'sfm', organisationTypes: ['gp-office'] },
    target: { party: 'nhn' },
  },
  ...DEFAULT_ROUTING_RULES,
];
const SHADOWED = [
  SFM_TO_NHN,
  {
    id: 'sfm-gui-to-vendor',
    description: 'GUI-feil i SFM til leverandøren.',
    when: { category: 'sfm', subcategories: ['gui'] },
    target: 'vendor',
  },
  TRIAGE,
] as const satisfies readonly RoutingRule[];

/**
 * Issue 17, item 7 over HTTP, on a year of seeded cases in PostgreSQL: a table with a rule that can never
 * match is refused unless confirmed, and a dry run shows how the last 90 days' cases of the table's
 * region(s) would have been routed by a proposed table against the one in force.
 */
describe('a routing editor that cannot surprise (HTTP, PostgreSQL)', () => {
  const directory = new Directory(DEMO_DIRECTORY);
  let t: RoutingHttpApp;
  let references: { reference: string; organisation: string; daysAgo: number }[] = [];

  const dryRun = (username: string, path: string, rules: readonly RoutingRule[]) =>
    t.http(username).post(path).send({ rules });
  const table = async (path = '/api/routing/rules', username = 'koordinator.nord') =>
    (await t.http(username).get(path).expect(200)).body as RoutingRuleTable;

  beforeAll(async () => {
    t = await startRoutingHttpApp({ clock: { now: () => NOW } });
    // The seeded cases are routed already (case.routed beside each report), as the log would have them.
    await t.app.get(RouteReportedCaseHandler).stop();
    references = await seedYear(t, directory);
    await t.app.get(ReportedCaseProjection).whenCaughtUp();
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  describe('publishing a table with a rule that can never match', () => {
    it('refuses it with 422 SHADOWED_RULES, naming each shadowed rule and the earlier rule that catches its cases', async () => {
      const refused = await t
        .http('koordinator.nord')
        .put('/api/routing/rules')
        .set('If-Match', '"0"')
        .send({ rules: SHADOWED });
      expect(refused.status).toBe(422);
      expect(refused.headers['content-type']).toMatch(PROBLEM);
      expect(refused.body).toMatchObject({
        type: '/problems/shadowed-rules',
        status: 422,
        code: 'SHADOWED_RULES',
        detail: expect.stringContaining('confirmShadowed'),
        errors: [
          {
            field: 'rules.1',
            message:
              'rules.1 (sfm-gui-to-vendor) can never match: the earlier rules.0 (sfm-to-nhn) catches every case it would',
          },
        ],
      });
      expect(await table()).toMatchObject({ version: 0, source: 'default' });
      expect(await t.store.streamVersion(ROUTING_RULES_STREAM)).toBe(0);
    });

    it('checks the table first: a table that is also invalid is a 400 naming the field, not a 422', async () => {
      const invalid = await t
        .http('koordinator.nord')
        .put('/api/routing/rules')
        .send({ rules: [SHADOWED[0], { ...SHADOWED[1], target: { party: 'nobody' } }, TRIAGE] });
      expect(invalid.status).toBe(400);
      expect(invalid.body.errors).toEqual([
        { field: 'rules.1.target.party', message: 'no party nobody in the directory' },
      ]);
    });

    it.each([['yes'], [1], [{}]])(
      'refuses confirmShadowed %j, which is no boolean, naming the field',
      async (value) => {
        const response = await t
          .http('koordinator.nord')
          .put('/api/routing/rules')
          .send({ rules: SHADOWED, confirmShadowed: value });
        expect(response.status).toBe(400);
        expect(response.headers['content-type']).toMatch(PROBLEM);
        expect((response.body.errors as { field: string }[]).map((e) => e.field)).toContain('confirmShadowed');
      },
    );

    it('publishes it when confirmed, and records in the event that the publisher confirmed which rules', async () => {
      const published = await t
        .http('koordinator.vest')
        .put('/api/routing/rules')
        .set('If-Match', '"0"')
        .send({ rules: SHADOWED, confirmShadowed: true });
      expect(published.status).toBe(200);
      expect(published.body).toMatchObject({ region: 'helse-vest', source: 'published', rules: SHADOWED });
      const [event] = (await t.store.readStream(ROUTING_RULES_STREAM)).slice(-1);
      expect(event.metadata).toMatchObject({ shadowedRulesConfirmed: ['sfm-gui-to-vendor'] });
    });

    it('publishes a table without such rules as before, with or without the confirmation', async () => {
      const first = await t
        .http('koordinator.nord')
        .put('/api/routing/rules')
        .set('If-Match', '"0"')
        .send({ rules: PROPOSAL });
      expect(first.status).toBe(200);
      const again = await t
        .http('koordinator.nord')
        .put('/api/routing/rules')
        .set('If-Match', `"${(first.body as RoutingRuleTable).version}"`)
        .send({ rules: DEFAULT_ROUTING_RULES, confirmShadowed: false });
      expect(again.status).toBe(200);
      const [event] = (await t.store.readStream(ROUTING_RULES_STREAM)).slice(-1);
      expect(event.metadata).not.toHaveProperty('shadowedRulesConfirmed');
      // Back to the defaults' rules as Helse Nord's own: the dry runs below compare against them.
      expect((await table()).rules).toEqual(DEFAULT_ROUTING_RULES);
    });
  });

  describe('a dry run of a proposed table', () => {
    it("shows the last 90 days of the region's cases under the proposed table against the one in force", async () => {
      const response = await dryRun('koordinator.nord', '/api/routing/rules/dry-run', PROPOSAL);
      expect(response.status).toBe(200);
      const result = response.body as RoutingDryRun;
      const days = DAYS_IN_WINDOW;
      expect(result).toMatchObject({
        region: 'helse-nord',
        regions: ['helse-nord'],
        from: new Date(NOW.getTime() - 90 * DAY).toISOString(),
        to: NOW.toISOString(),
        days: 90,
        // Three Helse Nord reports a day; the year before the window and Helse Vest's do not count.
        cases: 3 * days,
        changed: days,
        shadowed: [],
      });
      expect(result.targets).toEqual([
        { party: 'nhn', current: days, proposed: 2 * days },
        { party: 'arbeidsgruppe-nord', current: days, proposed: days },
        { party: 'cgm', current: days, proposed: 0 },
      ]);
      // The newest changes: Mørkved's SFM faults of the last 20 days, from CGM to NHN, and no free text.
      const newestSfm = references.filter((r) => r.organisation === 'morkved-legesenter').slice(0, 20);
      expect(result.sample.map((c) => c.reference)).toEqual(newestSfm.map((r) => r.reference));
      const gpRule = DEFAULT_ROUTING_RULES.findIndex((rule) => rule.id === 'sfm-from-gp-to-epj-vendor');
      expect(result.sample[0]).toEqual({
        caseId: expect.any(String),
        reference: newestSfm[0].reference,
        category: 'sfm',
        subcategory: 'gui',
        reportedAt: new Date(NOW.getTime() - 2 * 3_600_000).toISOString(),
        current: { party: 'cgm', rule: gpRule },
        proposed: { party: 'nhn', rule: 0 },
      });
      expect(JSON.stringify(result)).not.toMatch(/SFM henger|Beskrivelse/);
    });

    it('changes nothing for the table in force, and stores nothing', async () => {
      const before = await t.store.streamVersion(ROUTING_RULES_STREAM);
      const same = (
        await dryRun('koordinator.nord', '/api/routing/regions/helse-nord/rules/dry-run', DEFAULT_ROUTING_RULES)
      ).body as RoutingDryRun;
      expect(same).toMatchObject({ cases: 3 * DAYS_IN_WINDOW, changed: 0, sample: [] });
      expect(same.targets.every((target) => target.current === target.proposed)).toBe(true);
      expect(await t.store.streamVersion(ROUTING_RULES_STREAM)).toBe(before);
    });

    it('names the rules that can never match, as a publication would be refused for', async () => {
      const result = (await dryRun('koordinator.nord', '/api/routing/rules/dry-run', SHADOWED)).body as RoutingDryRun;
      expect(result.shadowed).toEqual([
        { index: 1, rule: 'sfm-gui-to-vendor', shadowedBy: [{ index: 0, rule: 'sfm-to-nhn' }] },
      ]);
      // SFM faults go to NHN, everything else to the working group by triage; NHN's own cases with it.
      expect(result.targets).toEqual([
        { party: 'arbeidsgruppe-nord', current: DAYS_IN_WINDOW, proposed: DAYS_IN_WINDOW * 2 },
        { party: 'cgm', current: DAYS_IN_WINDOW, proposed: 0 },
        { party: 'nhn', current: DAYS_IN_WINDOW, proposed: DAYS_IN_WINDOW },
      ]);
    });

    it("tries the national defaults on the regions that follow them, against each region's table in force", async () => {
      // Helse Nord and Helse Vest have tables of their own now; the national defaults route no seeded case.
      const national = (await dryRun('admin', '/api/routing/national/rules/dry-run', PROPOSAL)).body as RoutingDryRun;
      expect(national.region).toBeNull();
      expect(national.regions).not.toContain('helse-nord');
      expect(national.regions).not.toContain('helse-vest');
      expect(national).toMatchObject({ cases: 0, changed: 0, targets: [], sample: [] });
      // Helse Vest's own table (SHADOWED) sends its SFM faults to NHN already: the proposal changes nothing there.
      const vest = (await dryRun('koordinator.vest', '/api/routing/rules/dry-run', PROPOSAL)).body as RoutingDryRun;
      expect(vest).toMatchObject({ region: 'helse-vest', cases: DAYS_IN_WINDOW, changed: 0 });
      expect(vest.targets).toEqual([{ party: 'nhn', current: DAYS_IN_WINDOW, proposed: DAYS_IN_WINDOW }]);
    });

    it('answers the same after its read model is rebuilt from the log', async () => {
      const before = (await dryRun('koordinator.nord', '/api/routing/rules/dry-run', PROPOSAL)).body as RoutingDryRun;
      await t.app.get(ReportedCaseProjection).rebuild();
      const after = (await dryRun('koordinator.nord', '/api/routing/rules/dry-run', PROPOSAL)).body as RoutingDryRun;
      expect(after).toEqual(before);
      expect(after.cases).toBe(3 * DAYS_IN_WINDOW);
    });

    it.each([
      ['a coordinator, another region', 'koordinator.vest', '/api/routing/regions/helse-nord/rules/dry-run', 403],
      ['a coordinator, the national defaults', 'koordinator.nord', '/api/routing/national/rules/dry-run', 403],
      ['an admin, a region', 'admin', '/api/routing/regions/helse-nord/rules/dry-run', 403],
      ['a responder', 'support.cgm', '/api/routing/rules/dry-run', 403],
      ['a reporter', 'lege.cgm', '/api/routing/rules/dry-run', 403],
      ['a region that does not exist', 'koordinator.nord', '/api/routing/regions/helse-atlantis/rules/dry-run', 404],
    ])('is only for who may publish the table: refuses %s', async (_, username, path, status) => {
      const response = await dryRun(username, path, PROPOSAL);
      expect({ status: response.status, type: response.headers['content-type'] }).toEqual({
        status,
        type: expect.stringMatching(PROBLEM),
      });
    });

    it.each<[string, unknown, string]>([
      ['no rules', {}, 'rules'],
      ['rules that are no list', { rules: 'all' }, 'rules'],
      ['an empty table', { rules: [] }, 'rules'],
      ['no catch-all last', { rules: [SFM_TO_NHN] }, 'rules'],
      ['a confirmation, which a dry run has no use for', { rules: PROPOSAL, confirmShadowed: true }, 'confirmShadowed'],
      ['an unknown party', { rules: [{ ...SFM_TO_NHN, target: { party: 'nobody' } }, TRIAGE] }, 'rules.0.target.party'],
      [
        'a party of another region',
        { rules: [{ ...SFM_TO_NHN, target: { party: 'arbeidsgruppe-vest' } }, TRIAGE] },
        'rules.0.target.party',
      ],
      [
        'an unknown category',
        { rules: [{ ...SFM_TO_NHN, when: { category: 'nope' } }, TRIAGE] },
        'rules.0.when.category',
      ],
    ])('refuses a bad proposal (%s) with a 400 problem naming the field', async (_, body, field) => {
      const response = await t
        .http('koordinator.nord')
        .post('/api/routing/rules/dry-run')
        .send(body as object);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect((response.body.errors as { field: string }[]).map((e) => e.field)).toContain(field);
    });
  });
});

/**
 * A year of the daily reports before NOW, each appended with the routing the defaults gave it, as the
 * log would hold them. Newest first, as the dry run's sample lists them.
 */
async function seedYear(
  t: RoutingHttpApp,
  directory: Directory,
): Promise<{ reference: string; organisation: string; daysAgo: number }[]> {
  const seeded: { reference: string; organisation: string; daysAgo: number; append: () => Promise<unknown> }[] = [];
  let sequence = 0;
  for (let daysAgo = 0; daysAgo < SEEDED_DAYS; daysAgo++) {
    const at = new Date(NOW.getTime() - daysAgo * DAY - 2 * 3_600_000).toISOString();
    for (const daily of DAILY_REPORTS) {
      sequence += 1;
      const organisation = directory.organisation(daily.organisation);
      const caseId = randomUUID();
      const reference = `PLL-2026-${String(sequence).padStart(6, '0')}`;
      const person = directory.allPeople().find((p) => p.organisation === organisation.id);
      const reporter = {
        username: person?.username ?? 'melder',
        name: person?.name ?? 'Melder',
        role: 'reporter' as const,
      };
      const report: CaseReportedData = {
        caseId,
        reference,
        category: daily.category,
        subcategory: daily.subcategory,
        title: { text: redactText('SFM henger'), piiRedacted: 0 },
        description: { text: redactText('Beskrivelse av feilen'), piiRedacted: 0 },
        occurredAt: at,
        reportedAt: at,
        reporter: { ...reporter, organisation: organisation.id },
        system: reportedSystem({ vendor: organisation.system.vendor, product: organisation.system.product }),
        multidoseMode: 'none',
        harm: 'none',
        scope: { multiplePatients: false, multipleOrganisations: false },
        technical: {},
      };
      const decision = routeReport(report, organisation, DEFAULT_ROUTING_RULES, directory);
      const routed: CaseRoutedData = {
        party: decision.party,
        rule: decision.rule,
        at,
        firstResponseDueAt: at,
        resolutionDueAt: at,
      };
      seeded.push({
        reference,
        organisation: organisation.id,
        daysAgo,
        append: () =>
          t.store.append(caseStreamId(caseId), 0, [newEvent('case.reported', report), newEvent('case.routed', routed)]),
      });
    }
  }
  for (let i = 0; i < seeded.length; i += 25) await Promise.all(seeded.slice(i, i + 25).map((s) => s.append()));
  return seeded.map(({ reference, organisation, daysAgo }) => ({ reference, organisation, daysAgo }));
}
